import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { drive } from '../testing/drive.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from '../testing/fixtures.js';

/**
 * Kota Tarakan (seed 003): documents checked (hand-over checklist) → field assessment → forwarded to the
 * leadership → decision with the team → eligible: transferred into PBI Pemda; not eligible: the proposer
 * is told and the file archived. Under 7 days.
 */
describe('walkthrough: Kota Tarakan', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-tarakan', 11);
    http = api(t);
  });
  afterAll(async () => t?.close());

  const create = async () => {
    const res = await http.post('/api/v1/applications', w.as.front, {
      serviceCode: 'pbi_pemda_transfer',
      ...familyBody(w.population.family(), 2),
      details: { referenceIssuer: 'Lurah Karang Anyar', referenceNumber: '400/127/KA/2026', referenceDate: '2026-02-20', proposer: 'Lurah Karang Anyar' },
    });
    expectStatus(res, 201);
    return res.body.application;
  };

  it('eligible: assessed on the BPS form with photos, decided by the leadership with its team, transferred into PBI Pemda', async () => {
    const app = await create();
    const days = (new Date(app.dueAt).getTime() - new Date(app.receivedAt).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThan(8); // "Kurang dari 7 Hari": the 7th day after receipt, to its end
    const run = await drive(t, w, app.id);
    expect(run.actions).toEqual(['check', 'schedule_assessment', 'record_assessment', 'complete:forward', 'decide', 'complete:transfer']);
    expect(run.statuses).toEqual(['submitted', 'checked', 'assessment_scheduled', 'assessed', 'forwarded', 'decided_eligible', 'completed']);
    expect(run.detail.assessment).toMatchObject({ status: 'recorded', score: 11, threshold: 9, recommendation: 'eligible' });
    expect(run.detail.assessment.criteria).toHaveLength(14);
    expect(run.detail.documents.filter((d: { purpose: string }) => d.purpose === 'assessment_photo')).toHaveLength(1);
    expect(run.detail.decision).toMatchObject({ eligible: true, committee: [{ name: 'Analis Jaminan Sosial' }, { name: 'Pekerja Sosial' }] });
    const rows = await t.database.query<{ bpjs_change: string }>(`SELECT bpjs_change FROM membership_events WHERE application_id = $1 AND bpjs_change IS NOT NULL`, [app.id]);
    expect(rows.map((r) => r.bpjs_change)).toEqual(['new', 'new']);
  });

  it('not eligible: the reason is given, the proposer told, the file archived, nothing goes to BPJS', async () => {
    const app = await create();
    const run = await drive(t, w, app.id, { eligible: false, criteriaMet: 3 });
    expect(run.detail.assessment).toMatchObject({ score: 3, recommendation: 'not_eligible' });
    expect(run.actions.slice(-2)).toEqual(['decide', 'complete:archive']);
    expect(run.statuses.slice(-2)).toEqual(['decided_not_eligible', 'archived']);
    const steps = run.detail.events.map((e: { stepCode: string | null }) => e.stepCode);
    expect(steps).toContain('notify_not_eligible');
    expect(steps).not.toContain('transfer');
    const notes = await t.database.query<{ template: string; message: string }>('SELECT template, message FROM notifications WHERE application_id = $1 ORDER BY id', [app.id]);
    expect(notes.find((n) => n.template === 'decided_not_eligible')!.message).toMatch(/tidak layak.*3 dari 14/);
    expect(notes.at(-1)!.template).toBe('archived');
    const rows = await t.database.query(`SELECT 1 FROM membership_events WHERE application_id = $1 AND bpjs_change IS NOT NULL`, [app.id]);
    expect(rows).toHaveLength(0);
    const tracked = await http.post('/api/v1/track', null, { receiptNumber: app.receiptNumber, birthDate: run.detail.members[0].birthDate });
    expect(tracked.body.timeline.map((e: { status: string }) => e.status)).toContain('decided_not_eligible');
    expect(tracked.body.status).toBe('archived');
  });

  it('returned-incomplete path: a missing kelurahan letter sends the file back; completed later, it is assessed', async () => {
    const app = await create();
    const d = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
    expect(d.body.checklist.map((c: { code: string; required: boolean }) => [c.code, c.required])).toEqual([['id_copy', true], ['kelurahan_letter', true], ['medical_letter', true], ['await_assessment', false]]);
    const returned = await http.post(`/api/v1/applications/${app.id}/check`, w.as.front, {
      version: 1, items: [{ code: 'id_copy', state: 'present' }, { code: 'kelurahan_letter', state: 'missing', reason: 'Surat pengusulan dari kelurahan belum ada' }, { code: 'medical_letter', state: 'present', alternative: 'Surat keterangan sakit' }],
    });
    expect(returned.body.status).toBe('returned');
    expectStatus(await http.post(`/api/v1/applications/${app.id}/resubmit`, w.as.front, { version: 2 }), 200);
    const run = await drive(t, w, app.id);
    expect(run.detail.status).toBe('completed');
    expect(run.detail.returnCount).toBe(1);
  });

  it('a decision needs its committee and a refusal its reason; an assessment needs every criterion', async () => {
    const app = await create();
    const base = `/api/v1/applications/${app.id}`;
    const d1 = await http.get(base, w.as.front);
    await http.post(`${base}/check`, w.as.front, { version: d1.body.version, items: d1.body.checklist.filter((c: { required: boolean }) => c.required).map((c: { code: string }) => ({ code: c.code, state: 'present' })) });
    expectStatus(await http.post(`${base}/assessment/schedule`, w.as.back, { version: 2, scheduledAt: '2026-03-03T09:00:00+08:00', assessorUserId: w.as.front.id }), 400);
    expectStatus(await http.post(`${base}/assessment/schedule`, w.as.back, { version: 2, scheduledAt: '2026-03-03T09:00:00+08:00', assessorUserId: w.as.assessor.id }), 200);
    const partial = await http.post(`${base}/assessment`, w.as.assessor, { version: 3, answers: [{ code: 'floor_area', met: true }] });
    expectStatus(partial, 400);
    expect(partial.body.error.code).toBe('ASSESSMENT_ANSWERS_INVALID');
    const form = await http.get('/api/v1/assessment-form', w.as.assessor);
    expect(form.body).toMatchObject({ threshold: 9, version: null });
    await http.post(`${base}/assessment`, w.as.assessor, { version: 3, answers: form.body.criteria.map((c: { code: string }) => ({ code: c.code, met: true })) });
    await http.post(`${base}/steps/forward/complete`, w.as.assessor, { version: 4 });
    const noTeam = await http.post(`${base}/decision`, w.as.approver, { version: 5, eligible: true });
    expectStatus(noTeam, 400);
    expect(noTeam.body.error.code).toBe('COMMITTEE_REQUIRED');
    const noReason = await http.post(`${base}/decision`, w.as.approver, { version: 5, eligible: false, committee: [{ name: 'Tim' }] });
    expect(noReason.body.error.code).toBe('DECISION_REASON_REQUIRED');
    expectStatus(await http.post(`${base}/decision`, w.as.back, { version: 5, eligible: true, committee: [{ name: 'Tim' }] }), 403);
  });

  it('an office configures its own assessment form; new visits use it', async () => {
    const put = await t.app.inject({
      method: 'PUT', url: '/api/v1/assessment-form', headers: w.as.admin.login.headers,
      payload: { name: 'Formulir Dinsos-PM', threshold: 2, criteria: [{ code: 'a', label: 'Penghasilan di bawah UMK' }, { code: 'b', label: 'Tidak punya aset' }, { code: 'c', label: 'Anggota keluarga sakit kronis' }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const form = await http.get('/api/v1/assessment-form', w.as.assessor);
    expect(form.body).toMatchObject({ name: 'Formulir Dinsos-PM', version: 1, threshold: 2 });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/assessment-form', headers: w.as.admin.login.headers, payload: { name: 'Salah', threshold: 5, criteria: [{ code: 'a', label: 'Satu kriteria' }] } });
    expect(bad.statusCode).toBe(400);
  });
});
