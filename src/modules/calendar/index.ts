/** Public surface of the calendar module: pure functions and schemas, no I/O. */
export * from './calendar.schema.js';
export * from './calendar.errors.js';
export { COUNTING_CONVENTION, type ConventionTopic } from './counting-convention.js';
export { computeDue, timeUsed } from './due-time.js';
export {
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  NATIONAL_HOLIDAYS,
  NATIONAL_HOLIDAY_YEARS,
  NATIONAL_HOLIDAYS_FIRST_YEAR,
  NATIONAL_HOLIDAYS_LAST_YEAR,
  type HolidayYear,
} from './holidays.js';
export {
  TIME_ZONES,
  ZONE_ABBREVIATION,
  ZONE_OFFSET_MINUTES,
  toLocalDate,
  toLocalIso,
  type OfficeTimeZone,
} from './local-time.js';
export { nonWorkingDays, type NonWorkingDaysOptions } from './non-working-days.js';
export { compileHours, isOpen } from './office-hours.js';
export {
  createCalendar,
  createNationalCalendar,
  DEFAULT_WORKING_WEEKDAYS,
  WorkingCalendar,
  type CalendarInput,
} from './working-calendar.js';
export type { WorkingCalendar as Calendar } from './working-calendar.js';
