/**
 * The list of days an office is closed in a year, for the portal's holiday page and the
 * officers' planning. Weekends are left out by default (every resident knows them, and 104 rows
 * would bury the holidays); pass `includeWeekends` to list closed weekdays too as kind 'weekend'.
 * A holiday that falls on a weekend is always listed under its own kind, with its name. For a year
 * outside the calendar's range no holidays are known, so only weekends (if asked) are listed;
 * check `calendar.coversDay` / `covers` first to tell the user the year is not loaded yet.
 */
import type { HolidayKind, NonWorkingDay, OfficeHours } from './calendar.schema.js';
import { daysFromCivil, isoWeekday } from './local-time.js';
import { compileHours } from './office-hours.js';
import type { WorkingCalendar } from './working-calendar.js';
import { DEFAULT_WORKING_WEEKDAYS } from './working-calendar.js';

/** When one day carries several entries (a regional day on a national one) the strongest kind wins. */
const KIND_RANK: Readonly<Record<HolidayKind, number>> = { national: 0, cuti_bersama: 1, regional: 2 };

export interface NonWorkingDaysOptions {
  includeWeekends?: boolean;
}

export function nonWorkingDays(
  year: number,
  calendar: WorkingCalendar,
  hours?: OfficeHours,
  options: NonWorkingDaysOptions = {},
): NonWorkingDay[] {
  const compiled = hours ? compileHours(hours) : undefined;
  const closedWeekday = (weekday: number) =>
    compiled ? (compiled.opensMs[weekday] as number) < 0 : !DEFAULT_WORKING_WEEKDAYS.includes(weekday);

  const result: NonWorkingDay[] = [];
  const holidayDays = new Set(calendar.holidayDaysOfYear(year));
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  for (let day = first; day <= last; day++) {
    if (holidayDays.has(day)) {
      const entries = [...calendar.holidaysOnDay(day)].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      const kind = (entries[0]?.kind ?? 'national') as HolidayKind;
      result.push({ date: calendar.dateString(day), kind, names: entries.map((e) => e.name) });
    } else if (options.includeWeekends && closedWeekday(isoWeekday(day))) {
      result.push({ date: calendar.dateString(day), kind: 'weekend', names: [] });
    }
  }
  return result;
}
