import { computeDue, timeUsed } from '../../calendar/index.js';
import type { OfficeTime } from '../../calendar/calendar.service.js';
import type { TimeLimit } from '../../standards/standard-common.schema.js';
import type { Service } from '../../standards/standard-service.schema.js';

/**
 * Time limits of an application, from its standard: the service's completion time (its upper bound,
 * "1 - 2 jam" → 2 hours) and each step's mutu baku. Pure over the office's hours and calendar.
 */

/** A limit of a 24-hour service runs around the clock (Karangasem: "Waktu Pelayanan Darurat: 24 Jam"). */
export function effectiveLimit(limit: TimeLimit, service: Pick<Service, 'aroundTheClock'>): TimeLimit {
  const clock = limit.unit === 'minutes' || limit.unit === 'hours';
  return clock && (limit.aroundTheClock || service.aroundTheClock) ? { ...limit, aroundTheClock: true } : { amount: limit.amount, unit: limit.unit };
}

/** null when the standard states no completion time (Palembang, seed 002): never guessed. */
export function applicationDue(service: Service, start: Date, time: OfficeTime): { dueAt: Date | null; provisional: boolean; limit: TimeLimit | null } {
  const max = service.completionTime?.max;
  if (!max) return { dueAt: null, provisional: false, limit: null };
  const limit = effectiveLimit(max, service);
  const r = computeDue(start, limit, time.hours, time.calendar);
  return { dueAt: r.due, provisional: r.provisional, limit };
}

export function stepDue(mutuBaku: TimeLimit | null, service: Service, start: Date, time: OfficeTime): Date | null {
  if (!mutuBaku) return null;
  return computeDue(start, effectiveLimit(mutuBaku, service), time.hours, time.calendar).due;
}

export interface StepTime {
  durationMs: number;
  /** Elapsed in the mutu baku's own unit (office minutes for a 10-minute step); null without one. */
  elapsed: number | null;
  within: boolean | null;
}

/** How long a step took, and whether within its mutu baku (kept for the monthly report, issue 7). */
export function stepTime(mutuBaku: TimeLimit | null, service: Service, startedAt: Date, doneAt: Date, time: OfficeTime): StepTime {
  const durationMs = Math.max(0, doneAt.getTime() - startedAt.getTime());
  if (!mutuBaku) return { durationMs, elapsed: null, within: null };
  const used = timeUsed(startedAt, doneAt, effectiveLimit(mutuBaku, service), time.hours, time.calendar);
  return { durationMs, elapsed: Math.round(used.elapsed * 1000) / 1000, within: !used.overdue };
}

/**
 * Worklist flags. Overdue: past the application's or the current step's due time. Due soon: three
 * quarters of the application's time used (an hour and a half of a two-hour emergency, three weeks of a
 * month), or the step's due time within the hour.
 */
export function dueFlags(now: Date, a: { clockStartedAt: Date; dueAt: Date | null; stepDueAt: Date | null; closed: boolean }): { overdue: boolean; dueSoon: boolean } {
  if (a.closed) return { overdue: false, dueSoon: false };
  const t = now.getTime();
  const overdue = (a.dueAt !== null && t > a.dueAt.getTime()) || (a.stepDueAt !== null && t > a.stepDueAt.getTime());
  if (overdue) return { overdue, dueSoon: false };
  let dueSoon = false;
  if (a.dueAt) {
    const span = a.dueAt.getTime() - a.clockStartedAt.getTime();
    dueSoon = span > 0 && a.dueAt.getTime() - t <= span / 4;
  }
  if (a.stepDueAt && a.stepDueAt.getTime() - t <= 3_600_000) dueSoon = true;
  return { overdue, dueSoon };
}
