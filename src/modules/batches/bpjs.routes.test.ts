import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { execRows } from '../../platform/db/client.js';
import { createBpjsSimulator, type BpjsParticipant, type BpjsSimulator } from '../bpjs/index.js';
import { batchWorld, type BatchWorld } from './batches.test-helpers.js';
import { closeDemoSimulator } from './bpjs-settings.js';

const CREDS = { consId: 'malinau-cons', secret: 'rahasia-sekali', userKey: 'kunci-pengguna' };
const NIK = '6502014101900001';
const member: BpjsParticipant = { nik: NIK, name: 'MARIA UDAU', cardNumber: '0001234567890', status: 'AKTIF', active: true, segment: 'PBI (APBD)', class: 3, faskes: { code: '17050101', name: 'PUSKESMAS MALINAU KOTA' }, since: '2026-12-01' };

let t: TestApp;
let w: BatchWorld;
let sim: BpjsSimulator;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await batchWorld(t, 'kab-malinau', 21);
  sim = createBpjsSimulator({ ...CREDS, participants: new Map([[NIK, member]]) });
  url = await sim.listen();
}, 60_000);
afterAll(async () => {
  await sim?.close();
  await closeDemoSimulator();
  await t?.close();
});

const check = (nik: string, who = w.front) => t.app.inject({ method: 'POST', url: '/api/v1/bpjs/participant', headers: who.headers, payload: { nik } });
const put = (body: unknown, who = w.admin) => t.app.inject({ method: 'PUT', url: '/api/v1/bpjs/settings', headers: who.headers, payload: body as object });

describe('BPJS participant check at the counter', () => {
  it('without credentials: a clear message in production, the shipped simulator in demo (never a 5xx)', async () => {
    const config = t.config as { demo: boolean };
    const demo = config.demo;
    try {
      config.demo = false;
      const res = await check(NIK);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ ok: false, code: 'BPJS_NOT_CONFIGURED' });
      config.demo = true;
      // The demo simulator answers from our own registry, where this NIK has no card.
      expect((await check(NIK)).json()).toMatchObject({ ok: true, found: false });
    } finally {
      config.demo = demo;
    }
  });

  it('lets only the office admin set credentials, stores them encrypted and never returns them', async () => {
    expect((await put({ webService: { baseUrl: url, ...CREDS } }, w.back)).statusCode).toBe(403);
    expect((await put({ webService: { baseUrl: 'ftp://x', ...CREDS } })).statusCode).toBe(400);
    const res = await put({ webService: { baseUrl: url, ...CREDS } });
    expect(res.statusCode).toBe(200);
    expect(res.json().webService).toEqual({ baseUrl: url, consId: CREDS.consId, credentialsSet: true });
    expect(res.body).not.toContain(CREDS.secret);
    const [row] = await execRows<{ ws_secret_enc: string; ws_user_key_enc: string }>(t.database.db, sql`SELECT ws_secret_enc, ws_user_key_enc FROM bpjs_office_settings WHERE office_id = ${w.officeId}`);
    expect(row!.ws_secret_enc).not.toContain(CREDS.secret);
    expect(row!.ws_user_key_enc).not.toContain(CREDS.userKey);
    const audit = await execRows<{ after: unknown }>(t.database.db, sql`SELECT after FROM audit_log WHERE action = 'bpjs.settings_changed'`);
    expect(JSON.stringify(audit)).not.toContain(CREDS.secret);
  });

  it('shows a member’s status through the signed, encrypted protocol; an unknown NIK is "not found"', async () => {
    const res = await check(NIK);
    expect(res.json()).toMatchObject({ ok: true, found: true, participant: { cardNumber: '0001234567890', active: true } });
    expect((await check('6502014101900002')).json()).toMatchObject({ ok: true, found: false, participant: null });
    expect(sim.requests.every((r) => !r.path.includes(NIK) || r.check === 'ok')).toBe(true);
  });

  it('turns BPJS failures into a message and lets intake continue', async () => {
    sim.setFailMode('server_error');
    const res = await check(NIK);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, code: 'BPJS_UNAVAILABLE' });
    expect(res.json().message).toContain('tetap dapat dilanjutkan');
    sim.setFailMode('none');
    await put({ webService: { baseUrl: url, ...CREDS, secret: 'salah' } });
    expect((await check(NIK)).json()).toMatchObject({ ok: false, code: 'BPJS_ERROR' });
  });

  it('400 for a malformed NIK, 401 without a session, 403 for a report viewer', async () => {
    expect((await check('12345')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/bpjs/participant', payload: { nik: NIK } })).statusCode).toBe(401);
    expect((await check(NIK, w.viewer)).statusCode).toBe(403);
  });
});
