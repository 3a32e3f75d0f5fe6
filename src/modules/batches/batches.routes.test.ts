import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { execRows } from '../../platform/db/client.js';
import { approvedFamily, batchWorld, type BatchWorld, type EnrolledPerson } from './batches.test-helpers.js';

let t: TestApp;
let w: BatchWorld;
let people: EnrolledPerson[];
let noFaskes: EnrolledPerson[];
let batchId: string;
const TEMPLATE = new URL('./edabu/templates/data-baru.xlsx', import.meta.url);

beforeAll(async () => {
  t = await createTestApp();
  w = await batchWorld(t, 'kab-malinau', 11);
  noFaskes = await approvedFamily(t, w, w.back, '2026-11-04T04:00:00Z', { withFaskes: false });
  people = [...(await approvedFamily(t, w, w.back, '2026-11-03T04:00:00Z')), ...noFaskes];
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/batches', headers: w.back.headers });
  batchId = list.json().batches[0].id;
  await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/close`, headers: w.back.headers });
}, 60_000);
afterAll(async () => t?.close());

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v));

describe('batch routes', () => {
  it('401 without a session, 403 for roles outside the back office', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/batches' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/batches', headers: w.front.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/close`, headers: w.viewer.headers })).statusCode).toBe(403);
  });

  it('404 for an unknown batch, 400 for a malformed id or change type', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/batches/00000000-0000-4000-8000-000000000000', headers: w.back.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/batches/nope', headers: w.back.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}/export?changeType=other`, headers: w.back.headers })).statusCode).toBe(400);
  });

  it('refuses to export a batch with invalid rows and lists the errors per row', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}/export?changeType=new`, headers: w.back.headers });
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('BATCH_HAS_INVALID_ROWS');
    const fields = body.details as { field: string; position: number; sheetRow: number }[];
    expect(fields).toHaveLength(noFaskes.length);
    expect(fields.every((d) => d.field.endsWith('.faskesCode'))).toBe(true);
    expect(fields[0]!.sheetRow).toBe(fields[0]!.position + 8);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}`, headers: w.back.headers })).json().status).toBe('closed');
  });

  it('once the data is fixed, the exported form matches the BPJS template row for row', async () => {
    await t.database.db.execute(sql`UPDATE memberships SET faskes_id = ${w.faskesId} WHERE office_id = ${w.officeId}`);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}/export?changeType=new`, headers: w.back.headers });
    expect(res.statusCode).toBe(200);
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ref = new ExcelJS.Workbook();
    await ref.xlsx.readFile(TEMPLATE.pathname);
    const a = ours.worksheets[0]!;
    const b = ref.worksheets[0]!;
    expect(a.name).toBe(b.name);
    for (let r = 1; r <= 5; r++) expect(cellText(a.getCell(r, 1).value)).toBe(cellText(b.getCell(r, 1).value));
    const width = b.getRow(7).cellCount;
    for (let c = 1; c <= width; c++) {
      expect(cellText(a.getCell(7, c).value).trim()).toBe(cellText(b.getCell(7, c).value).trim());
      expect(cellText(a.getCell(8, c).value)).toBe(cellText(b.getCell(8, c).value));
    }
    expect(people.map((p) => p.nik)).toContain(cellText(a.getCell(9, 5).value));
  });

  it('409 for lifecycle steps out of order; an unconfigured office cannot export', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/reconcile`, headers: w.back.headers })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/close`, headers: w.back.headers })).statusCode).toBe(409);
    await t.database.db.execute(sql`UPDATE bpjs_office_settings SET kc_code = NULL WHERE office_id = ${w.officeId}`);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}/export?changeType=new`, headers: w.back.headers });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('BPJS_OFFICE_CODES_MISSING');
  });

  it('400 for an answer file without the required columns', async () => {
    await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/submit`, headers: w.back.headers });
    const [b] = await execRows<{ status: string }>(t.database.db, sql`SELECT status FROM batches WHERE id = ${batchId}`);
    expect(b!.status).toBe('submitted');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/results`, headers: { ...w.back.headers, 'content-type': 'text/csv' }, payload: 'A,B\n1,2\n' });
    expect(res.statusCode).toBe(400);
  });
});
