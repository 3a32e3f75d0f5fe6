import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { officeHoursSchema, timeLimitSchema } from './calendar.schema.js';
import { KARANGASEM, PALEMBANG, SEED_HOURS, at } from './calendar.test-fixtures.js';
import { nonWorkingDays } from './non-working-days.js';
import { compileHours, isOpen } from './office-hours.js';
import { createCalendar, createNationalCalendar } from './working-calendar.js';
import { NATIONAL_HOLIDAYS } from './holidays.js';

const cal = createNationalCalendar();

describe('isOpen', () => {
  it('open on Friday 11.59 in Karangasem: closes at 12.00, next opening Monday 08.00', () => {
    expect(isOpen(at('2026-01-09T11:59:00+08:00'), KARANGASEM, cal)).toEqual({
      open: true,
      closesAt: '2026-01-09T12:00:00+08:00',
      nextOpening: '2026-01-12T08:00:00+08:00',
    });
  });

  it('closed at closing time itself', () => {
    expect(isOpen(at('2026-01-09T12:00:00+08:00'), KARANGASEM, cal)).toEqual({
      open: false,
      nextOpening: '2026-01-12T08:00:00+08:00',
    });
  });

  it('before opening, the next opening is later today', () => {
    expect(isOpen(at('2026-01-12T07:00:00+08:00'), KARANGASEM, cal).nextOpening).toBe('2026-01-12T08:00:00+08:00');
  });

  it('closed on a cuti bersama during office hours, reopening after the Idulfitri leave', () => {
    expect(isOpen(at('2026-03-18T10:00:00+07:00'), PALEMBANG, cal)).toEqual({
      open: false,
      nextOpening: '2026-03-25T08:00:00+07:00',
    });
  });

  it('uses the office zone, not the server zone: 08.30 WITA is 07.30 WIB', () => {
    expect(isOpen(at('2026-01-12T08:30:00+08:00'), KARANGASEM, cal).open).toBe(true);
    expect(isOpen(at('2026-01-12T08:30:00+08:00'), PALEMBANG, cal).open).toBe(false);
  });

  it('a closing time of 24:00 is written as the next day 00:00', () => {
    const late = { timeZone: 'Asia/Jayapura' as const, weekly: [{ weekday: 1 as const, opens: '20:00', closes: '24:00' }] };
    expect(isOpen(at('2026-01-12T21:00:00+09:00'), late, cal).closesAt).toBe('2026-01-13T00:00:00+09:00');
  });

  it('nextOpening is null for an office that never opens', () => {
    expect(isOpen(at('2026-01-12T10:00:00+08:00'), { timeZone: 'Asia/Makassar', weekly: [] }, cal).nextOpening).toBeNull();
  });
});

describe('nonWorkingDays', () => {
  it('lists the 25 national days and cuti bersama of 2026 with names, weekends omitted', () => {
    const days = nonWorkingDays(2026, cal, PALEMBANG);
    expect(days).toHaveLength(25);
    expect(days[0]).toEqual({ date: '2026-01-01', kind: 'national', names: ['Tahun Baru 2026 Masehi'] });
    expect(days.find((d) => d.date === '2026-03-18')?.kind).toBe('cuti_bersama');
  });

  it('with includeWeekends, closed weekdays are listed as weekend unless a holiday names them', () => {
    const days = nonWorkingDays(2026, cal, KARANGASEM, { includeWeekends: true });
    // 2026 has 104 Saturdays and Sundays; four holidays fall on them (21–22 Mar, 5 Apr, 31 May).
    expect(days.filter((d) => d.kind === 'weekend')).toHaveLength(100);
    expect(days).toHaveLength(125);
    expect(days.find((d) => d.date === '2026-03-21')).toEqual({ date: '2026-03-21', kind: 'national', names: ['Idulfitri 1447 Hijriah'] });
    for (const d of days) expect(cal.isWorkingDay(d.date, KARANGASEM)).toBe(false);
  });

  it('a regional day on a national holiday keeps the national kind and both names', () => {
    const withRegional = createNationalCalendar([{ date: '2026-08-17', name: 'Lomba desa (uji)', kind: 'regional' }]);
    const day = nonWorkingDays(2026, withRegional).find((d) => d.date === '2026-08-17');
    expect(day).toEqual({ date: '2026-08-17', kind: 'national', names: ['Proklamasi Kemerdekaan', 'Lomba desa (uji)'] });
  });
});

describe('WorkingCalendar', () => {
  it('answers working days from holidays and hours', () => {
    expect(cal.isWorkingDay('2026-03-25')).toBe(true);
    expect(cal.isWorkingDay('2026-03-24')).toBe(false);
    expect(cal.isWorkingDay('2026-03-28')).toBe(false); // Saturday
    const saturdayOffice = { timeZone: 'Asia/Jakarta' as const, weekly: [{ weekday: 6 as const, opens: '08:00', closes: '12:00' }] };
    expect(cal.isWorkingDay('2026-03-28', saturdayOffice)).toBe(true);
    expect(cal.holidaysOn('2025-08-18')[0]?.kind).toBe('cuti_bersama');
    expect(cal.covers('2027-01-01')).toBe(false);
  });

  it('rejects bad dates and ranges', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(DomainError);
    expect(() => createCalendar({ fromYear: 2027, toYear: 2026, holidays: [] })).toThrow(DomainError);
    expect(() => createCalendar({ fromYear: 2026, toYear: 2026, holidays: [{ date: '2026-1-1', name: 'x', kind: 'national' }] }))
      .toThrow(DomainError);
  });

  it('ignores holidays outside its years', () => {
    const only2026 = createCalendar({ fromYear: 2026, toYear: 2026, holidays: NATIONAL_HOLIDAYS });
    expect(only2026.isHoliday('2025-08-18')).toBe(false);
    expect(only2026.isHoliday('2026-03-19')).toBe(true);
  });
});

describe('schemas and compiled hours', () => {
  it('the seed hours are valid', () => {
    for (const hours of SEED_HOURS) expect(officeHoursSchema.safeParse(hours).success).toBe(true);
  });

  it('rejects hours that close before they open, duplicate weekdays and unknown zones', () => {
    const bad = { timeZone: 'Asia/Makassar', weekly: [{ weekday: 1, opens: '15:00', closes: '08:00' }] };
    expect(officeHoursSchema.safeParse(bad).success).toBe(false);
    expect(() => compileHours(bad as never)).toThrow(DomainError);
    const dup = { timeZone: 'Asia/Makassar', weekly: [{ weekday: 1, opens: '08:00', closes: '09:00' }, { weekday: 1, opens: '10:00', closes: '11:00' }] };
    expect(officeHoursSchema.safeParse(dup).success).toBe(false);
    expect(() => compileHours(dup as never)).toThrow(DomainError);
    expect(officeHoursSchema.safeParse({ timeZone: 'Asia/Singapore', weekly: [{ weekday: 1, opens: '08:00', closes: '09:00' }] }).success).toBe(false);
    expect(() => compileHours({ timeZone: 'Asia/Singapore', weekly: [] } as never)).toThrow(DomainError);
  });

  it('time limits: whole days, aroundTheClock only for minutes and hours', () => {
    expect(timeLimitSchema.safeParse({ amount: 1.5, unit: 'hours' }).success).toBe(true);
    expect(timeLimitSchema.safeParse({ amount: 1.5, unit: 'working_days' }).success).toBe(false);
    expect(timeLimitSchema.safeParse({ amount: 2, unit: 'hours', aroundTheClock: true }).success).toBe(true);
    expect(timeLimitSchema.safeParse({ amount: 2, unit: 'working_days', aroundTheClock: true }).success).toBe(false);
    expect(timeLimitSchema.safeParse({ amount: 0, unit: 'minutes' }).success).toBe(false);
    expect(timeLimitSchema.safeParse({ amount: 37, unit: 'months' }).success).toBe(false);
  });
});
