import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { KARANGASEM, MALINAU, PALEMBANG, TARAKAN_ASSUMED, at } from './calendar.test-fixtures.js';
import { COUNTING_CONVENTION, computeDue, timeUsed } from './due-time.js';
import { createCalendar, createNationalCalendar } from './working-calendar.js';
import { NATIONAL_HOLIDAYS } from './holidays.js';
import type { TimeLimit } from './calendar.schema.js';

const cal = createNationalCalendar();
const oneWorkingDay: TimeLimit = { amount: 1, unit: 'working_days' };

describe('computeDue — worked examples from the seeds', () => {
  it('1 working day received on Nyepi 2026 (WIB) is due at closing on 25 March, after the Idulfitri leave', () => {
    // 18 Mar cuti, 19 Nyepi, 20 cuti, 21–22 Idulfitri (weekend), 23–24 cuti: the first working day is 25 March.
    const r = computeDue(at('2026-03-19T10:00:00+07:00'), oneWorkingDay, PALEMBANG, cal);
    expect(r.workingDaysCounted).toEqual(['2026-03-25']);
    expect(r.dueLocal).toBe('2026-03-25T15:00:00+07:00');
    expect(r.due.toISOString()).toBe('2026-03-25T08:00:00.000Z');
    expect(r.provisional).toBe(false);
  });

  it('the same in WITA gives the office offset in dueLocal', () => {
    const r = computeDue(at('2026-03-19T10:00:00+08:00'), oneWorkingDay, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-03-25T15:00:00+08:00');
  });

  it('the receiving day does not count even when received before opening', () => {
    const r = computeDue(at('2026-03-17T07:00:00+07:00'), oneWorkingDay, PALEMBANG, cal);
    expect(r.workingDaysCounted).toEqual(['2026-03-25']);
    const monday = computeDue(at('2026-03-02T06:00:00+07:00'), oneWorkingDay, PALEMBANG, cal);
    expect(monday.dueLocal).toBe('2026-03-03T15:00:00+07:00');
  });

  it('a working-day limit ends at that weekday’s own closing time (Friday 15.30 in Palembang)', () => {
    const r = computeDue(at('2026-03-05T09:00:00+07:00'), oneWorkingDay, PALEMBANG, cal);
    expect(r.dueLocal).toBe('2026-03-06T15:30:00+07:00');
  });

  it('Tarakan "kurang dari 7 hari" as 7 calendar days ends 23:59:59 on the 7th day, holidays included', () => {
    const r = computeDue(at('2026-03-18T09:00:00+08:00'), { amount: 7, unit: 'calendar_days' }, TARAKAN_ASSUMED, cal);
    expect(r.dueLocal).toBe('2026-03-25T23:59:59+08:00');
    expect(r.workingDaysCounted).toEqual([]);
  });

  it('Tarakan read as 7 working days skips Idulfitri and Good Friday (3 April)', () => {
    const r = computeDue(at('2026-03-18T09:00:00+08:00'), { amount: 7, unit: 'working_days' }, TARAKAN_ASSUMED, cal);
    expect(r.workingDaysCounted).toEqual([
      '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02',
    ]);
    expect(r.dueLocal).toBe('2026-04-02T16:00:00+08:00');
  });

  it('Karangasem: 1 hour received Friday 11.30 WITA uses 30 min Friday and ends Monday 08.30', () => {
    const r = computeDue(at('2026-01-09T11:30:00+08:00'), { amount: 1, unit: 'hours' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-01-12T08:30:00+08:00');
    expect(r.workingDaysCounted).toEqual(['2026-01-09', '2026-01-12']);
  });

  it('Karangasem: the same before Imlek rolls past the cuti bersama Monday and Imlek Tuesday', () => {
    const r = computeDue(at('2026-02-13T11:30:00+08:00'), { amount: 1, unit: 'hours' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-02-18T08:30:00+08:00');
  });

  it('Karangasem termination: 10 and 15 minutes within the day', () => {
    const start = at('2026-01-12T10:00:00+08:00');
    expect(computeDue(start, { amount: 10, unit: 'minutes' }, KARANGASEM, cal).dueLocal).toBe('2026-01-12T10:10:00+08:00');
    expect(computeDue(start, { amount: 15, unit: 'minutes' }, KARANGASEM, cal).dueLocal).toBe('2026-01-12T10:15:00+08:00');
  });

  it('Karangasem termination at 14.55 on Thursday carries over Isra Mikraj Friday to Monday', () => {
    const start = at('2026-01-15T14:55:00+08:00');
    expect(computeDue(start, { amount: 10, unit: 'minutes' }, KARANGASEM, cal).dueLocal).toBe('2026-01-19T08:05:00+08:00');
    expect(computeDue(start, { amount: 15, unit: 'minutes' }, KARANGASEM, cal).dueLocal).toBe('2026-01-19T08:10:00+08:00');
  });

  it('a limit that uses up the day exactly is due at closing, not at the next opening', () => {
    const r = computeDue(at('2026-01-12T14:50:00+08:00'), { amount: 10, unit: 'minutes' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-01-12T15:00:00+08:00');
  });

  it('received after closing, the clock starts at the next opening', () => {
    const r = computeDue(at('2026-01-12T18:00:00+08:00'), { amount: 15, unit: 'minutes' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-01-13T08:15:00+08:00');
  });

  it('seconds of the receipt are kept', () => {
    const r = computeDue(at('2026-01-12T10:00:30.250+08:00'), { amount: 10, unit: 'minutes' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-01-12T10:10:30.250+08:00');
  });

  it('emergency 2 hours around the clock from Sunday 23.00 (Idulfitri) ends Monday 01.00, holidays or not', () => {
    const start = at('2026-03-22T23:00:00+08:00');
    const r = computeDue(start, { amount: 2, unit: 'hours', aroundTheClock: true }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-03-23T01:00:00+08:00');
    expect(r.due.getTime() - start.getTime()).toBe(2 * 3_600_000);
    expect(r.workingDaysCounted).toEqual([]);
    // Without the emergency flag the same 2 hours wait for the first working day after the leave.
    const office = computeDue(start, { amount: 2, unit: 'hours' }, KARANGASEM, cal);
    expect(office.dueLocal).toBe('2026-03-25T10:00:00+08:00');
  });

  it('1 month from 31 January ends on the last day of February', () => {
    const r = computeDue(at('2026-01-31T10:00:00+08:00'), { amount: 1, unit: 'months' }, KARANGASEM, cal);
    expect(r.dueLocal).toBe('2026-02-28T23:59:59+08:00');
    const leap = computeDue(at('2028-01-31T10:00:00+08:00'), { amount: 1, unit: 'months' }, KARANGASEM, cal);
    expect(leap.dueLocal).toBe('2028-02-29T23:59:59+08:00');
    const rollover = computeDue(at('2026-11-30T10:00:00+07:00'), { amount: 3, unit: 'months' }, PALEMBANG, cal);
    expect(rollover.dueLocal).toBe('2027-02-28T23:59:59+07:00');
  });

  it('the local day decides: 23.30 WIB on 31 January is still January in Jakarta', () => {
    // 2026-01-31T23:30+07:00 is 2026-02-01 00:30 in WITA; the office zone is what counts.
    const r = computeDue(at('2026-01-31T23:30:00+07:00'), { amount: 1, unit: 'months' }, PALEMBANG, cal);
    expect(r.dueLocal).toBe('2026-02-28T23:59:59+07:00');
  });

  it('Malinau 20 working days over the May 2026 holidays ends Monday 8 June at 15.00', () => {
    const r = computeDue(at('2026-05-04T09:00:00+08:00'), { amount: 20, unit: 'working_days' }, MALINAU, cal);
    expect(r.workingDaysCounted).toHaveLength(20);
    expect(r.workingDaysCounted).not.toContain('2026-05-14');
    expect(r.workingDaysCounted).not.toContain('2026-05-15');
    expect(r.workingDaysCounted).not.toContain('2026-05-27');
    expect(r.workingDaysCounted).not.toContain('2026-05-28');
    expect(r.workingDaysCounted).not.toContain('2026-06-01');
    expect(r.dueLocal).toBe('2026-06-08T15:00:00+08:00');
  });

  it('2025: the cuti bersama of 18 August added by the amending SKB is skipped', () => {
    const r = computeDue(at('2025-08-15T10:00:00+07:00'), oneWorkingDay, PALEMBANG, cal);
    expect(r.workingDaysCounted).toEqual(['2025-08-19']);
  });

  it('a regional holiday of the office is skipped', () => {
    const withRegional = createNationalCalendar([{ date: '2026-03-03', name: 'Hari libur daerah (uji)', kind: 'regional' }]);
    const r = computeDue(at('2026-03-02T10:00:00+08:00'), oneWorkingDay, KARANGASEM, withRegional);
    expect(r.workingDaysCounted).toEqual(['2026-03-04']);
  });

  it('beyond the calendar years only closed weekdays are skipped and the result is provisional', () => {
    const r = computeDue(at('2026-12-30T10:00:00+07:00'), { amount: 3, unit: 'working_days' }, PALEMBANG, cal);
    expect(r.workingDaysCounted).toEqual(['2026-12-31', '2027-01-01', '2027-01-04']);
    expect(r.provisional).toBe(true);
    const only2026 = createCalendar({ fromYear: 2026, toYear: 2026, holidays: NATIONAL_HOLIDAYS });
    expect(computeDue(at('2026-06-02T10:00:00+07:00'), oneWorkingDay, PALEMBANG, only2026).provisional).toBe(false);
  });
});

describe('computeDue — rejects bad input loudly', () => {
  const start = at('2026-01-12T10:00:00+08:00');
  it.each([
    { amount: 0, unit: 'minutes' },
    { amount: -1, unit: 'hours' },
    { amount: 1.5, unit: 'working_days' },
    { amount: Number.NaN, unit: 'minutes' },
    { amount: 10_000, unit: 'working_days' },
  ] as TimeLimit[])('%o', (limit) => {
    expect(() => computeDue(start, limit, KARANGASEM, cal)).toThrow(DomainError);
  });

  it('an invalid start', () => {
    expect(() => computeDue(new Date('nope'), oneWorkingDay, KARANGASEM, cal)).toThrowError(/not valid/);
  });

  it('an office that never opens cannot have a working-time due date', () => {
    const everyDay = createCalendar({
      fromYear: 2026,
      toYear: 2026,
      holidays: [{ date: '2026-01-01', name: 'x', kind: 'national' }],
    });
    const closedSaturday = { timeZone: 'Asia/Makassar' as const, weekly: [{ weekday: 6 as const, opens: '08:00', closes: '09:00' }] };
    // Opens only on Saturdays: unusual but computable.
    expect(computeDue(start, oneWorkingDay, closedSaturday, everyDay).dueLocal).toBe('2026-01-17T09:00:00+08:00');
    const never = { timeZone: 'Asia/Makassar' as const, weekly: [] };
    expect(() => computeDue(start, oneWorkingDay, never, everyDay)).toThrowError(expect.objectContaining({ code: 'CALENDAR_NO_OPENING' }));
  });
});

describe('timeUsed', () => {
  it('office hours: the weekend does not use any of a 1-hour limit', () => {
    const start = at('2026-01-09T11:30:00+08:00');
    const limit: TimeLimit = { amount: 1, unit: 'hours' };
    const friNoon = timeUsed(start, at('2026-01-09T12:00:00+08:00'), limit, KARANGASEM, cal);
    expect(friNoon.elapsed).toBeCloseTo(0.5, 10);
    const saturday = timeUsed(start, at('2026-01-10T12:00:00+08:00'), limit, KARANGASEM, cal);
    expect(saturday.fraction).toBeCloseTo(0.5, 10);
    expect(saturday.overdue).toBe(false);
    const atDue = timeUsed(start, at('2026-01-12T08:30:00+08:00'), limit, KARANGASEM, cal);
    expect(atDue.fraction).toBeCloseTo(1, 10);
    expect(atDue.overdue).toBe(false);
    const late = timeUsed(start, at('2026-01-12T08:45:00+08:00'), limit, KARANGASEM, cal);
    expect(late.elapsed).toBeCloseTo(1.25, 10);
    expect(late.overdue).toBe(true);
  });

  it('working days: the current day counts by the share of its hours already past', () => {
    const start = at('2026-03-19T10:00:00+08:00');
    expect(timeUsed(start, at('2026-03-24T12:00:00+08:00'), oneWorkingDay, KARANGASEM, cal).elapsed).toBe(0);
    const midday = timeUsed(start, at('2026-03-25T11:30:00+08:00'), oneWorkingDay, KARANGASEM, cal);
    expect(midday.elapsed).toBeCloseTo(0.5, 10);
    const next = timeUsed(start, at('2026-03-26T09:00:00+08:00'), oneWorkingDay, KARANGASEM, cal);
    expect(next.elapsed).toBeCloseTo(1 + 1 / 7, 10);
    expect(next.overdue).toBe(true);
  });

  it('calendar days count from the end of the receiving day', () => {
    const start = at('2026-03-18T09:00:00+08:00');
    const limit: TimeLimit = { amount: 7, unit: 'calendar_days' };
    const r = timeUsed(start, at('2026-03-22T23:59:59+08:00'), limit, TARAKAN_ASSUMED, cal);
    expect(r.elapsed).toBeCloseTo(4, 10);
    expect(r.fraction).toBeCloseTo(4 / 7, 10);
    expect(timeUsed(start, at('2026-03-18T20:00:00+08:00'), limit, TARAKAN_ASSUMED, cal).elapsed).toBe(0);
  });

  it('months reach exactly the amount at the due instant', () => {
    const start = at('2026-01-31T10:00:00+08:00');
    const limit: TimeLimit = { amount: 1, unit: 'months' };
    const r = timeUsed(start, at('2026-02-28T23:59:59+08:00'), limit, KARANGASEM, cal);
    expect(r.fraction).toBeCloseTo(1, 10);
    expect(r.overdue).toBe(false);
    expect(timeUsed(start, at('2026-03-01T00:00:00+08:00'), limit, KARANGASEM, cal).overdue).toBe(true);
  });

  it('around the clock is plain elapsed time', () => {
    const start = at('2026-03-22T23:00:00+08:00');
    const limit: TimeLimit = { amount: 2, unit: 'hours', aroundTheClock: true };
    expect(timeUsed(start, at('2026-03-23T00:00:00+08:00'), limit, KARANGASEM, cal).fraction).toBeCloseTo(0.5, 10);
    expect(timeUsed(start, at('2026-03-22T22:00:00+08:00'), limit, KARANGASEM, cal).elapsed).toBe(0);
  });
});

describe('COUNTING_CONVENTION', () => {
  it('states every unit in both languages, with the receiving-day rule in Indonesian', () => {
    for (const topic of ['minutes', 'hours', 'working_days', 'calendar_days', 'months', 'aroundTheClock'] as const) {
      expect(COUNTING_CONVENTION[topic].id.length).toBeGreaterThan(20);
      expect(COUNTING_CONVENTION[topic].en.length).toBeGreaterThan(20);
    }
    expect(COUNTING_CONVENTION.working_days.id).toMatch(/Hari penerimaan tidak dihitung/);
    expect(COUNTING_CONVENTION.working_days.id).toMatch(/jam tutup layanan pada hari kerja ke-N/);
  });
});
