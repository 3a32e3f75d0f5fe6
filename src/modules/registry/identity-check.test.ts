import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { TokenBucket } from './rate-limit.js';

const check = (t: TestApp, payload: unknown, headers: Record<string, string> = {}, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/identity/nik/check', payload: payload as object, headers, remoteAddress: ip });

describe('public NIK and KK checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  // The table of NIK cases.
  const cases: [string, { nik: string; birthDate?: string; sex?: 'M' | 'F' }, boolean, string | null][] = [
    ['valid man', { nik: '3575010101900001', birthDate: '1990-01-01', sex: 'M' }, true, null],
    ['valid woman (day + 40)', { nik: '3575014101900002', birthDate: '1990-01-01', sex: 'F' }, true, null],
    ['31 February', { nik: '3575013102900001' }, false, 'NIK_BIRTHDATE_INVALID'],
    ['day 72 for a woman', { nik: '3575017201900001' }, false, 'NIK_BIRTHDATE_INVALID'],
    ['unknown province', { nik: '9975010101900001' }, false, 'NIK_PROVINCE_UNKNOWN'],
    ['old North Kalimantan code (64.06 Malinau)', { nik: '6406010101900001' }, true, null],
    ['letters', { nik: '35750101O1900001' }, false, 'NIK_FORMAT'],
    ['15 digits', { nik: '357501010190001' }, false, 'NIK_FORMAT'],
    ['serial 0000', { nik: '3575010101900000' }, false, 'NIK_SERIAL_ZERO'],
    ['sex does not match', { nik: '3575010101900001', sex: 'F' }, false, 'NIK_SEX_MISMATCH'],
    ['birth date does not match', { nik: '3575010101900001', birthDate: '1990-01-02' }, false, 'NIK_BIRTHDATE_MISMATCH'],
  ];
  it.each(cases)('%s', async (_name, body, valid, code) => {
    const res = await check(t, body, {}, `10.1.0.${cases.findIndex((c) => c[1] === body)}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.valid).toBe(valid);
    if (code) expect(r.errors.map((e: { code: string }) => e.code)).toContain(code);
    else expect(r.errors).toEqual([]);
  });

  it('decodes birth date, sex and the issuing region, in Bahasa Indonesia or English', async () => {
    const woman = (await check(t, { nik: '3575014101900002' }, {}, '10.2.0.1')).json();
    expect(woman).toMatchObject({ valid: true, birthDate: '1990-01-01', sex: 'F', regionCode: '35.75.01' });
    expect(woman.regionName).toBeTruthy();
    const old = (await check(t, { nik: '6406010101900001' }, {}, '10.2.0.1')).json();
    expect(old.regionHistorical).toBe(true);
    const id = (await check(t, { nik: '357501010190001' }, {}, '10.2.0.1')).json();
    const en = (await check(t, { nik: '357501010190001' }, { 'accept-language': 'en' }, '10.2.0.1')).json();
    expect(id.errors[0].message).toMatch(/harus 16 digit/);
    expect(en.errors[0].message).toMatch(/must be 16 digits/);
  });

  it('checks KK numbers', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/identity/kk/check', payload: { kk: '3575022402160001' }, remoteAddress: '10.3.0.1' });
    expect(ok.json()).toMatchObject({ valid: true, recordedOn: '2016-02-24' });
    const nikAsKk = await t.app.inject({ method: 'POST', url: '/api/v1/identity/kk/check', payload: { kk: '3575014101900002' }, remoteAddress: '10.3.0.1' });
    expect(nikAsKk.json().errors[0].code).toBe('KK_DATE_INVALID');
  });

  it('refuses a malformed body with 400 and needs no login', async () => {
    const res = await check(t, { nik: 3575010101900001 }, {}, '10.4.0.1');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('limits each client address to 30 checks a minute, with the error shape and Retry-After', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 30; i++) expect((await check(t, { nik: '3575010101900001' }, {}, ip)).statusCode).toBe(200);
    const limited = await check(t, { nik: '3575010101900001' }, {}, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await check(t, { nik: '3575010101900001' }, {}, '10.9.9.8')).statusCode).toBe(200);
  });
});

describe('token bucket', () => {
  it('refills over time and bounds the number of keys', () => {
    let now = 0;
    const b = new TokenBucket({ capacity: 2, perMinute: 60, maxKeys: 2, now: () => now });
    expect(b.take('a')).toBe(0);
    expect(b.take('a')).toBe(0);
    expect(b.take('a')).toBe(1);
    now += 1000;
    expect(b.take('a')).toBe(0);
    b.take('b');
    b.take('c'); // evicts the least recently used ('a')
    expect(b.take('a')).toBe(0);
  });
});
