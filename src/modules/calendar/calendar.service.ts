import type { Executor } from '../../platform/db/client.js';
import { createNationalCalendar, type OfficeHours, type RegionalHoliday, type WorkingCalendar } from './index.js';
import type { OfficeStandard } from '../standards/standard.schema.js';
import { listOfficeHolidays } from '../standards/standards.repository.js';

/**
 * When a standard states no office hours (Pasuruan, Tarakan), time limits still need working
 * hours to count against. This default is the usual Pemda schedule for a five-day week and is
 * always shown as "not stated in the standard" (`hoursStated: false`), never as the office's promise.
 */
export function defaultHours(timeZone: OfficeHours['timeZone']): OfficeHours {
  return {
    timeZone,
    weekly: [1, 2, 3, 4].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })).concat([{ weekday: 5, opens: '08:00', closes: '16:30' }]),
  } as OfficeHours;
}

export interface OfficeTime {
  calendar: WorkingCalendar;
  hours: OfficeHours;
  /** false when the hours are the default because the standard states none. */
  hoursStated: boolean;
  regional: RegionalHoliday[];
}

export function hoursOf(standard: OfficeStandard): { hours: OfficeHours; stated: boolean } {
  const h = standard.officeHours;
  if (!h) return { hours: defaultHours(standard.office.timeZone), stated: false };
  return { hours: { timeZone: h.timeZone, weekly: h.weekly } as OfficeHours, stated: true };
}

// Calendars are rebuilt when an office changes its holidays or standard (see invalidate); in a
// multi-instance deployment another instance's change is picked up within the TTL.
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: OfficeTime }>();

export function invalidateOfficeTime(officeId: number) {
  for (const key of cache.keys()) if (key.startsWith(`${officeId}:`)) cache.delete(key);
}

export async function officeTime(db: Executor, officeId: number, standard: { id: number; standard: OfficeStandard }): Promise<OfficeTime> {
  const key = `${officeId}:${standard.id}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const rows = await listOfficeHolidays(db, officeId);
  const regional: RegionalHoliday[] = rows.map((r) => ({ date: r.date, name: r.name, kind: 'regional' }));
  const { hours, stated } = hoursOf(standard.standard);
  const value: OfficeTime = { calendar: createNationalCalendar(regional), hours, hoursStated: stated, regional };
  cache.set(key, { at: Date.now(), value });
  return value;
}
