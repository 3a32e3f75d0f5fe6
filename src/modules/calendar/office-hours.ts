/**
 * Office hours compiled once into flat arrays (per ISO weekday: opening and closing as ms since
 * local midnight) and the portal's "open now?" answer.
 */
import type { OfficeHours, OpenStatus } from './calendar.schema.js';
import { invalidOfficeHours } from './calendar.errors.js';
import { DAY_MS, MINUTE_MS, ZONE_OFFSET_MINUTES, formatTimeOfDay, isoWeekday, offsetSuffix, parseHhMm, splitLocal } from './local-time.js';
import type { OfficeTimeZone } from './local-time.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface CompiledHours {
  readonly timeZone: OfficeTimeZone;
  readonly offsetMs: number;
  /** Index 1..7 (ISO weekday); -1 when closed that weekday. Index 0 unused. */
  readonly opensMs: Int32Array;
  readonly closesMs: Int32Array;
  readonly openWeekdays: number;
}

/**
 * Keyed by the OfficeHours object itself: hours are loaded once per office and reused for every
 * application, so compiling (parsing 'HH:MM', validating) happens once, not a million times.
 * Treat an OfficeHours value as immutable after first use; build a new object to change it.
 */
const compiled = new WeakMap<OfficeHours, CompiledHours>();

export function compileHours(hours: OfficeHours): CompiledHours {
  const hit = compiled.get(hours);
  if (hit) return hit;
  const offsetMinutes = ZONE_OFFSET_MINUTES[hours.timeZone];
  // Validated here as well as in the zod schema: hours may come from storage written by older code.
  if (offsetMinutes === undefined) throw invalidOfficeHours(`zona waktu ${String(hours.timeZone)} / time zone`);
  const opensMs = new Int32Array(8).fill(-1);
  const closesMs = new Int32Array(8).fill(-1);
  let openWeekdays = 0;
  for (const o of hours.weekly) {
    const opens = parseHhMm(o.opens);
    const closes = parseHhMm(o.closes);
    if (!Number.isInteger(o.weekday) || o.weekday < 1 || o.weekday > 7) throw invalidOfficeHours(`hari ${o.weekday} / weekday`);
    if (opens === undefined || closes === undefined || opens >= closes) {
      throw invalidOfficeHours(`${o.opens}–${o.closes} (hari/weekday ${o.weekday})`);
    }
    if (opensMs[o.weekday] !== -1) throw invalidOfficeHours(`hari ${o.weekday} ganda / duplicate weekday`);
    opensMs[o.weekday] = opens * MINUTE_MS;
    closesMs[o.weekday] = closes * MINUTE_MS;
    openWeekdays++;
  }
  const result: CompiledHours = { timeZone: hours.timeZone, offsetMs: offsetMinutes * MINUTE_MS, opensMs, closesMs, openWeekdays };
  compiled.set(hours, result);
  return result;
}

/** An office opens on a day when its weekday has hours and the day is no holiday. */
export function isServiceDay(day: number, hours: CompiledHours, calendar: WorkingCalendar): boolean {
  return (hours.opensMs[isoWeekday(day)] as number) >= 0 && !calendar.isHolidayDay(day);
}

/**
 * How far ahead any search for an open day goes: 20 years. Beyond that the hours or the
 * holidays are wrong (closed every day), and looping on would hang a request.
 */
export const MAX_SCAN_DAYS = 7_305;

/** The next service day strictly after `day`, or undefined within the horizon. */
export function nextServiceDay(day: number, hours: CompiledHours, calendar: WorkingCalendar): number | undefined {
  if (hours.openWeekdays === 0) return undefined;
  for (let d = day + 1, end = day + MAX_SCAN_DAYS; d <= end; d++) {
    if (isServiceDay(d, hours, calendar)) return d;
  }
  return undefined;
}

/** ISO string with offset of a local day and time of day, reusing the calendar's date table. */
export function localIso(day: number, msInDay: number, hours: CompiledHours, calendar: WorkingCalendar): string {
  // A closing time of 24:00 is written as the next day's 00:00:00: not every parser accepts T24:00.
  if (msInDay >= DAY_MS) return localIso(day + 1, msInDay - DAY_MS, hours, calendar);
  return `${calendar.dateString(day)}T${formatTimeOfDay(msInDay)}${offsetSuffix(hours.timeZone)}`;
}

/**
 * For the portal's "Buka sekarang?" badge. When open: `closesAt` is today's closing and
 * `nextOpening` the opening of the next service day (so the badge can also say when it reopens).
 * When closed: `nextOpening` is the next opening (later today if before opening time). null only
 * when the office never opens within the horizon.
 */
export function isOpen(now: Date, hours: OfficeHours, calendar: WorkingCalendar): OpenStatus {
  const c = compileHours(hours);
  const { day, msInDay } = splitLocal(now.getTime(), c.offsetMs);
  const weekday = isoWeekday(day);
  const opens = c.opensMs[weekday] as number;
  const closes = c.closesMs[weekday] as number;
  const serviceToday = isServiceDay(day, c, calendar);
  const next = nextServiceDay(day, c, calendar);
  const nextOpening = next === undefined ? null : localIso(next, c.opensMs[isoWeekday(next)] as number, c, calendar);

  if (serviceToday && msInDay >= opens && msInDay < closes) {
    return { open: true, nextOpening, closesAt: localIso(day, closes, c, calendar) };
  }
  if (serviceToday && msInDay < opens) {
    return { open: false, nextOpening: localIso(day, opens, c, calendar) };
  }
  return { open: false, nextOpening };
}
