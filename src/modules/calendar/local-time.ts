/**
 * Local-time arithmetic for Indonesian offices without Intl in the hot path.
 *
 * Indonesia has had no daylight saving time since 1964, and each of its three zones is a fixed
 * offset from UTC (WIB +07, WITA +08, WIT +09). So a local wall-clock time is simply
 * `utcMs + offsetMs`, and a local date is a whole "day number" (days since 1970-01-01 in that
 * zone). All due-time code works on day numbers and milliseconds-in-day, which is plain integer
 * arithmetic and far faster than asking Intl for every call.
 */
import { TIME_ZONES } from '../offices/offices.schema.js';

export type OfficeTimeZone = (typeof TIME_ZONES)[number];
export { TIME_ZONES };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Fixed UTC offsets. A Record over TIME_ZONES, so adding a zone to the offices schema without
 * giving it an offset here fails type-checking instead of silently computing in UTC.
 */
export const ZONE_OFFSET_MINUTES: Readonly<Record<OfficeTimeZone, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

export const ZONE_ABBREVIATION: Readonly<Record<OfficeTimeZone, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const OFFSET_SUFFIX: Readonly<Record<OfficeTimeZone, string>> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

export function offsetMs(timeZone: OfficeTimeZone): number {
  return ZONE_OFFSET_MINUTES[timeZone] * MINUTE_MS;
}

export function offsetSuffix(timeZone: OfficeTimeZone): string {
  return OFFSET_SUFFIX[timeZone];
}

/** Day number (days since 1970-01-01) of the proleptic Gregorian date; H. Hinnant's algorithm. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' string, or undefined when it is not a real calendar date. */
export function parseLocalDate(localDate: string): number | undefined {
  const m = LOCAL_DATE.exec(localDate);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Local day number and milliseconds since local midnight of an instant. */
export function splitLocal(utcMs: number, zoneOffsetMs: number): { day: number; msInDay: number } {
  const local = utcMs + zoneOffsetMs;
  const day = Math.floor(local / DAY_MS);
  return { day, msInDay: local - day * DAY_MS };
}

/** 'HH:MM:SS' (plus '.sss' only when the milliseconds are not zero) of a time of day. */
export function formatTimeOfDay(msInDay: number): string {
  const h = Math.floor(msInDay / HOUR_MS);
  const min = Math.floor((msInDay % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((msInDay % MINUTE_MS) / 1000);
  const ms = msInDay % 1000;
  const base = `${pad2(h)}:${pad2(min)}:${pad2(s)}`;
  return ms === 0 ? base : `${base}.${pad3(ms)}`;
}

/**
 * ISO 8601 with the office's own offset (2026-03-25T15:00:00+08:00), the form shown to residents
 * and officers; a UTC 'Z' string would show the wrong day for anything after 17:00 WIB.
 * `dateString` lets callers pass a precomputed date table to skip the civil conversion.
 */
export function toLocalIso(
  instant: Date | number,
  timeZone: OfficeTimeZone,
  dateString: (day: number) => string = formatDayNumber,
): string {
  const utcMs = typeof instant === 'number' ? instant : instant.getTime();
  const { day, msInDay } = splitLocal(utcMs, offsetMs(timeZone));
  return `${dateString(day)}T${formatTimeOfDay(msInDay)}${OFFSET_SUFFIX[timeZone]}`;
}

/** The local calendar date ('YYYY-MM-DD') of an instant in an office's zone. */
export function toLocalDate(instant: Date | number, timeZone: OfficeTimeZone): string {
  const utcMs = typeof instant === 'number' ? instant : instant.getTime();
  return formatDayNumber(splitLocal(utcMs, offsetMs(timeZone)).day);
}

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of 'HH:MM' (24:00 allowed for "until midnight"), or undefined. */
export function parseHhMm(value: string): number | undefined {
  const m = HH_MM.exec(value);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}
