import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { drive } from '../testing/drive.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from '../testing/fixtures.js';
import { savePdf } from '../testing/pdf-out.js';

/**
 * Kab. Malinau (seed 004): front office registers (15 min) and checks the file (10 min) — incomplete:
 * returned and the applicant contacted; the back office records it (10 min), hands it to the BPJS batch
 * (files of days 1–20, delivered on the 20th) and runs Edabu (30 min); BPJS makes the card (about 30 days),
 * whose reception and hand-over are the batch module's. Hospitalised residents get the letter for a
 * temporary membership card (30 min), initialled by the head of division and signed by the head of office.
 */
describe('walkthrough: Kabupaten Malinau', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kab-malinau', 5);
    http = api(t);
  });
  afterAll(async () => t?.close());

  const create = async (variantCode: string, extra: Record<string, unknown> = {}) => {
    const res = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', variantCode, ...familyBody(w.population.family(), 2), ...extra });
    expectStatus(res, 201);
    return res.body.application;
  };

  it('regular registration: every step of the SOP, timed against its mutu baku, into the BPJS batch', async () => {
    const app = await create('regular', { intakeStartedAt: new Date(Date.now() - 12 * 60_000).toISOString() });
    expect(app.priority).toBe(false);
    expect(app.currentStep).toBe('file_check');
    const run = await drive(t, w, app.id);
    expect(run.actions).toEqual(['check', 'complete:to_back_office', 'complete:register_entry', 'complete:deliver_to_bpjs', 'complete:edabu']);
    expect(run.statuses).toEqual(['submitted', 'checked', 'forwarded', 'recorded', 'handed_to_bpjs', 'completed']);
    const byStep = new Map(run.detail.events.map((e: { stepCode: string }) => [e.stepCode, e]));
    expect(byStep.get('registration')).toMatchObject({ mutuBaku: { amount: 15, unit: 'minutes' } });
    expect(byStep.get('file_check')).toMatchObject({ mutuBaku: { amount: 10, unit: 'minutes' }, durationMs: expect.any(Number) });
    expect(byStep.get('card_production')).toMatchObject({ actorLabel: 'sistem' });
    expect(run.detail.plan.followUp.map((s: { code: string }) => s.code)).toEqual(['receive_cards', 'hand_over_cards']);
    const rows = await t.database.query<{ bpjs_change: string; status: string }>(
      `SELECT e.bpjs_change, m.status FROM membership_events e JOIN memberships m ON m.person_id = e.person_id WHERE e.application_id = $1 AND e.bpjs_change IS NOT NULL`, [app.id]);
    expect(rows).toEqual([{ bpjs_change: 'new', status: 'pending' }, { bpjs_change: 'new', status: 'pending' }]);
  });

  it('returned-incomplete path: the return notice step runs and the applicant is contacted', async () => {
    const app = await create('regular');
    const returned = await http.post(`/api/v1/applications/${app.id}/check`, w.as.front, { version: 1, items: [{ code: 'kk_copy', state: 'invalid', reason: 'KK bukan domisili Kabupaten Malinau' }] });
    expect(returned.body.status).toBe('returned');
    const d = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
    expect(d.body.events.map((e: { stepCode: string }) => e.stepCode)).toContain('return_incomplete');
    expect(d.body.missing).toEqual([{ code: 'kk_copy', label: 'Fotocopy Kartu Keluarga (KK)', state: 'invalid', reason: 'KK bukan domisili Kabupaten Malinau' }]);
    expectStatus(await http.post(`/api/v1/applications/${app.id}/resubmit`, w.as.front, { version: 2 }), 200);
    expect((await drive(t, w, app.id)).detail.status).toBe('completed');
  });

  it('emergency: the temporary card letter is initialled by the head of division, then signed by the head of office', async () => {
    const app = await create('emergency', { facts: { hospitalised: true }, details: { hospital: 'RSUD Malinau', admissionDate: '2026-03-01' } });
    expect(app.priority).toBe(true);
    const d = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
    expect(d.body.checklist.map((c: { code: string }) => c.code)).toEqual(['kk_copy', 'inpatient_letter', 'intake_window']);
    const run = await drive(t, w, app.id);
    expect(run.actions).toEqual(['check', 'complete:to_back_office', 'complete:register_entry', 'complete:deliver_to_bpjs', 'draft_letter', 'approve_letter', 'approve_letter', 'complete:edabu']);
    const letter = run.detail.letters[0];
    expect(letter).toMatchObject({ kind: 'temporary_card_letter', status: 'signed' });
    expect(letter.approvals.map((a: { action: string; roleTitle: string }) => [a.action, a.roleTitle])).toEqual([
      ['initial', 'Kepala Bidang Pelayanan Kesehatan'],
      ['sign', 'Kepala Dinas Kesehatan Pengendalian Penduduk dan KB'],
    ]);
    const letterEvent = run.detail.events.find((e: { stepCode: string }) => e.stepCode === 'temporary_card_letter');
    expect(letterEvent.mutuBaku).toEqual({ amount: 30, unit: 'minutes' });
    const rows = await t.database.query<{ after: { priority: boolean } }>(`SELECT after FROM membership_events WHERE application_id = $1 AND bpjs_change IS NOT NULL`, [app.id]);
    expect(rows.every((r) => r.after.priority)).toBe(true);
    const pdf = await http.get(`/api/v1/letters/${letter.id}/pdf`, w.as.back);
    await savePdf('malinau-temporary-card-letter', pdf.raw);
    const receipt = await http.get(`/api/v1/applications/${app.id}/receipt.pdf`, w.as.front);
    await savePdf('malinau-receipt', receipt.raw);
  });

  it('the chain is kept: no signature before the initials, and one person cannot do both', async () => {
    const app = await create('emergency', { facts: { hospitalised: true }, details: { hospital: 'RSUD Malinau', admissionDate: '2026-03-01' } });
    const base = `/api/v1/applications/${app.id}`;
    let d = (await http.get(base, w.as.front)).body;
    while (d.nextAction.action !== 'approve_letter') {
      if (d.nextAction.action === 'draft_letter') await http.post(`${base}/letters`, w.as.back, { version: d.version });
      else if (d.nextAction.action === 'check') await http.post(`${base}/check`, w.as.front, { version: d.version, items: [{ code: 'kk_copy', state: 'present' }, { code: 'inpatient_letter', state: 'present' }] });
      else await http.post(`${base}/steps/${d.nextAction.stepCode}/complete`, d.currentRole === 'front_office' ? w.as.front : w.as.back, { version: d.version });
      d = (await http.get(base, w.as.front)).body;
    }
    const letterId = d.letters[0].id;
    const early = await http.post(`${base}/letters/${letterId}/approvals`, w.as.approver, { version: d.version, action: 'sign' });
    expectStatus(early, 409);
    expect(early.body.error.code).toBe('LETTER_APPROVAL_ORDER');
    expectStatus(await http.post(`${base}/letters/${letterId}/approvals`, w.as.head, { version: d.version, action: 'initial' }), 200);
    const twice = await http.post(`${base}/letters/${letterId}/approvals`, w.as.head, { version: d.version + 1, action: 'sign' });
    expectStatus(twice, 409);
    expect(twice.body.error.code).toBe('LETTER_APPROVER_REPEATED');
    const byBack = await http.post(`${base}/letters/${letterId}/approvals`, w.as.back, { version: d.version + 1, action: 'sign' });
    expectStatus(byBack, 403);
  });
});
