import { describe, expect, it } from 'vitest';
import { kkSchema } from './identity.schema.js';
import { checkKk } from './kk.js';

const today = new Date('2026-01-01T00:00:00Z');

const cases: Array<{ name: string; kk: string; valid: boolean; codes?: string[]; recordedOn?: string | null; message?: RegExp }> = [
  { name: 'valid', kk: '3575011505150001', valid: true, recordedOn: '2015-05-15' },
  { name: 'Karangasem', kk: '5107030712180004', valid: true, recordedOn: '2018-12-07' },
  { name: 'historical Tarakan code 64.73 (KK from 2010)', kk: '6473011505100001', valid: true, recordedOn: '2010-05-15' },
  { name: 'historical Papua code 91.01 (Merauke before 2022)', kk: '9101010203200001', valid: true },
  { name: '15 digits', kk: '357501150515000', valid: false, codes: ['KK_FORMAT'], message: /Nomor KK harus 16 digit angka; yang dimasukkan 15 digit/ },
  { name: 'letters', kk: '3575O11505150001', valid: false, codes: ['KK_FORMAT'], message: /huruf "O"/ },
  { name: 'unknown province', kk: '9975011505150001', valid: false, codes: ['KK_PROVINCE_UNKNOWN'] },
  { name: 'unknown regency', kk: '3599011505150001', valid: false, codes: ['KK_REGENCY_UNKNOWN'] },
  {
    name: 'day + 40 means a NIK was typed',
    kk: '3575015505150001',
    valid: false,
    codes: ['KK_DATE_INVALID'],
    message: /tanpa tambahan 40.*NIK\?/,
  },
  { name: '31 April', kk: '3575013104150001', valid: false, codes: ['KK_DATE_INVALID'], message: /31-04-2015 tidak ada/ },
  { name: 'month 00', kk: '3575011500150001', valid: false, codes: ['KK_DATE_INVALID'] },
  { name: 'day 32', kk: '3575013201150001', valid: false, codes: ['KK_DATE_INVALID'] },
  { name: 'serial 0000', kk: '3575011505150000', valid: false, codes: ['KK_SERIAL_ZERO'] },
  { name: 'today is allowed', kk: '3575010101260001', valid: true, recordedOn: '2026-01-01' },
  { name: 'two-digit year never in the future', kk: '3575010202260001', valid: true, recordedOn: '1926-02-02' },
];

describe('checkKk', () => {
  it.each(cases)('$name', (c) => {
    const r = checkKk(c.kk, { today });
    expect(r.valid).toBe(c.valid);
    expect(r.errors.map((e) => e.code)).toEqual(c.codes ?? []);
    if (c.recordedOn !== undefined) expect(r.recordedOn).toBe(c.recordedOn);
    if (c.message) expect(r.errors.map((e) => e.message).join(' | ')).toMatch(c.message);
  });

  it('reports the issuing region of a historical code', () => {
    const r = checkKk('9101010203200001', { today });
    expect(r.issuingRegion).toMatchObject({ regencyName: 'KABUPATEN MERAUKE', historical: true, currentRegencyCode: '93.01' });
  });

  it('kkSchema rejects what checkKk rejects', () => {
    expect(kkSchema.safeParse('3575011505150000').success).toBe(false);
    expect(kkSchema.safeParse('3575011505150001').success).toBe(true);
  });
});
