import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { api, expectStatus, familyBody, seedOfficeWorld, type Api, type Officer, type SeedOfficeWorld } from '../testing/fixtures.js';
import { multipartBody } from '../testing/multipart.js';

describe('application documents: upload, attach to the checklist, view (audited)', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let http: Api;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kab-karangasem');
    http = api(t);
    const created = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'termination', ...familyBody(w.population.family()) });
    expectStatus(created, 201);
    id = created.body.application.id;
  });
  afterAll(async () => t?.close());

  const upload = (as: Officer, fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }, app = id) => {
    const { payload, contentType } = multipartBody(fields, file);
    return t.app.inject({ method: 'POST', url: `/api/v1/applications/${app}/documents`, headers: { ...as.login.headers, 'content-type': contentType }, payload });
  };

  it('needs the stamped statement scanned before the termination file counts as complete', async () => {
    const items = ['kk_copy', 'ktp_copy', 'materai_statement'].map((code) => ({ code, state: 'present' }));
    const early = await http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 1, items });
    expectStatus(early, 400);
    expect(early.body.error.details.map((d: { code: string }) => d.code)).toEqual(['CHECK_MATERAI_DOCUMENT_REQUIRED']);

    const scan = await sharp({ create: { width: 2400, height: 3200, channels: 3, background: '#fafafa' } }).png().toBuffer();
    // A misleading name and type: the content decides.
    const res = await upload(w.as.front, { requirementCode: 'materai_statement' }, { name: 'C:\\Users\\warga\\surat-pernyataan.pdf', type: 'application/pdf', bytes: scan });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ requirementCode: 'materai_statement', purpose: 'requirement', mimeType: 'image/jpeg', width: 1500, height: 2000, originalName: 'surat-pernyataan.pdf' });

    const checked = await http.post(`/api/v1/applications/${id}/check`, w.as.front, { version: 1, items });
    expectStatus(checked, 200);
    expect(checked.body.status).toBe('checked');

    const content = await t.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}/content`, headers: { cookie: w.as.back.login.cookie } });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('image/jpeg');
    const audit = await t.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [doc.id]);
    expect(audit.map((a) => a.action)).toEqual(['document.uploaded', 'document.viewed']);
    const meta = await http.get(`/api/v1/documents/${doc.id}`, w.as.front);
    expectStatus(meta, 200);
    expect(meta.body.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses files that are not scans, requirements that are not on the checklist, and bodies that are not multipart', async () => {
    const other = await http.post('/api/v1/applications', w.as.front, { serviceCode: 'reactivation', ...familyBody(w.population.family()) });
    const otherId = other.body.application.id;
    const text = await upload(w.as.front, { requirementCode: 'kk_copy' }, { name: 'kk.jpg', type: 'image/jpeg', bytes: Buffer.from('not an image at all') }, otherId);
    expect(text.statusCode).toBe(400);
    expect(text.json().error.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    const unknown = await upload(w.as.front, { requirementCode: 'payment_receipt' }, { name: 'x.png', type: 'image/png', bytes: await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer() }, otherId);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('REQUIREMENT_UNKNOWN');
    const json = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${otherId}/documents`, headers: w.as.front.login.headers, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const approver = await upload(w.as.approver, { requirementCode: 'kk_copy' }, { name: 'x.png', type: 'image/png', bytes: Buffer.from('x') }, otherId);
    expect(approver.statusCode).toBe(403);
    const missing = await upload(w.as.front, { requirementCode: 'kk_copy' }, { name: 'x.png', type: 'image/png', bytes: Buffer.from('x') }, '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});
