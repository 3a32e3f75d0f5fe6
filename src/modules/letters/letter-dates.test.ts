import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import {
  dayNameId, formatCalendarDateId, formatDateId, formatDateTimeId, formatDayDateId, formatTimeId, localDateIso, localParts,
} from './letter-dates.js';

describe('Indonesian dates', () => {
  const noonUtc = new Date('2026-11-22T05:00:00Z');

  it("formats '22 November 2026' with the day name", () => {
    expect(formatDateId(noonUtc, 'Asia/Jakarta')).toBe('22 November 2026');
    expect(dayNameId(noonUtc, 'Asia/Jakarta')).toBe('Minggu');
    expect(formatDayDateId(noonUtc, 'WITA')).toBe('Minggu, 22 November 2026');
    expect(formatDateId(new Date('2024-01-02T03:00:00Z'), 'WIB', { padDay: true })).toBe('02 Januari 2024');
  });

  it('uses the office zone: the same instant is the 22nd in WIB and the 23rd in WITA and WIT', () => {
    const lateEvening = new Date('2026-11-22T16:30:00Z');
    expect(formatDateTimeId(lateEvening, 'Asia/Jakarta')).toBe('Minggu, 22 November 2026 pukul 23.30 WIB');
    expect(formatDateTimeId(lateEvening, 'Asia/Makassar')).toBe('Senin, 23 November 2026 pukul 00.30 WITA');
    expect(formatTimeId(lateEvening, 'Asia/Jayapura')).toBe('01.30 WIT');
    expect(localDateIso(lateEvening, 'WIB')).toBe('2026-11-22');
    expect(localDateIso(lateEvening, 'WITA')).toBe('2026-11-23');
  });

  it('rolls the year over by the local clock', () => {
    expect(localParts(new Date('2026-12-31T17:00:00Z'), 'WIB')).toMatchObject({ year: 2027, month: 1, day: 1 });
  });

  it('names all seven days (KBBI spelling "Jumat")', () => {
    const days = Array.from({ length: 7 }, (_, i) => dayNameId(new Date(Date.UTC(2026, 10, 22 + i, 5)), 'WIB'));
    expect(days).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('refuses a zone outside Indonesia', () => {
    expect(() => formatDateId(noonUtc, 'Europe/Paris')).toThrow(DomainError);
    expect(() => formatDateId(new Date('x'), 'WIB')).toThrow(RangeError);
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatCalendarDateId('1985-02-25')).toBe('25 Februari 1985');
    expect(formatCalendarDateId('2012-10-07', { padDay: true })).toBe('07 Oktober 2012');
    expect(() => formatCalendarDateId('2026-02-30')).toThrow(RangeError);
    expect(() => formatCalendarDateId('25-02-1985')).toThrow(RangeError);
  });
});
