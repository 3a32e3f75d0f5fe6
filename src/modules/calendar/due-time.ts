/**
 * When is a service due, and how much of its time limit is used? Pure functions over a start
 * instant, a TimeLimit from the office's Standar Pelayanan, its hours and its working calendar.
 *
 * Hot path: no Intl, no zod, no allocation beyond the result. Limits come validated from the
 * schema; here they are only checked cheaply so that bad stored data fails loudly.
 */
import type { DueResult, OfficeHours, TimeLimit, TimeUsed } from './calendar.schema.js';
import { TIME_LIMIT_MAX } from './calendar.schema.js';
import { invalidInstant, invalidTimeLimit, noOpeningFound } from './calendar.errors.js';
import { daysFromCivil, civilFromDays, daysInMonth, DAY_MS, HOUR_MS, MINUTE_MS, isoWeekday, splitLocal } from './local-time.js';
import { compileHours, isServiceDay, localIso, MAX_SCAN_DAYS } from './office-hours.js';
import type { CompiledHours } from './office-hours.js';
import type { WorkingCalendar } from './working-calendar.js';

export { COUNTING_CONVENTION } from './counting-convention.js';

/** Calendar-day and month limits end at 23:59:59 local time of their last day. */
const END_OF_DAY_MS = DAY_MS - 1000;

function checkLimit(limit: TimeLimit): void {
  const { amount, unit } = limit;
  const max = TIME_LIMIT_MAX[unit] as number | undefined;
  if (max === undefined) throw invalidTimeLimit(`satuan ${String(unit)} / unit`);
  if (!(amount > 0) || amount > max) throw invalidTimeLimit(`${amount} ${unit}`);
  if (unit !== 'minutes' && unit !== 'hours' && !Number.isInteger(amount)) throw invalidTimeLimit(`${amount} ${unit}`);
}

function unitMs(unit: 'minutes' | 'hours'): number {
  return unit === 'minutes' ? MINUTE_MS : HOUR_MS;
}

interface RawDue {
  dueMs: number;
  provisional: boolean;
}

/**
 * Adds `amountMs` of office-open time. The clock runs only inside [opens, closes) of service
 * days; a start outside hours waits for the next opening. Ending exactly at closing time is due
 * at closing (not at the next opening), so a due time is always within the office's hours.
 */
function addBusinessTime(startMs: number, amountMs: number, h: CompiledHours, cal: WorkingCalendar, counted: string[]): RawDue {
  let { day, msInDay } = splitLocal(startMs, h.offsetMs);
  const firstDay = day;
  let remaining = amountMs;
  for (let i = 0; i <= MAX_SCAN_DAYS; i++, day++, msInDay = 0) {
    const weekday = isoWeekday(day);
    const opens = h.opensMs[weekday] as number;
    if (opens < 0 || cal.isHolidayDay(day)) continue;
    const closes = h.closesMs[weekday] as number;
    const from = msInDay > opens ? msInDay : opens;
    if (from >= closes) continue;
    counted.push(cal.dateString(day));
    const available = closes - from;
    if (remaining <= available) {
      return { dueMs: day * DAY_MS + from + remaining - h.offsetMs, provisional: !cal.coversDay(firstDay) || !cal.coversDay(day) };
    }
    remaining -= available;
  }
  throw noOpeningFound();
}

/**
 * The receiving day never counts (even if received before opening); day 1 is the next service
 * day, and the limit ends at the closing time of the N-th.
 */
function addWorkingDays(startMs: number, n: number, h: CompiledHours, cal: WorkingCalendar, counted: string[]): RawDue {
  const receivedDay = splitLocal(startMs, h.offsetMs).day;
  let day = receivedDay;
  for (let count = 0; count < n; ) {
    day++;
    if (day - receivedDay > MAX_SCAN_DAYS) throw noOpeningFound();
    if (isServiceDay(day, h, cal)) {
      count++;
      counted.push(cal.dateString(day));
    }
  }
  const closes = h.closesMs[isoWeekday(day)] as number;
  return { dueMs: day * DAY_MS + closes - h.offsetMs, provisional: !cal.coversDay(receivedDay) || !cal.coversDay(day) };
}

function addMonths(receivedDay: number, n: number): number {
  const { year, month, day } = civilFromDays(receivedDay);
  const monthIndex = month - 1 + n;
  const y = year + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  // 31 January + 1 month is the last day of February, not 3 March.
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

function rawDue(startMs: number, limit: TimeLimit, h: CompiledHours, cal: WorkingCalendar, counted: string[]): RawDue {
  switch (limit.unit) {
    case 'minutes':
    case 'hours': {
      const amountMs = Math.round(limit.amount * unitMs(limit.unit));
      if (limit.aroundTheClock) return { dueMs: startMs + amountMs, provisional: false };
      return addBusinessTime(startMs, amountMs, h, cal, counted);
    }
    case 'working_days':
      return addWorkingDays(startMs, limit.amount, h, cal, counted);
    case 'calendar_days': {
      const receivedDay = splitLocal(startMs, h.offsetMs).day;
      return { dueMs: (receivedDay + limit.amount) * DAY_MS + END_OF_DAY_MS - h.offsetMs, provisional: false };
    }
    case 'months': {
      const dueDay = addMonths(splitLocal(startMs, h.offsetMs).day, limit.amount);
      return { dueMs: dueDay * DAY_MS + END_OF_DAY_MS - h.offsetMs, provisional: false };
    }
  }
}

function startMsOf(start: Date): number {
  const ms = start.getTime();
  if (!Number.isFinite(ms)) throw invalidInstant();
  return ms;
}

/**
 * Due instant of a time limit started at `start`. `workingDaysCounted` lists the local dates the
 * limit consumed: for working_days exactly N service days; for minutes/hours the days whose
 * office time was used; empty for calendar_days, months and around-the-clock limits.
 * `provisional` is true when the count ran outside the calendar's years (holidays unknown there,
 * so only weekdays were skipped): show the date as an estimate until next year's SKB is loaded.
 */
export function computeDue(start: Date, limit: TimeLimit, hours: OfficeHours, calendar: WorkingCalendar): DueResult {
  const startMs = startMsOf(start);
  checkLimit(limit);
  const h = compileHours(hours);
  const workingDaysCounted: string[] = [];
  const { dueMs, provisional } = rawDue(startMs, limit, h, calendar, workingDaysCounted);
  const { day, msInDay } = splitLocal(dueMs, h.offsetMs);
  return { due: new Date(dueMs), dueLocal: localIso(day, msInDay, h, calendar), workingDaysCounted, provisional };
}

/** Office-open milliseconds in [fromMs, toMs). */
function businessMsBetween(fromMs: number, toMs: number, h: CompiledHours, cal: WorkingCalendar): number {
  if (toMs <= fromMs) return 0;
  const a = splitLocal(fromMs, h.offsetMs);
  const b = splitLocal(toMs, h.offsetMs);
  let total = 0;
  for (let day = a.day; day <= b.day; day++) {
    if (!isServiceDay(day, h, cal)) continue;
    const weekday = isoWeekday(day);
    const lo = Math.max(h.opensMs[weekday] as number, day === a.day ? a.msInDay : 0);
    const hi = Math.min(h.closesMs[weekday] as number, day === b.day ? b.msInDay : DAY_MS);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/**
 * Working days used: each service day after the receiving day counts 1 once closed, and the
 * current one by the share of its opening hours already past; at the due instant this is N.
 */
function workingDaysBetween(startMs: number, nowMs: number, h: CompiledHours, cal: WorkingCalendar): number {
  const receivedDay = splitLocal(startMs, h.offsetMs).day;
  const now = splitLocal(nowMs, h.offsetMs);
  let total = 0;
  for (let day = receivedDay + 1; day <= now.day; day++) {
    if (!isServiceDay(day, h, cal)) continue;
    if (day < now.day) {
      total += 1;
      continue;
    }
    const weekday = isoWeekday(day);
    const opens = h.opensMs[weekday] as number;
    const closes = h.closesMs[weekday] as number;
    total += Math.min(1, Math.max(0, (now.msInDay - opens) / (closes - opens)));
  }
  return total;
}

/**
 * How much of a limit is used at `now`, in the limit's own unit: office minutes/hours (plain
 * elapsed time when around the clock), working days as above, calendar days since the end of the
 * receiving day, and for months the straight-line share of the span from the end of the receiving
 * day to the due instant. `fraction` = elapsed / amount (above 1 when late); `overdue` when
 * `now` is after the due instant.
 */
export function timeUsed(start: Date, now: Date, limit: TimeLimit, hours: OfficeHours, calendar: WorkingCalendar): TimeUsed {
  const startMs = startMsOf(start);
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw invalidInstant();
  const { due, dueLocal, provisional } = computeDue(start, limit, hours, calendar);
  const h = compileHours(hours);
  const dueMs = due.getTime();
  const endOfReceivingDay = splitLocal(startMs, h.offsetMs).day * DAY_MS + END_OF_DAY_MS - h.offsetMs;
  let elapsed: number;
  switch (limit.unit) {
    case 'minutes':
    case 'hours': {
      const ms = limit.aroundTheClock ? Math.max(0, nowMs - startMs) : businessMsBetween(startMs, nowMs, h, calendar);
      elapsed = ms / unitMs(limit.unit);
      break;
    }
    case 'working_days':
      elapsed = workingDaysBetween(startMs, nowMs, h, calendar);
      break;
    case 'calendar_days':
      elapsed = Math.max(0, nowMs - endOfReceivingDay) / DAY_MS;
      break;
    case 'months':
      elapsed = (limit.amount * Math.max(0, nowMs - endOfReceivingDay)) / (dueMs - endOfReceivingDay);
      break;
  }
  return {
    unit: limit.unit,
    amount: limit.amount,
    elapsed,
    fraction: elapsed / limit.amount,
    overdue: nowMs > dueMs,
    due,
    dueLocal,
    provisional,
  };
}
