import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { drive } from '../testing/drive.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from '../testing/fixtures.js';
import { savePdf } from '../testing/pdf-out.js';

/**
 * Kota Pasuruan (seed 000): four services (new participant, adding a family member, reactivation,
 * transfer of membership type), at the MPP counter and by WhatsApp "Pelangi Istimewa"; the officer
 * processes it and gives the proof of registration; "Kepesertaan langsung aktif"; 1 working day.
 */
describe('walkthrough: Kota Pasuruan', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-pasuruan', 3);
    http = api(t);
  });
  afterAll(async () => t?.close());

  const SERVICES = [
    ['new_registration', 'new'],
    ['add_family_member', 'add_family_member'],
    ['reactivation', 'new'],
    ['segment_transfer', 'new'],
  ] as const;

  for (const channel of ['counter', 'whatsapp'] as const) {
    it(`every service on the ${channel} channel ends with active PBID membership handed to BPJS`, async () => {
      for (const [service, change] of SERVICES) {
        const res = await http.post('/api/v1/applications', w.as.front, { serviceCode: service, channel, ...familyBody(w.population.family(), 2) });
        expectStatus(res, 201);
        const run = await drive(t, w, res.body.application.id);
        const handover = channel === 'counter' ? 'give_proof' : 'send_proof';
        expect(run.actions, service).toEqual(['check', 'complete:process', `complete:${handover}`]);
        expect(run.statuses).toEqual(['submitted', 'checked', 'recorded', 'completed']);
        // The persons are in the registry, active at once, and queued for BPJS (batch_id null).
        const rows = await t.database.query<{ bpjs_change: string; status: string; segment: string; batch_id: string | null }>(
          `SELECT e.bpjs_change, m.status, m.segment, e.batch_id FROM membership_events e JOIN memberships m ON m.person_id = e.person_id
            WHERE e.application_id = $1 AND e.bpjs_change IS NOT NULL`, [res.body.application.id]);
        expect(rows).toEqual([0, 1].map(() => ({ bpjs_change: change, status: 'active', segment: 'PBI_DAERAH', batch_id: null })));
        expect(run.detail.members.every((m: { personId: string | null }) => m.personId !== null)).toBe(true);
        // Step times against the standard: the check is measured (no mutu baku in this seed: null).
        const check = run.detail.events.find((e: { stepCode: string; outcome: string }) => e.stepCode === 'file_check' && e.outcome === 'complete');
        expect(check.durationMs).toEqual(expect.any(Number));
      }
    });
  }

  it('a person already active in PBI Daerah cannot apply again', async () => {
    const f = familyBody(w.population.family());
    const first = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', ...f });
    await drive(t, w, first.body.application.id);
    const again = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'reactivation', ...f });
    expectStatus(again, 409);
    expect(again.body.error.code).toBe('PERSON_ALREADY_ACTIVE');
  });

  it('returned-incomplete path: the WhatsApp applicant is told what to send again', async () => {
    const res = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', channel: 'whatsapp', ...familyBody(w.population.family()) });
    const id = res.body.application.id;
    const returned = await http.post(`/api/v1/applications/${id}/check`, w.as.front, {
      version: 1, items: [{ code: 'kk_copy', state: 'invalid', reason: 'Foto KK buram, tidak terbaca' }, { code: 'identity_copy', state: 'present', alternative: 'KTP elektronik' }],
    });
    expect(returned.body.status).toBe('returned');
    const msg = await t.database.query<{ message: string }>(`SELECT message FROM notifications WHERE application_id = $1 AND template = 'returned'`, [id]);
    expect(msg[0]!.message).toMatch(/Foto KK buram/);
    expectStatus(await http.post(`/api/v1/applications/${id}/resubmit`, w.as.front, { version: 2 }), 200);
    const run = await drive(t, w, id);
    expect(run.detail.status).toBe('completed');
    const receipt = await http.get(`/api/v1/applications/${id}/receipt.pdf`, w.as.front);
    await savePdf('pasuruan-receipt-whatsapp', receipt.raw);
  });
});
