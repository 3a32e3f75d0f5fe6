import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type SeedOfficeWorld } from '../applications/testing/fixtures.js';

describe('public tracking', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kab-karangasem', 31);
  });
  afterAll(async () => t?.close());

  it('shows the timeline and what to do next, in English on request, and is rate-limited per address', async () => {
    const http = api(t);
    const f = familyBody(w.population.family());
    const created = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', ...f });
    expectStatus(created, 201);
    const ask = (ip: string, lang = 'id') => t.app.inject({
      method: 'POST', url: '/api/v1/track', remoteAddress: ip, headers: { 'accept-language': lang },
      payload: { receiptNumber: created.body.application.receiptNumber.toLowerCase(), birthDate: f.members[0]!.birthDate },
    });
    const en = await ask('10.1.0.1', 'en');
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json()).toMatchObject({ status: 'submitted', statusLabel: 'Received, waiting for the file check', serviceName: 'New PBI JKN-KIS proposal' });
    expect(en.json().timeline).toHaveLength(1);
    expect(en.json().dueAt).toMatch(/WITA$/);
    // No personal data beyond what the asker already knows.
    expect(en.body).not.toContain(f.members[0]!.nik);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask('10.1.0.2')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
