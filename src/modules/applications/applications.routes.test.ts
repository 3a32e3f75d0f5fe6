import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type SeedOfficeWorld } from './testing/fixtures.js';

/**
 * Intake, checklist, return and resubmission, tracking and the route statuses, on Pasuruan's standard
 * (seed 000): four services at the counter and on WhatsApp, one working day, proof of registration.
 */
describe('applications: intake, checklist, return, tracking', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-pasuruan');
    http = api(t);
  });
  afterAll(async () => t?.close());

  const newApplication = async (overrides: Record<string, unknown> = {}, size = 1) => {
    const body = { serviceCode: 'new_registration', channel: 'counter', ...familyBody(w.population.family(), size), ...overrides };
    return http.post('/api/v1/applications', w.as.front, body);
  };

  it('gives a readable receipt number unique in the office, due in one working day', async () => {
    const a = await newApplication();
    const b = await newApplication();
    expectStatus(a, 201);
    expect(a.body.application.receiptNumber).toMatch(/^PSR-\d{4}-\d{6}$/);
    expect(Number(b.body.application.receiptNumber.slice(-6))).toBe(Number(a.body.application.receiptNumber.slice(-6)) + 1);
    expect(a.body.application).toMatchObject({ status: 'submitted', currentStep: 'file_check', currentRole: 'front_office', priority: false });
    expect(a.body.application.dueAt).not.toBeNull();
  });

  it('returns an incomplete file with what is missing, then checks it again after resubmission', async () => {
    const created = await newApplication({}, 2);
    const id = created.body.application.id as string;
    const detail = await http.get(`/api/v1/applications/${id}`, w.as.front);
    expectStatus(detail, 200);
    expect(detail.body.checklist.map((c: { code: string }) => c.code)).toEqual(['kk_copy', 'identity_copy']);
    expect(detail.body.members).toHaveLength(2);

    const returned = await http.post(`/api/v1/applications/${id}/check`, w.as.front, {
      version: 1,
      items: [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'missing', reason: 'KIA anak belum dibawa' }],
    });
    expectStatus(returned, 200);
    expect(returned.body).toMatchObject({ status: 'returned', version: 2, currentRole: 'citizen' });

    const tracked = await http.post('/api/v1/track', null, { receiptNumber: created.body.application.receiptNumber, birthDate: detail.body.members.find((m: { isApplicant: boolean }) => m.isApplicant).birthDate });
    expectStatus(tracked, 200);
    expect(tracked.body).toMatchObject({ status: 'returned', officeName: expect.any(String) });
    expect(tracked.body.missing).toEqual([{ label: 'Fotokopi KTP elektronik/KIA/Akta kelahiran', reason: 'KIA anak belum dibawa' }]);
    expect(tracked.body.timeline.map((e: { status: string }) => e.status)).toEqual(['submitted', 'returned']);
    expect(tracked.body.nextStep).toMatch(/Lengkapi/);

    const early = await http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 2, items: [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present' }] });
    expectStatus(early, 409);
    expect(early.body.error.code).toBe('INVALID_TRANSITION');

    const back = await http.post(`/api/v1/applications/${id}/resubmit`, w.as.front, { version: 2 });
    expectStatus(back, 200);
    expect(back.body).toMatchObject({ status: 'submitted', currentStep: 'file_check' });
    const checked = await http.post(`/api/v1/applications/${id}/check`, w.as.front, {
      version: 3,
      items: [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present', alternative: 'KIA' }],
    });
    expectStatus(checked, 200);
    expect(checked.body).toMatchObject({ status: 'checked', currentStep: 'process' });

    const after = await http.get(`/api/v1/applications/${id}`, w.as.front);
    expect(after.body.returnCount).toBe(1);
    expect(after.body.events.filter((e: { stepCode: string }) => e.stepCode === 'file_check').map((e: { outcome: string }) => e.outcome)).toEqual(['incomplete', 'complete']);
    const notes = await t.database.query<{ template: string; message: string; status: string }>('SELECT template, message, status FROM notifications WHERE application_id = $1 ORDER BY id', [id]);
    expect(notes.map((n) => n.template)).toEqual(['submitted', 'returned', 'submitted', 'checked']);
    expect(notes[1]!.message).toContain('KIA anak belum dibawa');
    expect(notes.every((n) => n.status === 'sent')).toBe(true);
  });

  it('gives one answer for an unknown receipt and for a wrong birth date', async () => {
    const created = await newApplication();
    const wrongDate = await http.post('/api/v1/track', null, { receiptNumber: created.body.application.receiptNumber, birthDate: '1900-01-01' });
    const unknown = await http.post('/api/v1/track', null, { receiptNumber: 'PSR-1999-999999', birthDate: '1990-01-01' });
    expectStatus(wrongDate, 404);
    expectStatus(unknown, 404);
    expect(wrongDate.body).toEqual(unknown.body);
  });

  it('refuses: 400 bad input, 401 no session, 403 wrong role, 404 unknown id, 409 stale version', async () => {
    const bad = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration' });
    expectStatus(bad, 400);
    const noVariant = await newApplication({ variantCode: 'pbpu' });
    expectStatus(noVariant, 400);
    expect(noVariant.body.error.code).toBe('VARIANT_INVALID');
    const webChannel = await newApplication({ channel: 'kelurahan_batch' });
    expectStatus(webChannel, 400);
    expect(webChannel.body.error.code).toBe('CHANNEL_NOT_ALLOWED');
    const valid = { serviceCode: 'new_registration', ...familyBody(w.population.family()) };
    expectStatus(await http.post('/api/v1/applications', null, valid), 401);
    expectStatus(await http.post('/api/v1/applications', w.as.approver, valid), 403);
    expectStatus(await http.get('/api/v1/applications/00000000-0000-4000-8000-000000000000', w.as.front), 404);

    const created = await newApplication();
    const id = created.body.application.id;
    const wrongRole = await http.post(`/api/v1/applications/${id}/check`, w.as.back, { version: 1, items: [{ code: 'kk_copy', state: 'present' }] });
    expectStatus(wrongRole, 403);
    expect(wrongRole.body.error.code).toBe('STEP_ROLE_REQUIRED');
    const stale = await http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 7, items: [{ code: 'kk_copy', state: 'present' }] });
    expectStatus(stale, 409);
    expect(stale.body.error.code).toBe('APPLICATION_CHANGED');
    const unmarked = await http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 1, items: [{ code: 'kk_copy', state: 'present' }] });
    expectStatus(unmarked, 400);
    expect(unmarked.body.error.code).toBe('CHECKLIST_INVALID');
  });

  it('refuses a second open application of the same kind for the same person, and an outside KK', async () => {
    const f = familyBody(w.population.family());
    expectStatus(await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', ...f }), 201);
    const again = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', ...f });
    expectStatus(again, 409);
    expect(again.body.error.code).toBe('APPLICATION_ALREADY_OPEN');
    // Two counters taking in the same person at the same moment: one application, one refusal.
    const g = familyBody(w.population.family());
    const both = await Promise.all([0, 1].map(() => http.post('/api/v1/applications', w.as.front, { serviceCode: 'reactivation', ...g })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const outside = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', ...f, family: { ...f.family, villageCode: '51.07.01.2001' } });
    expectStatus(outside, 422);
    expect(outside.body.error.code).toBe('DOMICILE_OUTSIDE_REGION');
  });

  it('tells the counter at once that a person already has an open application for the service', async () => {
    const f = familyBody(w.population.family(), 2);
    const niks = f.members.map((m) => m.nik);
    const before = await http.post('/api/v1/applications/open-check', w.as.front, { serviceCode: 'new_registration', niks });
    expectStatus(before, 200);
    expect(before.body).toEqual({ open: [] });
    const created = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'new_registration', channel: 'counter', ...f });
    expectStatus(created, 201);
    const after = await http.post('/api/v1/applications/open-check', w.as.front, { serviceCode: 'new_registration', niks: [niks[1]!] });
    expect(after.body.open).toEqual([{ id: created.body.application.id, receiptNumber: created.body.application.receiptNumber }]);
    // Another service is another rule; a bad NIK is named; readers who take no applications are refused.
    expect((await http.post('/api/v1/applications/open-check', w.as.front, { serviceCode: 'reactivation', niks })).body).toEqual({ open: [] });
    const bad = await http.post('/api/v1/applications/open-check', w.as.front, { serviceCode: 'new_registration', niks: ['123'] });
    expectStatus(bad, 400);
    expect(bad.body.error.details[0]).toMatchObject({ field: 'niks.0', message: 'NIK harus 16 digit angka' });
    expectStatus(await http.post('/api/v1/applications/open-check', w.as.approver, { serviceCode: 'new_registration', niks }), 403);
  });

  it('lets exactly one of two officers acting at once win', async () => {
    const created = await newApplication();
    const id = created.body.application.id;
    const items = [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present' }];
    const [a, b] = await Promise.all([
      http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 1, items }),
      http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 1, items }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('APPLICATION_CHANGED');
    const events = await t.database.query<{ n: string }>('SELECT count(*) AS n FROM application_events WHERE application_id = $1 AND version = 2', [id]);
    expect(Number(events[0]!.n)).toBe(1);
  });

  it('lists and worklists applications, due-soon and overdue flagged', async () => {
    const list = await http.get('/api/v1/applications?status=submitted&limit=2', w.as.front);
    expectStatus(list, 200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toEqual(expect.any(String));
    const next = await http.get(`/api/v1/applications?status=submitted&limit=2&cursor=${list.body.nextCursor}`, w.as.front);
    expect(next.body.items[0].id).not.toBe(list.body.items[0].id);
    await t.database.query(`UPDATE applications SET due_at = now() - interval '1 hour' WHERE id = $1`, [list.body.items[0].id]);
    const work = await http.get('/api/v1/worklist?role=front_office', w.as.front);
    expectStatus(work, 200);
    const late = work.body.items.find((i: { id: string }) => i.id === list.body.items[0].id);
    expect(late.overdue).toBe(true);
    const overdue = await http.get('/api/v1/applications?overdue=true', w.as.front);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(list.body.items[0].id);
    expectStatus(await http.get('/api/v1/worklist?role=approver', w.as.front), 403);
  });

  it('renders the proof of registration as a PDF', async () => {
    const created = await newApplication();
    const pdf = await http.get(`/api/v1/applications/${created.body.application.id}/receipt.pdf`, w.as.front);
    expectStatus(pdf, 200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
