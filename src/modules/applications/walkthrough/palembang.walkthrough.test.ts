import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { drive, uploadScan } from '../testing/drive.js';
import { api, expectStatus, familyBody, kelurahanFor, seedOfficeWorld, type Api, type Officer, type SeedOfficeWorld } from '../testing/fixtures.js';
import { savePdf } from '../testing/pdf-out.js';

/**
 * Kota Palembang (seed 002): KIS proposals come from the kelurahan, which enters them in the proposal form
 * and hands them over together (urgent for the sick, ordinary otherwise); the office writes the proposal.
 * Two recommendation letters are written at the counter (data change; leaving PBI, on a stamped form).
 * The seed states no completion time: no due time is invented.
 */
describe('walkthrough: Kota Palembang', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;
  let lurah: Officer;
  const families = () => w.population.family();

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-palembang', 13);
    http = api(t);
  });
  afterAll(async () => t?.close());

  it('KIS proposals: a kelurahan batch of urgent and ordinary proposals, handed over, checked, proposed by letter', async () => {
    const first = families();
    const village = first.address.villageCode;
    lurah = await kelurahanFor(t, w, [village]);
    const sameVillage = () => {
      for (;;) {
        const f = families();
        if (f.address.villageCode === village) return f;
      }
    };
    const bodies = [first, sameVillage()].map((f, i) => ({
      serviceCode: 'kis_proposal', channel: 'kelurahan_batch', variantCode: i === 0 ? 'urgent' : 'ordinary', ...familyBody(f, 2),
      details: { referenceIssuer: 'Lurah Kelurahan', referenceNumber: `470/${30 + i}/2026`, referenceDate: '2026-02-25' },
    }));
    const drafts = [];
    for (const body of bodies) {
      const res = await http.post('/api/v1/applications', lurah, body);
      expectStatus(res, 201);
      drafts.push(res.body.application);
    }
    expect(drafts.map((d) => d.status)).toEqual(['draft', 'draft']);
    expect(drafts.map((d) => d.priority)).toEqual([true, false]);
    expect(drafts[0].dueAt).toBeNull();
    // A draft is the kelurahan's until handed over: the public cannot track it yet.
    expectStatus(await http.post('/api/v1/track', null, { receiptNumber: drafts[0].receiptNumber, birthDate: bodies[0]!.members[0]!.birthDate }), 404);

    // Another village is out of this operator's reach; a counter channel too.
    const elsewhere = families();
    if (elsewhere.address.villageCode !== village) {
      const refused = await http.post('/api/v1/applications', lurah, { serviceCode: 'kis_proposal', channel: 'kelurahan_batch', variantCode: 'ordinary', ...familyBody(elsewhere) });
      expectStatus(refused, 403);
    }
    expectStatus(await http.post('/api/v1/applications', lurah, { ...bodies[0], channel: 'counter' }), 403);

    const batches = await http.get('/api/v1/kelurahan-batches', lurah);
    expect(batches.body.batches).toHaveLength(1);
    expect(batches.body.batches[0]).toMatchObject({ villageCode: village, status: 'open', applications: 2 });
    // The batch's proposals, exactly, for the operator's screen; and the kelurahan channel alone.
    const batchId = batches.body.batches[0].id as string;
    const inBatch = await http.get(`/api/v1/applications?kelurahanBatchId=${batchId}`, lurah);
    expect(inBatch.body.items.map((a: { id: string }) => a.id).sort()).toEqual(drafts.map((d) => d.id).sort());
    expect(inBatch.body.items.every((a: { kelurahanBatchId: string }) => a.kelurahanBatchId === batchId)).toBe(true);
    const byChannel = await http.get('/api/v1/applications?channel=kelurahan_batch', w.as.front);
    expect(byChannel.body.items.every((a: { channel: string }) => a.channel === 'kelurahan_batch')).toBe(true);
    expectStatus(await http.get('/api/v1/applications?kelurahanBatchId=x', lurah), 400);
    const submitted = await http.post(`/api/v1/kelurahan-batches/${batches.body.batches[0].id}/submit`, lurah, { referenceNumber: '470/31/KL/2026', referenceDate: '2026-02-26' });
    expectStatus(submitted, 200);
    expect(submitted.body.receiptNumbers).toEqual(drafts.map((d) => d.receiptNumber));
    expectStatus(await http.post(`/api/v1/kelurahan-batches/${batches.body.batches[0].id}/submit`, lurah, {}), 409);

    const work = await http.get('/api/v1/worklist?role=front_office', w.as.front);
    expect(work.body.items[0].id).toBe(drafts[0].id); // the sick first

    for (const [i, d] of drafts.entries()) {
      const run = await drive(t, w, d.id, { kelurahan: lurah });
      expect(run.actions).toEqual(['check', 'draft_letter', 'approve_letter']);
      expect(run.statuses).toEqual(['submitted', 'checked', 'letter_drafted', 'completed']);
      expect(run.detail.letters[0]).toMatchObject({ kind: 'kis_proposal', status: 'signed' });
      expect(run.detail.plan.steps.map((s: { implied: string | null }) => s.implied !== null)).toEqual([true, true, true]);
      const intake = run.detail.events.filter((e: { action: string }) => e.action === 'submit').map((e: { stepCode: string }) => e.stepCode);
      expect(intake).toEqual(['go_to_kelurahan', 'kelurahan_entry', 'kelurahan_batch']);
      if (i === 0) {
        const pdf = await http.get(`/api/v1/letters/${run.detail.letters[0].id}/pdf`, w.as.front);
        await savePdf('palembang-kis-proposal', pdf.raw);
      }
    }
    // The operator sees the applications of its village, and not a counter application elsewhere.
    const mine = await http.get('/api/v1/applications', lurah);
    expect(mine.body.items.every((i: { villageCode: string }) => i.villageCode === village)).toBe(true);
  });

  it('data change recommendation: the letter lists the corrections', async () => {
    const res = await http.post('/api/v1/applications', w.as.front, {
      serviceCode: 'data_change_recommendation', ...familyBody(families()),
      details: {
        kisNumber: '0001234567890', referenceIssuer: 'Lurah Sukajaya', referenceNumber: '470/88/SKJ/2026', referenceDate: '2026-02-27',
        dataChanges: [{ field: 'Tanggal lahir', oldValue: '12-05-1980', newValue: '21-05-1980' }, { field: 'Nama', oldValue: 'Siti Aminah', newValue: 'Siti Aminah Lubis' }],
      },
    });
    expectStatus(res, 201);
    expect(res.body.application.dueAt).toBeNull(); // "Waktu penyelesaian" not stated
    const run = await drive(t, w, res.body.application.id);
    expect(run.actions).toEqual(['check', 'draft_letter', 'approve_letter', 'complete:hand_over']);
    expect(run.detail.letters[0]).toMatchObject({ kind: 'data_change_recommendation', status: 'signed' });
    const pdf = await http.get(`/api/v1/letters/${run.detail.letters[0].id}/pdf`, w.as.front);
    await savePdf('palembang-data-change', pdf.raw);
  });

  it('deactivation recommendation: the stamped exit form is required; returned without it', async () => {
    const res = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'deactivation_recommendation', ...familyBody(families()), details: { reason: 'Pindah menjadi peserta PBPU mandiri' } });
    const id = res.body.application.id;
    const d = await http.get(`/api/v1/applications/${id}`, w.as.front);
    const form = d.body.checklist.find((c: { code: string }) => c.code === 'exit_form');
    expect(form).toMatchObject({ materai: true, required: true });
    const returned = await http.post(`/api/v1/applications/${id}/check`, w.as.front, {
      version: 1,
      items: d.body.checklist.map((c: { code: string }) => (c.code === 'exit_form' ? { code: c.code, state: 'missing', reason: 'Formulir keluar PBI belum ditandatangani di atas meterai' } : { code: c.code, state: 'present' })),
    });
    expect(returned.body.status).toBe('returned');
    await uploadScan(t, w.as.front, id, { requirementCode: 'exit_form' });
    expectStatus(await http.post(`/api/v1/applications/${id}/resubmit`, w.as.front, { version: 2 }), 200);
    const run = await drive(t, w, id);
    expect(run.detail.status).toBe('completed');
    expect(run.detail.letters[0]).toMatchObject({ kind: 'deactivation_recommendation', status: 'signed' });
    const pdf = await http.get(`/api/v1/letters/${run.detail.letters[0].id}/pdf`, w.as.front);
    await savePdf('palembang-deactivation', pdf.raw);
  });
});
