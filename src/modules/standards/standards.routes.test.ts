import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildSeedOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';
import { seedStandards } from './seeds/index.js';
import { standardVersion } from './standards.service.js';

describe('service standards as versioned configuration', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let officeId: number;
  let firstId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const seeded = await buildSeedOffice(t.database, 'kab-malinau');
    officeId = seeded.office.id;
    firstId = seeded.standardId;
    admin = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['office_admin'] }));
  });
  afterAll(async () => t?.close());

  it('publishes the standard in force as JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kab-malinau/standard' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, standard: { office: { slug: 'kab-malinau', regionCode: '65.02' } } });
    expect(res.json().standard.intakeWindow).toMatchObject({ receiveFromDay: 1, receiveToDay: 20, deliverOnDay: 20 });
  });

  it('refuses an invalid standard, naming each field and rule', async () => {
    const broken = structuredClone(seedStandards['kab-malinau']) as unknown as Record<string, any>;
    broken.services[0].channels = [];
    broken.officeHours.weekly[0].opens = '25:00';
    broken.office.regionCode = '35.75';
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/standard/versions', headers: admin.headers, payload: { effectiveDate: '2027-01-01', standard: broken } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('STANDARD_INVALID');
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['services.0.channels', 'officeHours.weekly.0.opens']));
    // A valid standard that claims another region is refused too: the office identity is fixed.
    const moved = structuredClone(seedStandards['kab-malinau']);
    moved.office.regionCode = '35.75';
    const res2 = await t.app.inject({ method: 'POST', url: '/api/v1/standard/versions', headers: admin.headers, payload: { effectiveDate: '2027-01-01', standard: moved } });
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.details[0]).toMatchObject({ field: 'office.regionCode', code: 'OFFICE_IDENTITY_FIXED' });
  });

  it('publishes a new version from its effective date while older applications keep theirs', async () => {
    const next = structuredClone(seedStandards['kab-malinau']);
    next.services[0]!.name = `${next.services[0]!.name} (revisi)`;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/standard/versions', headers: admin.headers, payload: { effectiveDate: '2026-01-01', note: 'Revisi nama layanan', standard: next } });
    expect(res.statusCode).toBe(201);
    expect(res.json().version).toBe(2);
    const current = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kab-malinau/standard' });
    expect(current.json().version).toBe(2);
    expect(current.json().standard.services[0].name).toMatch(/revisi/);
    // The version an application started under stays readable, unchanged.
    const old = await standardVersion(t.database.db, officeId, firstId);
    expect(old.version).toBe(1);
    expect(old.standard.services[0]!.name).not.toMatch(/revisi/);
    const versions = await t.app.inject({ method: 'GET', url: '/api/v1/offices/kab-malinau/standard/versions' });
    expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=standard.published', headers: admin.headers });
    expect(audit.json().entries).toHaveLength(1);
  });

  it('lets only the office admin publish', async () => {
    const fo = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] }));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/standard/versions', headers: fo.headers, payload: { effectiveDate: '2027-01-01', standard: seedStandards['kab-malinau'] } });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/standard', headers: fo.headers })).json().standard.office.slug).toBe('kab-malinau');
  });
});

describe('the standard as a public page and PDF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await buildSeedOffice(t.database, 'kota-pasuruan');
  });
  afterAll(async () => t?.close());

  it('serves the page with the two parts and numbered components, in Indonesian and English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/kota-pasuruan/standar-pelayanan' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="id">');
    expect(res.body).toMatch(/Persyaratan/);
    expect(res.body).toMatch(/Akta kelahiran/i);
    expect(res.body).toMatch(/Pelangi Istimewa/);
    const en = await t.app.inject({ method: 'GET', url: '/kota-pasuruan/standar-pelayanan?lang=en' });
    expect(en.body).toContain('<html lang="en">');
    expect((await t.app.inject({ method: 'GET', url: '/kota-nowhere/standar-pelayanan' })).statusCode).toBe(404);
  });

  it('serves the PDF', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/kota-pasuruan/standar-pelayanan.pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5000);
  });
});
