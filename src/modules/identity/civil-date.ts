/**
 * Calendar arithmetic on plain integers, so the NIK check and the generator never allocate a Date or call
 * Intl per number. Algorithms: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days ↔ civil).
 */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
}

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}, packed as yyyymmdd (e.g. 19900101) to avoid an object per call. */
export function civilFromDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

const isoCache = new Map<number, string>();

/**
 * 19900105 → '1990-01-05'. Cached: a batch of NIKs repeats the same few tens of thousands of dates, and
 * the map (bounded by the ~73,000 days of two centuries that two-digit years can name) beats formatting.
 */
export function isoFromPacked(ymd: number): string {
  let iso = isoCache.get(ymd);
  if (iso === undefined) {
    const y = Math.floor(ymd / 10000);
    iso = `${y}-${pad2(Math.floor(ymd / 100) % 100)}-${pad2(ymd % 100)}`;
    if (isoCache.size < 100_000) isoCache.set(ymd, iso);
  }
  return iso;
}

/**
 * Parses a strict 'YYYY-MM-DD' into yyyymmdd, or returns -1 when malformed or not a real date.
 * Hand-rolled instead of a regex so that it costs nothing on the hot path.
 */
export function packedFromIso(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

const DAY_MS = 86_400_000;
/**
 * "Today" is the calendar date in WIT (UTC+9), Indonesia's easternmost zone: a birth or KK recorded today
 * anywhere in the country is then never "in the future", whatever the server's own zone.
 */
const INDONESIA_EAST_OFFSET_MS = 9 * 3_600_000;

let cacheFrom = 0;
let cacheTo = -1;
let cacheValue = 0;

/** The Indonesian calendar date (see above) of an instant, as yyyymmdd. Cached per day. */
export function indonesianDate(epochMs: number): number {
  if (epochMs >= cacheFrom && epochMs < cacheTo) return cacheValue;
  const day = Math.floor((epochMs + INDONESIA_EAST_OFFSET_MS) / DAY_MS);
  cacheFrom = day * DAY_MS - INDONESIA_EAST_OFFSET_MS;
  cacheTo = cacheFrom + DAY_MS;
  cacheValue = civilFromDays(day);
  return cacheValue;
}

/**
 * Resolves a two-digit year: the latest century that does not put the date after `todayPacked`
 * (reference README, "Identity numbers"; python-stdnum instead tries 19xx first, which misreads a
 * child born in 2015 as 1915). So '150390' read on 2026-01-01 is 2015, '300390' is 1930.
 */
export function resolveCentury(yy: number, m: number, d: number, todayPacked: number): number {
  const todayYear = Math.floor(todayPacked / 10000);
  let year = todayYear - (((todayYear % 100) - yy + 100) % 100);
  if (year * 10000 + m * 100 + d > todayPacked) year -= 100;
  return year;
}
