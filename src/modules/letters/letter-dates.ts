import { letterTimeZoneUnsupported } from './letters.errors.js';

/**
 * Indonesian dates for letters. Indonesia has three zones with fixed offsets and no daylight saving, so
 * the offsets are data here instead of a lookup in the runtime's ICU tables (which a small-ICU Node build
 * may lack): a letter's date must not depend on the machine that prints it. Pasuruan and Palembang are
 * WIB, Karangasem, Tarakan and Malinau WITA (GLOSSARY.md).
 */
interface Zone {
  offsetMinutes: number;
  abbreviation: 'WIB' | 'WITA' | 'WIT';
}

const WIB: Zone = { offsetMinutes: 7 * 60, abbreviation: 'WIB' };
const WITA: Zone = { offsetMinutes: 8 * 60, abbreviation: 'WITA' };
const WIT: Zone = { offsetMinutes: 9 * 60, abbreviation: 'WIT' };

const ZONES: Record<string, Zone> = {
  WIB,
  'Asia/Jakarta': WIB,
  'Asia/Pontianak': WIB,
  WITA,
  'Asia/Makassar': WITA,
  WIT,
  'Asia/Jayapura': WIT,
};

export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** KBBI spelling: "Jumat", not "Jum'at". */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export function resolveZone(timeZone: string): Zone {
  const zone = ZONES[timeZone];
  if (!zone) throw letterTimeZoneUnsupported(timeZone);
  return zone;
}

export interface LocalParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 = Minggu (Sunday). */
  weekday: number;
  hour: number;
  minute: number;
}

/** Wall-clock parts of an instant in an Indonesian zone. */
export function localParts(date: Date, timeZone: string): LocalParts {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  const shifted = new Date(date.getTime() + resolveZone(timeZone).offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface DateFormatOptions {
  /** "02 Januari 2024" as Pasuruan's decree writes it; default "2 Januari 2024". */
  padDay?: boolean;
}

/** '22 November 2026', in the office's zone (a letter issued at 23.30 WIB on the 21st is dated the 21st). */
export function formatDateId(date: Date, timeZone: string, options: DateFormatOptions = {}): string {
  const p = localParts(date, timeZone);
  return `${options.padDay ? pad2(p.day) : p.day} ${MONTHS_ID[p.month - 1]} ${p.year}`;
}

/** 'Minggu'. */
export function dayNameId(date: Date, timeZone: string): string {
  return DAYS_ID[localParts(date, timeZone).weekday] as string;
}

/** 'Minggu, 22 November 2026'. */
export function formatDayDateId(date: Date, timeZone: string): string {
  return `${dayNameId(date, timeZone)}, ${formatDateId(date, timeZone)}`;
}

/** '09.05 WITA': Indonesian writes the time with a dot (PUEBI) and the zone, since offices span three. */
export function formatTimeId(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${pad2(p.hour)}.${pad2(p.minute)} ${resolveZone(timeZone).abbreviation}`;
}

/** 'Minggu, 22 November 2026 pukul 09.05 WITA'. */
export function formatDateTimeId(date: Date, timeZone: string): string {
  return `${formatDayDateId(date, timeZone)} pukul ${formatTimeId(date, timeZone)}`;
}

/** 'YYYY-MM-DD' of the instant in the office's zone (canonical content, numbering by year). */
export function localDateIso(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * '1980-05-02' → '2 Mei 1980'. Birth dates and admission dates are calendar dates without a zone; turning
 * them into instants first would shift them by a day for half the country.
 */
export function formatCalendarDateId(isoDate: string, options: DateFormatOptions = {}): string {
  const m = CALENDAR_DATE.exec(isoDate);
  if (!m) throw new RangeError(`Not a calendar date: ${isoDate}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${isoDate}`);
  }
  return `${options.padDay ? pad2(day) : day} ${MONTHS_ID[month - 1]} ${year}`;
}
