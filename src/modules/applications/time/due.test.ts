import { describe, expect, it } from 'vitest';
import { createNationalCalendar } from '../../calendar/index.js';
import type { OfficeTime } from '../../calendar/calendar.service.js';
import { seedStandards } from '../../standards/seeds/index.js';
import { applicationDue, dueFlags, stepTime } from './due.js';

const karangasem = seedStandards['kab-karangasem'];
const time: OfficeTime = {
  calendar: createNationalCalendar([]),
  hours: { timeZone: 'Asia/Makassar', weekly: karangasem.officeHours!.weekly } as OfficeTime['hours'],
  hoursStated: true,
  regional: [],
};
const svc = (code: string) => karangasem.services.find((s) => s.code === code)!;

describe('time limits of an application', () => {
  it('an emergency runs around the clock: a Saturday 23:00 WITA emergency is due Sunday 01:00', () => {
    const start = new Date('2026-03-07T15:00:00Z'); // Saturday 23:00 WITA
    expect(applicationDue(svc('emergency'), start, time).dueAt!.toISOString()).toBe('2026-03-07T17:00:00.000Z');
  });

  it('termination (10–15 minutes) counts office minutes: Friday 11:55 WITA is due Monday 08:10', () => {
    const start = new Date('2026-03-06T03:55:00Z'); // Friday 11:55 WITA, office closes 12:00
    expect(applicationDue(svc('termination'), start, time).dueAt!.toISOString()).toBe('2026-03-09T00:10:00.000Z');
  });

  it('a step is within its mutu baku when it took less office time than allowed', () => {
    const mutu = { amount: 10, unit: 'minutes' as const };
    const start = new Date('2026-03-03T01:00:00Z'); // Tuesday 09:00 WITA
    expect(stepTime(mutu, svc('new_registration'), start, new Date(start.getTime() + 8 * 60_000), time)).toEqual({ durationMs: 480_000, elapsed: 8, within: true });
    expect(stepTime(mutu, svc('new_registration'), start, new Date(start.getTime() + 25 * 60_000), time).within).toBe(false);
    expect(stepTime(null, svc('new_registration'), start, start, time)).toEqual({ durationMs: 0, elapsed: null, within: null });
  });

  it('flags overdue past the due time and due soon in the last quarter', () => {
    const clockStartedAt = new Date('2026-03-02T00:00:00Z');
    const dueAt = new Date('2026-03-02T04:00:00Z');
    const flags = (iso: string) => dueFlags(new Date(iso), { clockStartedAt, dueAt, stepDueAt: null, closed: false });
    expect(flags('2026-03-02T02:00:00Z')).toEqual({ overdue: false, dueSoon: false });
    expect(flags('2026-03-02T03:30:00Z')).toEqual({ overdue: false, dueSoon: true });
    expect(flags('2026-03-02T04:00:01Z')).toEqual({ overdue: true, dueSoon: false });
    expect(dueFlags(new Date('2026-03-09T00:00:00Z'), { clockStartedAt, dueAt, stepDueAt: null, closed: true })).toEqual({ overdue: false, dueSoon: false });
  });
});
