import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIME_LIMIT_MAX, type OfficeHours, type TimeLimit } from './calendar.schema.js';
import { SEED_HOURS } from './calendar.test-fixtures.js';
import { computeDue, timeUsed } from './due-time.js';
import { isOpen } from './office-hours.js';
import { ZONE_OFFSET_MINUTES } from './local-time.js';
import { createNationalCalendar } from './working-calendar.js';

const cal = createNationalCalendar([{ date: '2026-06-22', name: 'Hari libur daerah (uji)', kind: 'regional' }]);
const MIN = 60_000;
const DAY = 86_400_000;

// ---- Oracle helpers: plain Date arithmetic on a shifted clock, minute or day stepping, and the
// hours as the office wrote them. Deliberately naive and independent of the day-number code.
const shift = (hours: OfficeHours) => ZONE_OFFSET_MINUTES[hours.timeZone] * MIN;
const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
const localOf = (ms: number, hours: OfficeHours) => {
  const d = new Date(ms + shift(hours));
  return { date: d.toISOString().slice(0, 10), weekday: ((d.getUTCDay() + 6) % 7) + 1, minute: d.getUTCHours() * 60 + d.getUTCMinutes(), d };
};
const openingOf = (hours: OfficeHours, weekday: number) => hours.weekly.find((o) => o.weekday === weekday);
const isServiceDate = (date: string, weekday: number, hours: OfficeHours) =>
  openingOf(hours, weekday) !== undefined && !cal.isHoliday(date);
/** Whether the minute starting at `ms` is an office minute. */
const officeMinute = (ms: number, hours: OfficeHours) => {
  const l = localOf(ms, hours);
  const o = openingOf(hours, l.weekday);
  return o !== undefined && !cal.isHoliday(l.date) && l.minute >= hm(o.opens) && l.minute < hm(o.closes);
};

// ---- Arbitraries
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const randomHours: fc.Arbitrary<OfficeHours> = fc
  .record({
    timeZone: fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura' as const),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    opens: fc.integer({ min: 0, max: 88 }),
    length: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ timeZone, days, opens, length }) => ({
    timeZone,
    weekly: days.map((weekday) => ({
      weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7,
      opens: hhmm(opens * 15),
      closes: hhmm(Math.min(95, opens + length) * 15),
    })),
  }));
const hoursArb = fc.oneof(fc.constantFrom(...SEED_HOURS), randomHours);
const startArb = fc.integer({ min: Date.UTC(2024, 11, 31), max: Date.UTC(2026, 11, 15) });
const minuteStartArb = startArb.map((ms) => ms - (ms % MIN));
const limitArb: fc.Arbitrary<TimeLimit> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 2_000 }), unit: fc.constant('minutes' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 60 }), unit: fc.constant('hours' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 48 }), unit: fc.constant('hours' as const), aroundTheClock: fc.constant(true) }),
  fc.record({ amount: fc.integer({ min: 1, max: 40 }), unit: fc.constant('working_days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 60 }), unit: fc.constant('calendar_days' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 12 }), unit: fc.constant('months' as const) }),
);
const isWorkingTime = (l: TimeLimit) => (l.unit === 'minutes' || l.unit === 'hours') && !l.aroundTheClock;

describe('computeDue invariants', () => {
  it('due is after start', () => {
    fc.assert(fc.property(startArb, limitArb, hoursArb, (start, limit, hours) => {
      expect(computeDue(new Date(start), limit, hours, cal).due.getTime()).toBeGreaterThan(start);
    }));
  });

  it('working-time and working-day limits fall due inside office hours on a service day', () => {
    const arb = limitArb.filter((l) => isWorkingTime(l) || l.unit === 'working_days');
    fc.assert(fc.property(startArb, arb, hoursArb, (start, limit, hours) => {
      const { due, dueLocal } = computeDue(new Date(start), limit, hours, cal);
      const l = localOf(due.getTime(), hours);
      const o = openingOf(hours, l.weekday);
      expect(isServiceDate(l.date, l.weekday, hours)).toBe(true);
      const minute = l.minute + l.d.getUTCSeconds() / 60 + l.d.getUTCMilliseconds() / MIN;
      expect(minute).toBeGreaterThanOrEqual(hm(o!.opens));
      expect(minute).toBeLessThanOrEqual(hm(o!.closes));
      expect(new Date(dueLocal).getTime()).toBe(due.getTime());
    }));
  });

  it('is monotonic in the amount', () => {
    fc.assert(fc.property(startArb, limitArb, fc.integer({ min: 0, max: 30 }), hoursArb, (start, limit, extra, hours) => {
      const bigger = { ...limit, amount: Math.min(limit.amount + extra, TIME_LIMIT_MAX[limit.unit]) };
      const a = computeDue(new Date(start), limit, hours, cal).due.getTime();
      const b = computeDue(new Date(start), bigger, hours, cal).due.getTime();
      expect(b).toBeGreaterThanOrEqual(a);
      if (bigger.amount > limit.amount && limit.unit !== 'months') expect(b).toBeGreaterThan(a);
    }));
  });

  it('working_days counts exactly N later service days, none a holiday or closed weekday, ending on the due date', () => {
    const arb = fc.integer({ min: 1, max: 40 });
    fc.assert(fc.property(startArb, arb, hoursArb, (start, n, hours) => {
      const r = computeDue(new Date(start), { amount: n, unit: 'working_days' }, hours, cal);
      const received = localOf(start, hours).date;
      expect(r.workingDaysCounted).toHaveLength(n);
      expect(r.workingDaysCounted.at(-1)).toBe(r.dueLocal.slice(0, 10));
      let previous = received;
      for (const date of r.workingDaysCounted) {
        expect(date > previous).toBe(true);
        expect(cal.isWorkingDay(date, hours)).toBe(true);
        previous = date;
      }
    }));
  });

  it('working_days matches a day-stepping oracle (no service day skipped)', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 25 }), hoursArb, (start, n, hours) => {
      const receivedMidnight = Date.parse(`${localOf(start, hours).date}T00:00:00Z`);
      const expected: string[] = [];
      for (let d = receivedMidnight + DAY; expected.length < n; d += DAY) {
        const date = new Date(d).toISOString().slice(0, 10);
        if (isServiceDate(date, ((new Date(d).getUTCDay() + 6) % 7) + 1, hours)) expected.push(date);
      }
      expect(computeDue(new Date(start), { amount: n, unit: 'working_days' }, hours, cal).workingDaysCounted).toEqual(expected);
    }), { numRuns: 150 });
  });

  it('office minutes match a minute-stepping oracle', () => {
    fc.assert(fc.property(minuteStartArb, fc.integer({ min: 1, max: 600 }), hoursArb, (start, n, hours) => {
      let t = start;
      for (let counted = 0; counted < n; t += MIN) if (officeMinute(t, hours)) counted++;
      expect(computeDue(new Date(start), { amount: n, unit: 'minutes' }, hours, cal).due.getTime()).toBe(t);
    }), { numRuns: 150 });
  });

  it('office time is additive: a + b from start equals b from the due of a', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 3_000 }), hoursArb, (start, a, b, hours) => {
      const first = computeDue(new Date(start), { amount: a, unit: 'minutes' }, hours, cal).due;
      const chained = computeDue(first, { amount: b, unit: 'minutes' }, hours, cal).due.getTime();
      expect(computeDue(new Date(start), { amount: a + b, unit: 'minutes' }, hours, cal).due.getTime()).toBe(chained);
    }));
  });

  it('around the clock, N hours is exactly start + N hours', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 2_000 }), hoursArb, (start, n, hours) => {
      const r = computeDue(new Date(start), { amount: n, unit: 'hours', aroundTheClock: true }, hours, cal);
      expect(r.due.getTime()).toBe(start + n * 3_600_000);
    }));
  });

  it('calendar days end at 23:59:59 local, N days after the receiving date', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 1_000 }), hoursArb, (start, n, hours) => {
      const r = computeDue(new Date(start), { amount: n, unit: 'calendar_days' }, hours, cal);
      const receivedMidnight = Date.parse(`${localOf(start, hours).date}T00:00:00Z`);
      expect(r.dueLocal.slice(0, 19)).toBe(new Date(receivedMidnight + n * DAY + DAY - 1000).toISOString().slice(0, 19));
    }));
  });

  it('months keep the day of month, clamped to the month end', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 36 }), hoursArb, (start, n, hours) => {
      const received = localOf(start, hours).d;
      const r = computeDue(new Date(start), { amount: n, unit: 'months' }, hours, cal);
      const target = new Date(Date.UTC(received.getUTCFullYear(), received.getUTCMonth() + n, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(received.getUTCDate(), lastDay));
      expect(r.dueLocal.slice(0, 19)).toBe(`${target.toISOString().slice(0, 10)}T23:59:59`);
    }));
  });
});

describe('timeUsed invariants', () => {
  it('is exactly the amount at the due instant and overdue one millisecond later', () => {
    fc.assert(fc.property(startArb, limitArb, hoursArb, (start, limit, hours) => {
      const { due } = computeDue(new Date(start), limit, hours, cal);
      const atDue = timeUsed(new Date(start), due, limit, hours, cal);
      expect(atDue.fraction).toBeCloseTo(1, 9);
      expect(atDue.overdue).toBe(false);
      expect(timeUsed(new Date(start), new Date(due.getTime() + 1), limit, hours, cal).overdue).toBe(true);
    }));
  });

  it('never decreases as time passes and starts at zero', () => {
    fc.assert(fc.property(startArb, limitArb, hoursArb, fc.nat(60 * DAY), fc.nat(60 * DAY), (start, limit, hours, a, b) => {
      const [early, late] = a < b ? [a, b] : [b, a];
      const u1 = timeUsed(new Date(start), new Date(start + early), limit, hours, cal);
      const u2 = timeUsed(new Date(start), new Date(start + late), limit, hours, cal);
      expect(u2.elapsed).toBeGreaterThanOrEqual(u1.elapsed);
      expect(timeUsed(new Date(start), new Date(start), limit, hours, cal).elapsed).toBe(0);
      expect(u1.overdue).toBe(u1.fraction > 1 || start + early > computeDue(new Date(start), limit, hours, cal).due.getTime());
    }));
  });
});

describe('isOpen invariants', () => {
  it('agrees with the minute oracle, and the next opening is later and open', () => {
    fc.assert(fc.property(minuteStartArb, hoursArb, (now, hours) => {
      const status = isOpen(new Date(now), hours, cal);
      expect(status.open).toBe(officeMinute(now, hours));
      expect(status.nextOpening).not.toBeNull();
      const next = new Date(status.nextOpening!).getTime();
      expect(next).toBeGreaterThan(now);
      expect(isOpen(new Date(next), hours, cal).open).toBe(true);
      if (status.open) expect(new Date(status.closesAt!).getTime()).toBeGreaterThan(now);
    }));
  });
});
