import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { execRows } from '../../platform/db/client.js';
import { simulateBpjsAnswer, writeAnswerFile, type AnswerRow } from '../batches/edabu/index.js';
import { approvedFamily, batchWorld, type BatchWorld, type EnrolledPerson } from '../batches/batches.test-helpers.js';

let t: TestApp;
let w: BatchWorld;
let people: EnrolledPerson[];
const RECEIPT = 'MLN-2026-000042';

beforeAll(async () => {
  t = await createTestApp();
  w = await batchWorld(t, 'kab-malinau', 31);
  people = await approvedFamily(t, w, w.back, '2026-11-09T04:00:00Z');
  // An application behind the family, as the applications module leaves it when it hands the case to BPJS.
  const [app] = await execRows<{ id: string }>(t.database.db, sql`
    INSERT INTO applications (office_id, receipt_number, standard_id, service_code, channel, status, family, village_code, applicant_birth_date, applicant_name, contact_phone, received_at)
    SELECT ${w.officeId}, ${RECEIPT}, id, 'pbi-baru', 'counter', 'handed_to_bpjs', '{}'::jsonb, '65.02.01.1001', '1990-01-01', 'PEMOHON KARTU', '081234567890', '2026-11-09T03:00:00Z'
    FROM office_standards WHERE office_id = ${w.officeId} LIMIT 1 RETURNING id`);
  await t.database.db.execute(sql`UPDATE membership_events SET application_id = ${app!.id} WHERE office_id = ${w.officeId}`);
  const headers = w.back.headers;
  const batchId = (await t.app.inject({ method: 'GET', url: '/api/v1/batches', headers })).json().batches[0].id as string;
  for (const step of ['close', 'submit']) {
    if (step === 'submit') await t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}/export?changeType=new`, headers });
    await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/${step}`, headers });
  }
  const answers: AnswerRow[] = [];
  for await (const a of simulateBpjsAnswer(people.map((p) => ({ nik: p.nik, name: 'X' })), { rejectRate: 0, tmt: '2026-12-01' })) answers.push(a);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeAnswerFile(out, answers, 'csv');
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/batches/${batchId}/results`, headers: { ...headers, 'content-type': 'text/csv' }, payload: Buffer.concat(chunks) });
  if (res.statusCode !== 200) throw new Error(res.body);
  const arrived = await t.app.inject({ method: 'POST', url: '/api/v1/cards/arrivals', headers, payload: { batchId } });
  expect(arrived.json()).toMatchObject({ registered: people.length, notified: 1 });
}, 90_000);
afterAll(async () => t?.close());

describe('cards', () => {
  it('tells the applicant once that the card is ready, without NIK or name in the message', async () => {
    const rows = await execRows<{ template: string; recipient: string; message: string }>(t.database.db, sql`SELECT template, recipient, message FROM notifications WHERE office_id = ${w.officeId}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ template: 'card_ready', recipient: '081234567890' });
    expect(rows[0]!.message).toContain(RECEIPT);
    for (const p of people) expect(rows[0]!.message).not.toContain(p.nik);
    expect(rows[0]!.message).not.toContain('PEMOHON KARTU');
  });

  it('registers cards from a list of numbers and reports unknown ones', async () => {
    const [m] = await execRows<{ card_number: string }>(t.database.db, sql`SELECT card_number FROM memberships WHERE person_id = ${people[0]!.personId}`);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cards/arrivals', headers: w.front.headers, payload: { cardNumbers: [m!.card_number, '0009999999999'] } });
    expect(res.json()).toMatchObject({ registered: 0, alreadyRegistered: 1, unknown: ['0009999999999'] });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cards/arrivals', headers: w.front.headers, payload: { cardNumbers: ['12'] } })).statusCode).toBe(400);
  });

  it('guards the routes: 401, 403, 404, 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/cards' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/cards', headers: w.viewer.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/cards/00000000-0000-4000-8000-000000000000', headers: w.front.headers })).statusCode).toBe(404);
    const card = (await t.app.inject({ method: 'GET', url: '/api/v1/cards', headers: w.front.headers })).json().cards[0];
    expect(card.nik).toContain('•');
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/cards/${card.id}/handover`, headers: w.front.headers, payload: { receiverName: 'A', receiverRelation: 'self', identityChecked: true, signedOnPaper: true } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/cards/${card.id}/handover`, headers: w.front.headers, payload: { receiverName: 'Pemilik Kartu', receiverRelation: 'self', identityChecked: true, signedOnPaper: true } });
    expect(ok.json()).toMatchObject({ signed: true, identityChecked: true });
  });

  it('lists the registration in the buku agenda', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reports/register?month=2026-11&format=xlsx', headers: w.viewer.headers });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(3).getCell(2).value).toBe(RECEIPT);
    const pdf = await t.app.inject({ method: 'GET', url: '/api/v1/reports/register?month=2026-11', headers: w.viewer.headers });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
