/**
 * A working-day calendar for one office: national holidays, cuti bersama and the office's own
 * regional holidays, precomputed into a byte per day so that "is this a holiday?" is an array
 * read. Weekends are not stored here: which weekdays an office is open comes from its hours
 * (a weekday absent from OfficeHours is closed), so one calendar serves every office of a region.
 */
import type { Holiday, OfficeHours, RegionalHoliday } from './calendar.schema.js';
import { invalidHolidayDate, invalidYearRange } from './calendar.errors.js';
import { compileHours } from './office-hours.js';
import { NATIONAL_HOLIDAYS, NATIONAL_HOLIDAYS_FIRST_YEAR, NATIONAL_HOLIDAYS_LAST_YEAR } from './holidays.js';
import { daysFromCivil, formatDayNumber, isoWeekday, parseLocalDate } from './local-time.js';

/** Without office hours, a working day is Monday to Friday (Saturday and Sunday closed by default). */
export const DEFAULT_WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

export interface CalendarInput {
  fromYear: number;
  toYear: number;
  /** National holidays and cuti bersama (normally NATIONAL_HOLIDAYS); entries outside the range are ignored. */
  holidays: readonly Holiday[];
  /** The office's regional holidays; entries outside the range are ignored. */
  regional?: readonly RegionalHoliday[];
}

/** Ranges above this are a mistake (a typo'd year), not a use case. */
const MAX_YEARS = 50;

export class WorkingCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  /** Day numbers (days since 1970-01-01) of the first and last day covered. */
  readonly firstDay: number;
  readonly lastDay: number;
  private readonly holidayFlags: Uint8Array;
  private readonly entries = new Map<number, Holiday[]>();
  /** 'YYYY-MM-DD' of every covered day, so hot paths never format dates. */
  private readonly dates: string[];

  constructor(input: CalendarInput) {
    const { fromYear, toYear } = input;
    if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || toYear - fromYear >= MAX_YEARS
      || fromYear < 1900 || toYear > 2200) {
      throw invalidYearRange(fromYear, toYear);
    }
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.firstDay = daysFromCivil(fromYear, 1, 1);
    this.lastDay = daysFromCivil(toYear, 12, 31);
    const length = this.lastDay - this.firstDay + 1;
    this.holidayFlags = new Uint8Array(length);
    this.dates = new Array<string>(length);
    for (let i = 0; i < length; i++) this.dates[i] = formatDayNumber(this.firstDay + i);

    const all = [...input.holidays, ...(input.regional ?? [])];
    all.forEach((holiday, index) => {
      const day = parseLocalDate(holiday.date);
      if (day === undefined) throw invalidHolidayDate(holiday.date, `holidays.${index}.date`);
      if (day < this.firstDay || day > this.lastDay) return;
      this.holidayFlags[day - this.firstDay] = 1;
      const list = this.entries.get(day);
      if (list) list.push(holiday);
      else this.entries.set(day, [holiday]);
    });
  }

  /** Whether the calendar knows the holidays of this day; outside it only weekdays can be judged. */
  coversDay(day: number): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  isHolidayDay(day: number): boolean {
    const i = day - this.firstDay;
    return i >= 0 && i < this.holidayFlags.length && this.holidayFlags[i] === 1;
  }

  dateString(day: number): string {
    const i = day - this.firstDay;
    return i >= 0 && i < this.dates.length ? (this.dates[i] as string) : formatDayNumber(day);
  }

  holidaysOnDay(day: number): readonly Holiday[] {
    return this.entries.get(day) ?? [];
  }

  covers(localDate: string): boolean {
    return this.coversDay(toDay(localDate));
  }

  isHoliday(localDate: string): boolean {
    return this.isHolidayDay(toDay(localDate));
  }

  holidaysOn(localDate: string): readonly Holiday[] {
    return this.holidaysOnDay(toDay(localDate));
  }

  /**
   * Not a holiday and, with `hours`, a weekday on which the office opens; without `hours`, a
   * Monday to Friday. Outside the covered years holidays are unknown and only the weekday counts.
   */
  isWorkingDay(localDate: string, hours?: OfficeHours): boolean {
    const day = toDay(localDate);
    if (this.isHolidayDay(day)) return false;
    const weekday = isoWeekday(day);
    return hours ? (compileHours(hours).opensMs[weekday] as number) >= 0 : DEFAULT_WORKING_WEEKDAYS.includes(weekday);
  }

  /** Holiday day numbers of one year, in date order (for listings, not hot paths). */
  holidayDaysOfYear(year: number): number[] {
    const from = daysFromCivil(year, 1, 1);
    const to = daysFromCivil(year, 12, 31);
    return [...this.entries.keys()].filter((d) => d >= from && d <= to).sort((a, b) => a - b);
  }
}

function toDay(localDate: string): number {
  const day = parseLocalDate(localDate);
  if (day === undefined) throw invalidHolidayDate(localDate);
  return day;
}

export function createCalendar(input: CalendarInput): WorkingCalendar {
  return new WorkingCalendar(input);
}

/** The national table we ship (2025–2026) plus an office's regional holidays. */
export function createNationalCalendar(regional: readonly RegionalHoliday[] = []): WorkingCalendar {
  return new WorkingCalendar({
    fromYear: NATIONAL_HOLIDAYS_FIRST_YEAR,
    toYear: NATIONAL_HOLIDAYS_LAST_YEAR,
    holidays: NATIONAL_HOLIDAYS,
    regional,
  });
}
