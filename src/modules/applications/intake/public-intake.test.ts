import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { toLocalDate } from '../../calendar/index.js';
import type { OfficeStandard } from '../../standards/standard.schema.js';
import { insertStandardVersion } from '../../standards/standards.repository.js';
import { drive } from '../testing/drive.js';
import { api, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from '../testing/fixtures.js';
import { savePdf } from '../testing/pdf-out.js';

/**
 * The citizen portal's intake: only where the office's standard accepts the web channel (no seed does:
 * Pasuruan's admin switches it on for new registrations here), with consent, rate-limited, answered with
 * the receipt number and a one-time link to the proof of registration.
 */
describe('web intake (public)', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;
  let seed: OfficeStandard;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-pasuruan', 21);
    http = api(t);
    const current = await t.database.query<{ standard: OfficeStandard }>('SELECT standard FROM office_standards WHERE office_id = $1', [w.office.id]);
    seed = current[0]!.standard;
    const withWeb: OfficeStandard = {
      ...seed,
      services: seed.services.map((s) => (s.code === 'new_registration' ? { ...s, channels: [...s.channels, 'web'] } : s)),
    };
    await insertStandardVersion(t.database.db, { officeId: w.office.id, effectiveDate: toLocalDate(new Date(), 'Asia/Jakarta'), standard: withWeb });
  });
  afterAll(async () => t?.close());

  const body = (extra: Record<string, unknown> = {}) => ({ serviceCode: 'new_registration', consent: true, ...familyBody(w.population.family()), ...extra });
  const post = (payload: unknown, ip = '10.0.0.1') => t.app.inject({ method: 'POST', url: '/api/v1/offices/kota-pasuruan/applications', payload: payload as object, remoteAddress: ip });

  it('takes an application from the web and gives a receipt with a one-time proof link', async () => {
    const res = await post(body());
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json();
    expect(out.receiptNumber).toMatch(/^PSR-\d{4}-\d{6}$/);
    expect(out.proofUrl).toMatch(/^http:\/\/localhost:3000\/api\/v1\/receipts\/[\w-]{40,}$/);
    const path = new URL(out.proofUrl).pathname;
    const first = await t.app.inject({ method: 'GET', url: path });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    await savePdf('pasuruan-receipt-web', first.rawPayload);
    const second = await t.app.inject({ method: 'GET', url: path });
    expect(second.statusCode).toBe(404);
    const list = await http.get('/api/v1/applications?status=submitted', w.as.front);
    expect(list.body.items.find((i: { receiptNumber: string }) => i.receiptNumber === out.receiptNumber)).toMatchObject({ channel: 'web' });
  });

  it('refuses without consent, for services without the web channel, and for an unknown office', async () => {
    expect((await post(body({ consent: false }), '10.0.0.2')).statusCode).toBe(400);
    const reactivation = await post(body({ serviceCode: 'reactivation' }), '10.0.0.2');
    expect(reactivation.statusCode).toBe(400);
    expect(reactivation.json().error.code).toBe('CHANNEL_NOT_ALLOWED');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/offices/tidak-ada/applications', payload: body(), remoteAddress: '10.0.0.3' });
    expect(unknown.statusCode).toBe(404);
  });

  it('is rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(body({ consent: false }), '10.0.0.9')).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('an application keeps the standard version it started under', async () => {
    const res = await post(body(), '10.0.0.4');
    const receipt = res.json().receiptNumber;
    const list = await http.get('/api/v1/applications?status=submitted', w.as.front);
    const id = list.body.items.find((i: { receiptNumber: string }) => i.receiptNumber === receipt).id;
    // Version 3 drops the web channel and changes the promise; the web application stays on version 2.
    await insertStandardVersion(t.database.db, { officeId: w.office.id, effectiveDate: toLocalDate(new Date(), 'Asia/Jakarta'), standard: { ...seed, services: seed.services.map((s) => ({ ...s, completionTime: { max: { amount: 5, unit: 'working_days' }, text: '5 hari kerja' } })) } });
    const run = await drive(t, w, id);
    expect(run.detail.standard.version).toBe(2);
    expect(run.detail.completionTime.text).toBe('Kartu Langsung aktif dalam 1 hari kerja');
    expect(run.detail.status).toBe('completed');
    expect((await post(body(), '10.0.0.5')).json().error.code).toBe('CHANNEL_NOT_ALLOWED');
  });
});
