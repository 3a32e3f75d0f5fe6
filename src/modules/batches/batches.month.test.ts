import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { execRows } from '../../platform/db/client.js';
import { simulateBpjsAnswer, writeAnswerFile, type AnswerRow } from './edabu/index.js';
import { approvedFamily, batchWorld, type BatchWorld, type EnrolledPerson } from './batches.test-helpers.js';

/**
 * A month at Dinkes PPKB Malinau (seed 004): files received on days 1–20 go to BPJS on the 20th; a file
 * received on the 21st waits for next month's batch.
 */
let t: TestApp;
let w: BatchWorld;
let early: EnrolledPerson[];
let urgent: EnrolledPerson[];
let late: EnrolledPerson[];
let afterClose: EnrolledPerson[] = [];
let batchId: string;
let answerFile: Buffer;

// Malinau keeps WITA (UTC+8): 12:00 local is 04:00Z.
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T04:00:00Z`;

async function toBuffer(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await batchWorld(t);
  early = [...(await approvedFamily(t, w, w.back, day(1))), ...(await approvedFamily(t, w, w.back, day(20)))];
  urgent = await approvedFamily(t, w, w.back, day(15), { priority: true });
  late = await approvedFamily(t, w, w.back, day(21));
}, 60_000);
afterAll(async () => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: w.back.headers });
const post = (url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...w.back.headers, ...headers }, ...(payload === undefined ? {} : { payload: payload as string }) });

describe('a Malinau month', () => {
  it('puts days 1–20 in November’s batch and the 21st in December’s', async () => {
    const res = await get('/api/v1/batches');
    expect(res.statusCode).toBe(200);
    const list = res.json().batches as { id: string; period: string; itemCount: number; priorityCount: number; closesAt: string; status: string }[];
    const nov = list.find((b) => b.period === '2026-11')!;
    const dec = list.find((b) => b.period === '2026-12')!;
    expect(nov).toMatchObject({ status: 'open', closesAt: '2026-11-20', itemCount: early.length + urgent.length, priorityCount: urgent.length });
    expect(dec).toMatchObject({ status: 'open', closesAt: '2026-12-20', itemCount: late.length });
    batchId = nov.id;
  });

  it('refuses to export an open batch, closes it once, and puts emergencies first', async () => {
    expect((await get(`/api/v1/batches/${batchId}/export?changeType=new`)).statusCode).toBe(409);
    const closed = await post(`/api/v1/batches/${batchId}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect((await post(`/api/v1/batches/${batchId}/close`)).statusCode).toBe(409);
    const order = await execRows<{ person_id: string; position: number }>(t.database.db, sql`
      SELECT person_id, position FROM batch_items WHERE batch_id = ${batchId} ORDER BY position`);
    expect(order.slice(0, urgent.length).map((r) => r.person_id).sort()).toEqual(urgent.map((u) => u.personId).sort());
    expect(order.map((r) => r.position)).toEqual(order.map((_, i) => i + 1));
    // A new approval after closing goes to the next open batch, never into the closed one.
    const after = await approvedFamily(t, w, w.back, day(10));
    afterClose = after;
    await get('/api/v1/batches');
    const [row] = await execRows<{ period: string }>(t.database.db, sql`
      SELECT b.period FROM batch_items i JOIN batches b ON b.id = i.batch_id WHERE i.membership_event_id = ${after[0]!.eventId}`);
    expect(row!.period).toBe('2026-12');
  });

  it('exports the e-Dabu XLSX with the office header, emergencies in the first rows', async () => {
    const res = await get(`/api/v1/batches/${batchId}/export?changeType=new&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('edabu-2026-11-1-new.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('C1').value)).toBe('65020001');
    const firstNik = String(ws.getRow(9).getCell(5).value);
    expect(urgent.map((u) => u.nik)).toContain(firstNik);
    expect(ws.getRow(9 + early.length + urgent.length).getCell(5).value ?? null).toBeNull();
    const csv = await get(`/api/v1/batches/${batchId}/export?changeType=new&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(early[0]!.nik);
    expect((await get(`/api/v1/batches/${batchId}`)).json().status).toBe('exported');
  });

  it('imports BPJS’s answer: accepted rows become active members, rejected rows go to the worklist', async () => {
    expect((await post(`/api/v1/batches/${batchId}/results`, 'x', { 'content-type': 'text/csv' })).statusCode).toBe(409);
    expect((await post(`/api/v1/batches/${batchId}/submit`)).json().status).toBe('submitted');
    const everyone = [...urgent, ...early];
    const rows = everyone.map((p) => ({ nik: p.nik, faskesCode: '17050101', name: 'X' }));
    const answers: AnswerRow[] = [];
    for await (const a of simulateBpjsAnswer(rows, { seed: 3, rejectRate: 0, rejectNiks: [early[0]!.nik], tmt: '2026-12-01' })) answers.push(a);
    // BPJS lists one row twice and one person who was never sent.
    answers.push({ ...answers[1]! }, { nik: '6502019999990001', cardNumber: '0001999999999', status: 'DITERIMA', tmt: '2026-12-01', faskesCode: null, note: null });
    answerFile = await toBuffer((out) => writeAnswerFile(out, answers, 'xlsx'));
    const res = await post(`/api/v1/batches/${batchId}/results`, answerFile as never, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ alreadyImported: false, accepted: everyone.length - 1, rejected: 1, problems: { unknown: 1, duplicate: 1 } });
    const [m] = await execRows<{ status: string; card_number: string; effective_from: string }>(t.database.db, sql`
      SELECT status, card_number, to_char(effective_from, 'YYYY-MM-DD') AS effective_from FROM memberships WHERE person_id = ${urgent[0]!.personId}`);
    expect(m).toMatchObject({ status: 'active', effective_from: '2026-12-01' });
    expect(m!.card_number).toMatch(/^\d{13}$/);
    const rej = await get(`/api/v1/batches/${batchId}/rejections`);
    expect(rej.json().rejections).toHaveLength(1);
    expect(rej.json().rejections[0].reason).toContain('Dukcapil');
    expect(rej.json().rejections[0].nik).not.toBe(early[0]!.nik);
    const resolveUrl = `/api/v1/batches/${batchId}/rejections/${rej.json().rejections[0].itemId}/resolve`;
    expect((await post(resolveUrl, { note: 'NIK diperbaiki sesuai KK baru' })).statusCode).toBe(200);
    expect((await post(resolveUrl, { note: 'lagi' })).statusCode).toBe(409);
    expect((await get(`/api/v1/batches/${batchId}/rejections`)).json().rejections).toHaveLength(0);
    expect((await get(`/api/v1/batches/${batchId}/rejections?includeResolved=true`)).json().rejections[0].resolved).toBe(true);
  });

  it('imports the same file twice without changing anything, then reconciles', async () => {
    const before = await execRows<{ n: string }>(t.database.db, sql`SELECT count(*)::text AS n FROM audit_log`).catch(() => [{ n: '0' }]);
    const again = await post(`/api/v1/batches/${batchId}/results`, answerFile as never, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(again.statusCode).toBe(200);
    expect(again.json().alreadyImported).toBe(true);
    const after = await execRows<{ n: string }>(t.database.db, sql`SELECT count(*)::text AS n FROM audit_log`).catch(() => [{ n: '0' }]);
    expect(after[0]!.n).toBe(before[0]!.n);
    const rec = await post(`/api/v1/batches/${batchId}/reconcile`);
    expect(rec.statusCode).toBe(200);
    expect(rec.json()).toMatchObject({ status: 'reconciled', acceptedCount: urgent.length + early.length - 1, rejectedCount: 1 });
  });

  it('registers the cards that came back and hands one over, replacing the pick-up register', async () => {
    const arrived = await post('/api/v1/cards/arrivals', { batchId });
    expect(arrived.statusCode).toBe(200);
    const accepted = urgent.length + early.length - 1;
    expect(arrived.json()).toMatchObject({ registered: accepted, alreadyRegistered: 0 });
    expect((await post('/api/v1/cards/arrivals', { batchId })).json()).toMatchObject({ registered: 0, alreadyRegistered: accepted });
    const waiting = (await get('/api/v1/cards?status=waiting')).json().cards as { id: string; personId: string; nik: string }[];
    expect(waiting).toHaveLength(accepted);
    expect(waiting.map((c) => c.personId)).not.toContain(early[0]!.personId);
    const card = waiting.find((c) => c.personId === urgent[0]!.personId)!;
    const url = `/api/v1/cards/${card.id}/handover`;
    const body = { receiverName: 'Yohana Laing', receiverRelation: 'istri', identityChecked: true, signature: 'data:image/png;base64,iVBORw0KGgo=' };
    expect((await post(url, { ...body, identityChecked: false })).statusCode).toBe(400);
    expect((await post(url, { ...body, signature: undefined })).statusCode).toBe(400);
    const handed = await post(url, body);
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ receiverName: 'Yohana Laing', receiverRelation: 'istri', signed: true });
    expect((await post(url, body)).statusCode).toBe(409);
    expect((await get('/api/v1/cards?status=waiting')).json().cards).toHaveLength(accepted - 1);
    expect((await get('/api/v1/cards?status=handed')).json().cards[0].id).toBe(card.id);
  });

  it('reports the month: new members, emergencies and rejections by village and service, as JSON, XLSX and PDF', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reports/membership?month=2026-11', headers: w.viewer.headers });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    // The 21st's family was received in November (it is reported in November) but goes to BPJS in December.
    const november = early.length + urgent.length + late.length + afterClose.length;
    expect(r.totals).toMatchObject({ new: november, total: november, emergency: urgent.length, rejected: 1, accepted: early.length + urgent.length - 1 });
    expect(r.byVillage.reduce((n: number, v: { total: number }) => n + v.total, 0)).toBe(r.totals.total);
    expect(r.byService[0].serviceCode).toBe('registry');
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/reports/membership?month=2026-11&format=xlsx', headers: w.viewer.headers });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Ringkasan')!.getRow(5).getCell(2).value).toBe(r.totals.new);
    const pdf = await t.app.inject({ method: 'GET', url: '/api/v1/reports/membership?month=2026-11&format=pdf', headers: w.viewer.headers });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.REPORT_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.REPORT_PDF_OUT, pdf.rawPayload);
    const register = await t.app.inject({ method: 'GET', url: '/api/v1/reports/register?month=2026-11', headers: w.viewer.headers });
    expect(register.statusCode).toBe(200);
    expect(register.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/membership?month=2026-13', headers: w.viewer.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/membership?month=2026-11', headers: w.front.headers })).statusCode).toBe(403);
  });
});
