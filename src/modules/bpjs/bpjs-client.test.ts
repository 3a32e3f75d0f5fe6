import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpParticipantClient } from './bpjs-http-client.js';
import type { BpjsParticipant } from './bpjs-participant.js';
import { createBpjsSimulator, type BpjsSimulator } from './bpjs-simulator.js';

const creds = { consId: '27182', secret: 'rahasia-kantor', userKey: 'uk-malinau' };

const maria: BpjsParticipant = {
  nik: '6502014101900001',
  name: 'MARIA UDAU',
  cardNumber: '0001234567890',
  status: 'AKTIF',
  active: true,
  segment: 'PBI (APBD)',
  class: 3,
  faskes: { code: '17050101', name: 'PUSKESMAS MALINAU KOTA' },
  since: '2024-02-01',
};
const former: BpjsParticipant = { ...maria, nik: '6502015505800002', name: 'YOHANES LAING', status: 'TIDAK AKTIF', active: false, segment: 'PBPU', class: 3 };

let sim: BpjsSimulator;
let baseUrl: string;
const client = (over: Partial<Parameters<typeof createHttpParticipantClient>[0]> = {}) =>
  createHttpParticipantClient({ ...creds, baseUrl, timeZone: 'Asia/Makassar', ...over });

beforeAll(async () => {
  sim = createBpjsSimulator({ ...creds, participants: new Map([maria, former].map((p) => [p.nik, p])) });
  baseUrl = (await sim.listen()) + '/vclaim-rest';
});
afterAll(() => sim.close());

describe('ParticipantStatusClient over HTTP, against the simulator', () => {
  it('finds an active PBI Daerah member', async () => {
    sim.setFailMode('none');
    expect(await client().byNik(maria.nik, '2026-03-16')).toEqual({ ok: true, participant: maria });
    expect(sim.requests.at(-1)).toEqual({ path: '/vclaim-rest/Peserta/nik/<nik>/tglSEP/2026-03-16', date: '2026-03-16', check: 'ok' });
  });

  it('reports an inactive member of another segment as found, not active', async () => {
    const result = await client().byNik(former.nik, '2026-03-16');
    expect(result).toMatchObject({ ok: true, participant: { status: 'TIDAK AKTIF', active: false, segment: 'PBPU' } });
  });

  it('answers null for a resident BPJS does not know', async () => {
    expect(await client().byNik('6502010101010001', '2026-03-16')).toEqual({ ok: true, participant: null });
  });

  it('asks for the service date of the office time zone', async () => {
    // 17:30 UTC on 15 March is already 16 March in Malinau (WITA, UTC+8).
    await client().byNik(maria.nik, new Date(Date.UTC(2026, 2, 15, 17, 30)));
    expect(sim.requests.at(-1)?.date).toBe('2026-03-16');
  });

  it('explains rejected credentials and lets intake continue', async () => {
    const result = await client({ secret: 'salah' }).byNik(maria.nik, '2026-03-16');
    expect(result).toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    if (!result.ok) {
      expect(result.message).toContain('menolak kredensial');
      expect(result.message).toContain('Pendaftaran tetap dapat dilanjutkan');
      expect(result.messageEn).toContain('Intake can continue');
    }
    expect(sim.requests.at(-1)?.check).toBe('bad_signature');
  });

  it('refuses a request signed with a clock an hour off', async () => {
    const result = await client({ now: () => Date.now() - 3_600_000 }).byNik(maria.nik, '2026-03-16');
    expect(result).toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    expect(sim.requests.at(-1)?.check).toBe('stale_timestamp');
  });

  it('gives up after the timeout with a clear message', async () => {
    sim.setFailMode('timeout');
    const started = Date.now();
    const result = await client({ timeoutMs: 300 }).byNik(maria.nik, '2026-03-16');
    sim.setFailMode('none');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ ok: false, code: 'BPJS_TIMEOUT' });
    if (!result.ok) expect(result.message).toMatch(/^Layanan BPJS Kesehatan tidak menjawab tepat waktu\. Pendaftaran tetap dapat dilanjutkan/);
  });

  it('treats a slow BPJS (delayMs) as a timeout', async () => {
    sim.setDelay(600);
    const result = await client({ timeoutMs: 200 }).byNik(maria.nik, '2026-03-16');
    sim.setDelay(0);
    expect(result).toMatchObject({ ok: false, code: 'BPJS_TIMEOUT' });
  });

  it('reports a BPJS server error as unavailable', async () => {
    sim.setFailMode('server_error');
    const result = await client().byNik(maria.nik, '2026-03-16');
    sim.setFailMode('none');
    expect(result).toMatchObject({ ok: false, code: 'BPJS_UNAVAILABLE' });
  });

  it('reports an unreadable answer as an error', async () => {
    sim.setFailMode('garbage');
    const result = await client().byNik(maria.nik, '2026-03-16');
    sim.setFailMode('none');
    expect(result).toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    if (!result.ok) expect(result.message).toContain('tidak dapat dibaca');
  });

  it('reports a closed port as unavailable', async () => {
    const closed = createBpjsSimulator({ ...creds, participants: new Map() });
    const url = await closed.listen();
    await closed.close();
    const result = await createHttpParticipantClient({ ...creds, baseUrl: url }).byNik(maria.nik, '2026-03-16');
    expect(result).toMatchObject({ ok: false, code: 'BPJS_UNAVAILABLE' });
  });

  it('does not call BPJS with a malformed NIK or date, and never throws', async () => {
    const before = sim.requests.length;
    await expect(client().byNik('65020141019', '2026-03-16')).resolves.toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    await expect(client().byNik(maria.nik, '16-03-2026')).resolves.toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    await expect(client().byNik(maria.nik, new Date(NaN))).resolves.toMatchObject({ ok: false, code: 'BPJS_ERROR' });
    expect(sim.requests.length).toBe(before);
  });

  it('uses a lookup function and sees the date asked for', async () => {
    const seen: string[] = [];
    const local = createBpjsSimulator({
      ...creds,
      participants: (nik, date) => {
        seen.push(date);
        return nik === maria.nik ? maria : null;
      },
    });
    const url = await local.listen();
    try {
      const c = createHttpParticipantClient({ ...creds, baseUrl: url });
      expect(await c.byNik(maria.nik, '2026-01-02')).toMatchObject({ ok: true, participant: { cardNumber: maria.cardNumber } });
      expect(seen).toEqual(['2026-01-02']);
    } finally {
      await local.close();
    }
  });
});
