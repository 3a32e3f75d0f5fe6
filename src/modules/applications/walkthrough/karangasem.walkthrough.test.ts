import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { drive } from '../testing/drive.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from '../testing/fixtures.js';
import { savePdf } from '../testing/pdf-out.js';

/**
 * Kab. Karangasem (seed 001), every service from intake to its product: emergency (1–2 hours, 24 hours a
 * day, BPJS processes it: a priority batch entry), new proposal and mutation PBPU/PPU (sent to BPJS),
 * reactivation (activation cover letter) and termination (letter, on a stamped statement).
 */
describe('walkthrough: Kabupaten Karangasem', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kab-karangasem', 7);
    http = api(t);
  });
  afterAll(async () => t?.close());

  const create = async (serviceCode: string, extra: Record<string, unknown> = {}, size = 1) => {
    const res = await http.post('/api/v1/applications', w.as.front, { serviceCode, ...familyBody(w.population.family(), size), ...extra });
    expectStatus(res, 201);
    return res.body.application;
  };
  const batchRows = (id: string) =>
    t.database.query<{ bpjs_change: string; after: { priority: boolean } }>(`SELECT bpjs_change, after FROM membership_events WHERE application_id = $1 AND bpjs_change IS NOT NULL`, [id]);

  it('emergency: around the clock, due within 2 hours, first in the worklist and in the BPJS batch', async () => {
    const ordinary = await create('new_registration');
    const app = await create('emergency', { facts: { hospitalised: true, has_ktp: false }, details: { hospital: 'RSUD Karangasem', admissionDate: '2026-03-02' } });
    expect(app.priority).toBe(true);
    const hours = (new Date(app.dueAt).getTime() - new Date(app.receivedAt).getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(2, 5); // "Waktu Tanggapan 1 - 2 jam", 24 hours a day: no office hours in it
    const work = await http.get('/api/v1/worklist?role=front_office', w.as.front);
    const ids = work.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(app.id)).toBeLessThan(ids.indexOf(ordinary.id));
    const detail = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
    expect(detail.body.checklist.map((c: { code: string }) => c.code)).toEqual(['kk_copy', 'medical_letter']); // no KTP: "yang sudah ber KTP"

    const run = await drive(t, w, app.id);
    expect(run.actions).toEqual(['check', 'complete:enter_emergency']);
    expect(run.statuses).toEqual(['submitted', 'checked', 'completed']);
    const rows = await batchRows(app.id);
    expect(rows).toEqual([{ bpjs_change: 'new', after: expect.objectContaining({ priority: true, serviceCode: 'emergency' }) }]);
    const timeline = run.detail.events.map((e: { stepCode: string }) => e.stepCode).filter(Boolean);
    expect(timeline).toContain('bpjs_process');
  });

  it('new proposal and both mutations are sent to BPJS; PBPU and PPU bring different proofs', async () => {
    for (const [service, variant, proof] of [['new_registration', undefined, null], ['segment_transfer', 'pbpu', 'payment_receipt'], ['segment_transfer', 'ppu', 'employment_end_letter']] as const) {
      const app = await create(service, variant ? { variantCode: variant, details: { previousSegment: variant.toUpperCase() } } : {});
      const d = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
      if (proof) expect(d.body.checklist.map((c: { code: string }) => c.code)).toContain(proof);
      const run = await drive(t, w, app.id);
      expect(run.actions).toEqual(['check', 'complete:send_to_bpjs']);
      expect(run.detail.status).toBe('completed');
      expect((await batchRows(app.id)).map((r) => r.bpjs_change)).toEqual(['new']);
    }
  });

  it('reactivation ends with a signed activation cover letter whose QR verifies', async () => {
    const app = await create('reactivation', { details: { reason: 'Kepesertaan nonaktif karena pembaruan data DTKS' } }, 3);
    const run = await drive(t, w, app.id);
    expect(run.actions).toEqual(['check', 'draft_letter', 'approve_letter', 'complete:hand_over']);
    expect(run.statuses).toEqual(['submitted', 'checked', 'letter_drafted', 'letter_signed', 'completed']);
    const letter = run.detail.letters[0];
    expect(letter).toMatchObject({ kind: 'activation_cover_letter', status: 'signed', number: expect.stringMatching(/^\d+\/KRA\/[IVX]+\/\d{4}$/) });
    const pdf = await http.get(`/api/v1/letters/${letter.id}/pdf`, w.as.front);
    expectStatus(pdf, 200);
    await savePdf('karangasem-activation-letter', pdf.raw);
    const token = await t.database.query<{ token: string }>('SELECT token FROM letters WHERE id = $1', [letter.id]);
    const verified = await http.get(`/api/v1/letters/verify/${token[0]!.token}`, null);
    expectStatus(verified, 200);
    expect(verified.body).toMatchObject({ valid: true, status: 'genuine', letter: { number: letter.number, kind: 'activation_cover_letter' } });
    expect(verified.body.letter.personInitials).toHaveLength(3);
    expect(JSON.stringify(verified.body)).not.toMatch(/\d{16}/); // no NIK, no KK number
  });

  it('termination carries the stamped statement and ends with the termination letter', async () => {
    const app = await create('termination', { details: { reason: 'Sudah menjadi peserta PPU dari tempat kerja baru', statementDate: '2026-03-01' } });
    const returned = await http.post(`/api/v1/applications/${app.id}/check`, w.as.front, {
      version: 1, items: [{ code: 'kk_copy', state: 'present' }, { code: 'ktp_copy', state: 'present' }, { code: 'materai_statement', state: 'missing', reason: 'Surat pernyataan belum bermeterai Rp 10.000' }],
    });
    expect(returned.body.status).toBe('returned');
    expectStatus(await http.post(`/api/v1/applications/${app.id}/resubmit`, w.as.front, { version: 2 }), 200);
    const run = await drive(t, w, app.id);
    expect(run.detail.status).toBe('completed');
    expect(run.detail.documents.some((d: { requirementCode: string }) => d.requirementCode === 'materai_statement')).toBe(true);
    expect(run.detail.letters[0]).toMatchObject({ kind: 'termination_letter', status: 'signed' });
    const pdf = await http.get(`/api/v1/letters/${run.detail.letters[0].id}/pdf`, w.as.front);
    await savePdf('karangasem-termination-letter', pdf.raw);
    const receipt = await http.get(`/api/v1/applications/${app.id}/receipt.pdf`, w.as.front);
    await savePdf('karangasem-receipt', receipt.raw);
  });

  it('a KTP asked for but not owned: returned, then resubmitted with has_ktp=false, the checklist drops it', async () => {
    const app = await create('new_registration');
    const returned = await http.post(`/api/v1/applications/${app.id}/check`, w.as.front, {
      version: 1, items: [{ code: 'kk_copy', state: 'present' }, { code: 'ktp_copy', state: 'missing', reason: 'Pemohon belum ber-KTP (usia 16 tahun)' }],
    });
    expect(returned.body.status).toBe('returned');
    expectStatus(await http.post(`/api/v1/applications/${app.id}/resubmit`, w.as.front, { version: 2, facts: { has_ktp: false } }), 200);
    const d = await http.get(`/api/v1/applications/${app.id}`, w.as.front);
    expect(d.body.checklist.map((c: { code: string }) => c.code)).toEqual(['kk_copy']);
    expect(d.body.facts).toEqual({ has_ktp: false });
    const checked = await http.post(`/api/v1/applications/${app.id}/check`, w.as.front, { version: 3, items: [{ code: 'kk_copy', state: 'present' }] });
    expect(checked.body.status).toBe('checked');
  });

  it('an application not yet handed to BPJS can be withdrawn; one handed over cannot', async () => {
    const app = await create('new_registration');
    const withdrawn = await http.post(`/api/v1/applications/${app.id}/withdraw`, w.as.back, { version: 1, reason: 'Pemohon pindah ke kabupaten lain' });
    expectStatus(withdrawn, 200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', currentStep: null });
    expectStatus(await http.post(`/api/v1/applications/${app.id}/withdraw`, w.as.back, { version: 2, reason: 'lagi' }), 409);
    const done = await create('emergency', { facts: { hospitalised: true } });
    const run = await drive(t, w, done.id);
    const late = await http.post(`/api/v1/applications/${done.id}/withdraw`, w.as.back, { version: run.detail.version, reason: 'terlambat' });
    expect(late.body.error.code).toBe('APPLICATION_CLOSED');
  });

  it('a tampered letter no longer verifies', async () => {
    const app = await create('reactivation');
    const run = await drive(t, w, app.id);
    const letterId = run.detail.letters[0].id;
    const token = (await t.database.query<{ token: string }>(`SELECT token FROM letters WHERE id = $1`, [letterId]))[0]!.token;
    await t.database.query(`UPDATE letters SET content = jsonb_set(content, '{subject}', '"Pengantar palsu"') WHERE id = $1`, [letterId]);
    const res = await http.get(`/api/v1/letters/verify/${token}`, null);
    expect(res.body).toMatchObject({ valid: false, status: 'altered' });
    const bogus = await http.get(`/api/v1/letters/verify/${token.slice(0, -4)}AAAA`, null);
    expect(bogus.body).toMatchObject({ valid: false, status: 'unknown', letter: null });
  });
});
