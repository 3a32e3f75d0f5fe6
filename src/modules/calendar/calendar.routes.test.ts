import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildSeedOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';

describe('calendar API: due times, non-working days, open now, regional holidays', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    const { office } = await buildSeedOffice(t.database, 'kab-karangasem');
    await buildSeedOffice(t.database, 'kota-pasuruan');
    admin = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['office_admin'] }));
  });
  afterAll(async () => t?.close());

  const due = (slug: string, body: object) => t.app.inject({ method: 'POST', url: `/api/v1/offices/${slug}/due`, payload: body });

  it('counts one working day across Nyepi, Idulfitri and cuti bersama 2026 (receiving day not counted)', async () => {
    const res = await due('kab-karangasem', { start: '2026-03-17T10:00:00+08:00', amount: 1, unit: 'working_days' });
    expect(res.statusCode).toBe(200);
    // 18 Mar cuti bersama, 19 Nyepi, 20 cuti, 21–22 Idulfitri (weekend), 23–24 cuti: first working day 25 Mar.
    expect(res.json()).toMatchObject({ due: '2026-03-25T15:00:00+08:00', workingDaysCounted: ['2026-03-25'], hoursStated: true });
    expect(res.json().convention).toMatch(/Hari penerimaan tidak dihitung|tidak dihitung/);
  });

  it('rolls a Friday-afternoon hour in WITA into Monday, and runs emergencies around the clock', async () => {
    // Karangasem: Fri 09.00–12.00 WITA. 11:30 + 1 h of office time = 30 min Fri + 30 min Mon.
    const office = await due('kab-karangasem', { start: '2026-11-20T11:30:00+08:00', amount: 1, unit: 'hours' });
    expect(office.json().due).toBe('2026-11-23T08:30:00+08:00');
    const emergency = await due('kab-karangasem', { start: '2026-11-22T23:00:00+08:00', amount: 2, unit: 'hours', aroundTheClock: true });
    expect(emergency.json().due).toBe('2026-11-23T01:00:00+08:00');
  });

  it('ends a one-month limit on the last day of a shorter month', async () => {
    const res = await due('kota-pasuruan', { start: '2026-01-31T09:00:00+07:00', amount: 1, unit: 'months' });
    expect(res.json().due).toBe('2026-02-28T23:59:59+07:00');
  });

  it('names the field for bad input and refuses around-the-clock working days', async () => {
    const bad = await due('kab-karangasem', { start: 'kemarin', amount: 0, unit: 'weeks' });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['start', 'amount', 'unit']));
    const atc = await due('kab-karangasem', { start: '2026-01-05T10:00:00+08:00', amount: 1, unit: 'working_days', aroundTheClock: true });
    expect(atc.statusCode).toBe(400);
    expect((await due('no-such-office', { start: '2026-01-05T10:00:00+08:00', amount: 1, unit: 'hours' })).statusCode).toBe(404);
  });

  it('lists 2026 non-working days with names', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kota-pasuruan/calendar?year=2026' });
    expect(res.statusCode).toBe(200);
    const days = res.json().days as { date: string; kind: string; names: string[] }[];
    expect(days.find((d) => d.date === '2026-03-21')?.names.join(' ')).toMatch(/Idul ?fitri/i);
    expect(days.find((d) => d.date === '2026-12-24')?.kind).toBe('cuti_bersama');
    expect(res.json().holidaysKnown).toBe(true);
  });

  it('says whether the office and each service is open, emergencies always', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kab-karangasem/hours' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.hoursText).toMatch(/Senin/);
    expect(body.services.find((s: { code: string }) => s.code === 'emergency').status.open).toBe(true);
    if (!body.office.open) expect(body.office.nextOpening).toMatch(/\+08:00$/);
    // Pasuruan states no hours: the answer says so instead of passing defaults off as a promise.
    const psr = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kota-pasuruan/hours' });
    expect(psr.json().hoursStated).toBe(false);
  });

  it('lets the office admin add a regional holiday that moves due dates, and remove it', async () => {
    const before = await due('kab-karangasem', { start: '2026-12-08T10:00:00+08:00', amount: 1, unit: 'working_days' });
    expect(before.json().due).toBe('2026-12-09T15:00:00+08:00');
    const add = await t.app.inject({ method: 'POST', url: '/api/v1/holidays', headers: admin.headers, payload: { date: '2026-12-09', name: 'Hari Raya Galungan' } });
    expect(add.statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/holidays', headers: admin.headers, payload: { date: '2026-12-09', name: 'Dup' } });
    expect(again.statusCode).toBe(409);
    const after = await due('kab-karangasem', { start: '2026-12-08T10:00:00+08:00', amount: 1, unit: 'working_days' });
    expect(after.json().due).toBe('2026-12-10T15:00:00+08:00');
    const cal = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kab-karangasem/calendar?year=2026' });
    expect(cal.json().days.find((d: { date: string }) => d.date === '2026-12-09')).toMatchObject({ kind: 'regional', names: ['Hari Raya Galungan'] });
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/holidays/${add.json().id}`, headers: admin.headers });
    expect(del.statusCode).toBe(200);
    expect((await due('kab-karangasem', { start: '2026-12-08T10:00:00+08:00', amount: 1, unit: 'working_days' })).json().due).toBe('2026-12-09T15:00:00+08:00');
  });
});
