import { DomainError, invalid } from '../../platform/errors.js';

export const invalidHolidayDate = (date: string, field = 'date') =>
  invalid(
    'CALENDAR_INVALID_DATE',
    { id: `Tanggal "${date}" tidak valid (YYYY-MM-DD).`, en: `Date "${date}" is not a valid YYYY-MM-DD date.` },
    [{ field, code: 'CALENDAR_INVALID_DATE' }],
  );

export const invalidYearRange = (fromYear: number, toYear: number) =>
  invalid('CALENDAR_INVALID_YEAR_RANGE', {
    id: `Rentang tahun ${fromYear}–${toYear} tidak valid.`,
    en: `Year range ${fromYear}–${toYear} is not valid.`,
  });

export const invalidOfficeHours = (reason: string) =>
  invalid(
    'CALENDAR_INVALID_OFFICE_HOURS',
    { id: `Jam layanan tidak valid: ${reason}.`, en: `Office hours are not valid: ${reason}.` },
    [{ field: 'weekly', code: 'CALENDAR_INVALID_OFFICE_HOURS', message: reason }],
  );

export const invalidTimeLimit = (reason: string) =>
  invalid(
    'CALENDAR_INVALID_TIME_LIMIT',
    { id: `Batas waktu tidak valid: ${reason}.`, en: `Time limit is not valid: ${reason}.` },
    [{ field: 'amount', code: 'CALENDAR_INVALID_TIME_LIMIT', message: reason }],
  );

export const invalidInstant = () =>
  invalid('CALENDAR_INVALID_INSTANT', { id: 'Waktu tidak valid.', en: 'The time given is not valid.' });

/** No opening found within the search horizon: the office is closed every day (or for years). */
export const noOpeningFound = () =>
  new DomainError('CALENDAR_NO_OPENING', 422, {
    id: 'Tidak ada hari layanan dalam rentang yang dapat dihitung; periksa jam layanan dan hari libur.',
    en: 'No service day within the computable range; check the office hours and holidays.',
  });
