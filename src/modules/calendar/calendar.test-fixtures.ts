/**
 * Office hours of the seed offices, for tests and the bench only (the product reads hours from
 * each office's stored standard). Tarakan's seed states no hours: TARAKAN_ASSUMED is a test
 * assumption, not seed data.
 */
import type { OfficeHours } from './calendar.schema.js';

const monThu = (opens: string, closes: string) =>
  ([1, 2, 3, 4] as const).map((weekday) => ({ weekday, opens, closes }));

/** Seed 001: Senin–Kamis 08.00–15.00, Jumat 09.00–12.00 WITA. */
export const KARANGASEM: OfficeHours = {
  timeZone: 'Asia/Makassar',
  weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '09:00', closes: '12:00' }],
};

/** Seed 002: Senin–Kamis 08.00–15.00, Jumat 08.30–15.30 WIB. */
export const PALEMBANG: OfficeHours = {
  timeZone: 'Asia/Jakarta',
  weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '08:30', closes: '15:30' }],
};

/** Seed 004: Senin–Kamis 08.00–15.00, Jumat 08.00–11.00 WITA. */
export const MALINAU: OfficeHours = {
  timeZone: 'Asia/Makassar',
  weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '08:00', closes: '11:00' }],
};

/** Not in seed 003: an assumed Mon–Fri 08.00–16.00 WITA for tests. */
export const TARAKAN_ASSUMED: OfficeHours = {
  timeZone: 'Asia/Makassar',
  weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
};

/** An office in WIT, to exercise the third zone. */
export const JAYAPURA_ASSUMED: OfficeHours = {
  timeZone: 'Asia/Jayapura',
  weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens: '07:30', closes: '16:00' })),
};

export const SEED_HOURS: readonly OfficeHours[] = [KARANGASEM, PALEMBANG, MALINAU, TARAKAN_ASSUMED, JAYAPURA_ASSUMED];

/** A Date from a local ISO string with offset, e.g. at('2026-03-19T10:00:00+07:00'). */
export const at = (iso: string): Date => new Date(iso);
