import { describe, expect, it } from 'vitest';
import { nikSchema } from './identity.schema.js';
import { identityNumberInvalid } from './identity.errors.js';
import { checkNik, maskNik, type NikCheckOptions } from './nik.js';

// A fixed "today" so the two-digit-year rule gives the same answers in every year the tests run.
const today = new Date('2026-01-01T00:00:00Z');

interface Case {
  name: string;
  nik: string;
  opts?: Omit<NikCheckOptions, 'today'>;
  valid: boolean;
  codes?: string[];
  birthDate?: string | null;
  sex?: 'M' | 'F' | null;
  regionCode?: string | null;
  message?: RegExp;
}

const cases: Case[] = [
  { name: 'valid man', nik: '3575010101900001', valid: true, birthDate: '1990-01-01', sex: 'M', regionCode: '35.75.01' },
  { name: 'valid woman (day + 40)', nik: '3575014101900002', valid: true, birthDate: '1990-01-01', sex: 'F' },
  { name: 'valid woman on the 31st (71)', nik: '5107017112850003', valid: true, birthDate: '1985-12-31', sex: 'F' },
  {
    name: '31 February',
    nik: '3575013102900001',
    valid: false,
    codes: ['NIK_BIRTHDATE_INVALID'],
    birthDate: null,
    message: /31-02-1990 tidak ada/,
  },
  {
    name: 'day 72 for a woman = 32',
    nik: '3575017201900001',
    valid: false,
    codes: ['NIK_BIRTHDATE_INVALID'],
    sex: null,
    message: /angka tanggal 72 berarti tanggal 32/,
  },
  { name: 'day 35 is neither sex', nik: '3575013501900001', valid: false, codes: ['NIK_BIRTHDATE_INVALID'], message: /01–31/ },
  { name: 'day 00', nik: '3575010001900001', valid: false, codes: ['NIK_BIRTHDATE_INVALID'] },
  { name: 'month 13', nik: '3575010113900001', valid: false, codes: ['NIK_BIRTHDATE_INVALID'], message: /bulan 13 tidak ada/ },
  { name: '29 Feb 2000 exists', nik: '3575012902000001', valid: true, birthDate: '2000-02-29' },
  { name: '29 Feb 2023 does not', nik: '3575012902230001', valid: false, codes: ['NIK_BIRTHDATE_INVALID'], message: /kabisat/ },
  {
    name: 'unknown province 99',
    nik: '9975010101900001',
    valid: false,
    codes: ['NIK_PROVINCE_UNKNOWN'],
    regionCode: null,
    message: /Kode provinsi 99/,
  },
  { name: 'unknown regency 35.99', nik: '3599010101900001', valid: false, codes: ['NIK_REGENCY_UNKNOWN'], message: /35\.99.*JAWA TIMUR/ },
  {
    name: 'old North Kalimantan code: Malinau 64.06 is valid, historical',
    nik: '6406024505800001',
    valid: true,
    sex: 'F',
    birthDate: '1980-05-05',
    regionCode: '64.06.02',
  },
  { name: 'old Tarakan code 64.73', nik: '6473010101900001', valid: true },
  { name: 'code 64.04 (Bulungan) is historical, not unknown', nik: '6404010101900001', valid: true },
  { name: 'letters', nik: '35750A0101900001', valid: false, codes: ['NIK_FORMAT'], message: /huruf "A" pada posisi ke-6/ },
  { name: 'letter O for zero', nik: '357501O101900001', valid: false, codes: ['NIK_FORMAT'], message: /huruf "O"/ },
  { name: '15 digits', nik: '357501010190001', valid: false, codes: ['NIK_FORMAT'], message: /harus 16 digit angka; yang dimasukkan 15 digit/ },
  { name: '17 digits', nik: '35750101019000011', valid: false, codes: ['NIK_FORMAT'], message: /17 digit/ },
  { name: 'spaces', nik: '3575 0101 0190 0001', valid: false, codes: ['NIK_FORMAT'], message: /spasi pada posisi ke-5/ },
  { name: 'empty', nik: '', valid: false, codes: ['NIK_FORMAT'], message: /wajib diisi/ },
  { name: 'Excel scientific notation', nik: '3,57501E+15', valid: false, codes: ['NIK_FORMAT'], message: /Excel/ },
  { name: 'serial 0000', nik: '3575010101900000', valid: false, codes: ['NIK_SERIAL_ZERO'], message: /0000/ },
  {
    name: 'birth date mismatch',
    nik: '3575010101900001',
    opts: { birthDate: '1990-01-02' },
    valid: false,
    codes: ['NIK_BIRTHDATE_MISMATCH'],
    message: /1990-01-02.*010190/,
  },
  {
    name: 'sex mismatch',
    nik: '3575010101900001',
    opts: { sex: 'F' },
    valid: false,
    codes: ['NIK_SEX_MISMATCH'],
    message: /perempuan.*laki-laki/,
  },
  { name: 'matching birth date and sex', nik: '3575014101900002', opts: { birthDate: '1990-01-01', sex: 'F' }, valid: true },
  {
    name: 'future-century choice: 25 → 2025 on 2026-01-01',
    nik: '3575011506250001',
    valid: true,
    birthDate: '2025-06-15',
  },
  {
    name: 'future-century choice: 2 Feb 26 is after today → 1926',
    nik: '3575010202260001',
    valid: true,
    birthDate: '1926-02-02',
  },
  { name: 'born today is not the future', nik: '3575010101260001', valid: true, birthDate: '2026-01-01' },
  {
    name: 'entered birth date settles the century (101 years old)',
    nik: '3575010101250001',
    opts: { birthDate: '1925-01-01' },
    valid: true,
    birthDate: '1925-01-01',
  },
  {
    name: 'malformed entered birth date',
    nik: '3575010101900001',
    opts: { birthDate: '01-01-1990' },
    valid: false,
    codes: ['BIRTHDATE_INPUT_INVALID'],
  },
  {
    name: 'all problems reported at once',
    nik: '3575010101900000',
    opts: { birthDate: '1991-01-01', sex: 'F' },
    valid: false,
    codes: ['NIK_BIRTHDATE_MISMATCH', 'NIK_SEX_MISMATCH', 'NIK_SERIAL_ZERO'],
  },
];

describe('checkNik', () => {
  it.each(cases)('$name', (c) => {
    const r = checkNik(c.nik, { ...c.opts, today });
    expect(r.valid).toBe(c.valid);
    expect(r.errors.map((e) => e.code)).toEqual(c.codes ?? []);
    if (c.birthDate !== undefined) expect(r.birthDate).toBe(c.birthDate);
    if (c.sex !== undefined) expect(r.sex).toBe(c.sex);
    if (c.regionCode !== undefined) expect(r.regionCode).toBe(c.regionCode);
    if (c.message) expect(r.errors.map((e) => e.message).join(' | ')).toMatch(c.message);
    for (const e of r.errors) {
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.messageEn.length).toBeGreaterThan(10);
    }
  });

  it('names the issuing region, marking historical codes with their current successor', () => {
    const r = checkNik('6406024505800001', { today });
    expect(r.issuingRegion).toMatchObject({
      regencyCode: '64.06',
      regencyName: 'KABUPATEN MALINAU',
      provinceName: 'KALIMANTAN TIMUR',
      historical: true,
      currentRegencyCode: '65.02',
      historicalUntil: 2012,
    });
    expect(r.regionName).toBe('KABUPATEN MALINAU');
    expect(r.provinceCode).toBe('64');
    expect(r.regencyCode).toBe('64.06');
  });

  it('names the district for current codes', () => {
    const r = checkNik('3575010101900001', { today });
    expect(r.regionName).toBe('Gadingrejo');
    expect(r.issuingRegion).toMatchObject({ regencyName: 'KOTA PASURUAN', provinceName: 'JAWA TIMUR', historical: false });
  });

  it('warns, without failing, on a district code not in the current list', () => {
    // Twice: the second call is served from the region cache and must warn all the same.
    for (let i = 0; i < 2; i++) {
      const r = checkNik('3575990101900001', { today });
      expect(r.valid).toBe(true);
      expect(r.warnings.map((w) => w.code)).toEqual(['NIK_DISTRICT_UNKNOWN']);
      expect(r.regionName).toBe('KOTA PASURUAN');
    }
  });

  it('uses the clock when no date is given', () => {
    expect(checkNik('3575010101900001').birthDate).toBe('1990-01-01');
  });
});

describe('maskNik', () => {
  it('shows the first 4 and last 4 digits', () => {
    expect(maskNik('3575010101900001')).toBe('3575••••••••0001');
  });
  it('hides all but the last 4 characters of malformed input', () => {
    expect(maskNik('357501010190001')).toBe('•••••••••••0001');
    expect(maskNik('123')).toBe('•••');
  });
});

describe('nikSchema and identityNumberInvalid', () => {
  it('carries the rule message in both languages and the code in params', () => {
    const parsed = nikSchema.safeParse('357501010190001');
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.message).toMatch(/^NIK harus 16 digit.* \/\/ NIK must be 16 digits/);
    expect((issue as { params?: { code?: string } }).params?.code).toBe('NIK_FORMAT');
    expect(nikSchema.safeParse('3575010101900001').success).toBe(true);
  });

  it('builds a DomainError with one detail per issue', () => {
    const r = checkNik('3575010101900000', { today, sex: 'F' });
    const err = identityNumberInvalid('members.0.nik', r.errors);
    expect(err.code).toBe('NIK_SEX_MISMATCH');
    expect(err.status).toBe(400);
    expect(err.details).toHaveLength(2);
    expect(err.messageIn('en')).toMatch(/sex/);
  });
});
