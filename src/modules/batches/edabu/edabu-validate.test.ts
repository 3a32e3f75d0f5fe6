import { describe, expect, it } from 'vitest';
import { validateBatchRows } from './edabu-batch-validate.js';
import { CHANGE_TYPES, EDABU_TEMPLATES } from './edabu-templates.js';
import { isIsoDate, validateEdabuOffice, validateEdabuRow } from './edabu-validate.js';
import { buildEdabuOffice, buildEdabuRow, buildMemberRow } from './edabu.fixtures.js';

const today = '2026-03-15';
const codes = (errors: { field: string; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('edabu templates data', () => {
  it('describes 36 columns per form, numbered 1–35 with Nama Kecamatan unnumbered', () => {
    for (const type of CHANGE_TYPES) {
      const t = EDABU_TEMPLATES[type];
      expect(t.columns).toHaveLength(36);
      expect(t.columns.map((c) => c.position)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
      expect(t.columns.filter((c) => c.number === null).map((c) => c.title)).toEqual(['Nama Kecamatan']);
      expect(t.columns.flatMap((c) => (c.number === null ? [] : [c.number]))).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    }
  });

  it('leaves wage-earner columns without a source', () => {
    const t = EDABU_TEMPLATES.new;
    for (const title of ['NIP lama', 'NIP baru', 'Golongan', 'Gaji Pokok', 'No NPWP']) {
      expect(t.columns.find((c) => c.title === title)?.key).toBeNull();
    }
  });

  it('carries the Jenis Mutasi codes of the forms', () => {
    expect(EDABU_TEMPLATES.new.mutationCode).toBeNull();
    expect(EDABU_TEMPLATES.identity_change.mutationCode).toBe('1');
    expect(EDABU_TEMPLATES.address_change.mutationCode).toBe('2');
    expect(EDABU_TEMPLATES.deactivate_month_end.mutationCode).toBe('5');
    expect(EDABU_TEMPLATES.deactivate_death.mutationCode).toBe('6');
  });
});

describe('validateEdabuRow', () => {
  it('accepts a complete new member', () => {
    expect(validateEdabuRow(buildEdabuRow(), 'new', { today })).toEqual([]);
  });

  it('requires 16 digits for NIK and KK, naming the form column', () => {
    const errors = validateEdabuRow(buildEdabuRow(0, { nik: '650201410190001', kkNumber: '65020101011500AB' }), 'new', { today });
    expect(errors).toContainEqual({ field: 'nik', code: 'EDABU_DIGITS', message: 'NIK harus 16 angka.', column: 5 });
    expect(codes(errors)).toContain('kkNumber:EDABU_DIGITS');
  });

  it('requires enrolment fields for a new member but not for a deactivation', () => {
    const row = buildMemberRow(0, { faskesCode: null, birthDate: null, address: '' });
    expect(codes(validateEdabuRow(row, 'new', { today }))).toEqual(
      expect.arrayContaining(['faskesCode:EDABU_REQUIRED', 'birthDate:EDABU_REQUIRED', 'address:EDABU_REQUIRED']),
    );
    expect(validateEdabuRow(row, 'deactivate_month_end', { today })).toEqual([]);
  });

  it('requires the Nomor JKN to change an existing member', () => {
    const errors = validateEdabuRow(buildEdabuRow(), 'address_change', { today });
    expect(codes(errors)).toEqual(['cardNumber:EDABU_REQUIRED']);
    expect(codes(validateEdabuRow(buildMemberRow(0, { cardNumber: '12345' }), 'identity_change', { today }))).toEqual([
      'cardNumber:EDABU_DIGITS',
    ]);
  });

  it('requires a plausible death date for a death deactivation', () => {
    expect(codes(validateEdabuRow(buildMemberRow(), 'deactivate_death', { today }))).toEqual(['deathDate:EDABU_REQUIRED']);
    expect(codes(validateEdabuRow(buildMemberRow(0, { deathDate: '1989-12-31' }), 'deactivate_death', { today }))).toEqual([
      'deathDate:EDABU_DEATH_BEFORE_BIRTH',
    ]);
    expect(codes(validateEdabuRow(buildMemberRow(0, { deathDate: '2026-03-16' }), 'deactivate_death', { today }))).toEqual([
      'deathDate:EDABU_DATE_IN_FUTURE',
    ]);
    expect(validateEdabuRow(buildMemberRow(0, { deathDate: '2026-03-15' }), 'deactivate_death', { today })).toEqual([]);
  });

  it('rejects impossible dates, unknown codes, formula-like text and other classes', () => {
    const row = buildEdabuRow(0, {
      birthDate: '2023-02-29',
      sex: 'X' as never,
      name: '=HYPERLINK("x")',
      careClass: 1 as never,
      rt: '0001',
    });
    expect(codes(validateEdabuRow(row, 'new', { today }))).toEqual(
      expect.arrayContaining([
        'birthDate:EDABU_DATE_FORMAT',
        'sex:EDABU_CODE_UNKNOWN',
        'name:EDABU_INVALID_TEXT',
        'careClass:EDABU_CARE_CLASS',
        'rt:EDABU_DIGITS',
      ]),
    );
  });

  it('rejects a birth date after today', () => {
    expect(codes(validateEdabuRow(buildEdabuRow(0, { birthDate: '2026-03-16' }), 'new', { today }))).toEqual([
      'birthDate:EDABU_DATE_IN_FUTURE',
    ]);
  });

  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
  });

  it('requires the five office header values', () => {
    expect(validateEdabuOffice(buildEdabuOffice())).toEqual([]);
    expect(validateEdabuOffice(buildEdabuOffice({ kcCode: ' ' })).map((e) => e.field)).toEqual(['office.kcCode']);
  });
});

describe('validateBatchRows', () => {
  it('reports every invalid row with its No Urut and sheet row', async () => {
    const rows = [buildEdabuRow(0), buildEdabuRow(1, { nik: '123' }), buildEdabuRow(2), buildEdabuRow(3, { sex: null })];
    const result = await validateBatchRows(rows, 'new', { today });
    expect(result.valid).toBe(false);
    expect(result.rowCount).toBe(4);
    expect(result.invalidRows.map((r) => [r.position, r.sheetRow, codes(r.errors)])).toEqual([
      [2, 10, ['nik:EDABU_DIGITS']],
      [4, 12, ['sex:EDABU_REQUIRED']],
    ]);
  });

  it('flags a NIK that appears twice in one batch', async () => {
    async function* rows() {
      yield buildEdabuRow(0);
      yield buildEdabuRow(1);
      yield buildEdabuRow(0, { name: 'SAME NIK' });
    }
    const result = await validateBatchRows(rows(), 'new', { today });
    expect(result.invalidRows).toHaveLength(1);
    expect(result.invalidRows[0]).toMatchObject({ position: 3, nik: '6502014101900001' });
    expect(result.invalidRows[0]?.errors[0]).toMatchObject({ code: 'EDABU_DUPLICATE_NIK', message: 'NIK sama dengan baris nomor urut 1.' });
  });
});
