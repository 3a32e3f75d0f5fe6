import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.js';
import { formatLetterNumber, toRomanMonth, validateNumberScheme } from './letter-number.js';

describe('formatLetterNumber', () => {
  it("reproduces Pasuruan's decree number (seed 000)", () => {
    expect(formatLetterNumber('{classification}/{seq}/{unitCode}/{year}', {
      classification: '100.3.3.6', seq: 904, unitCode: '423.104', year: 2024,
    })).toBe('100.3.3.6/904/423.104/2024');
  });

  it("reproduces Tarakan's document number with a padded sequence (seed 003)", () => {
    expect(formatLetterNumber('{classification}/{seq:2}.6/DINSOSPM', { classification: '000.8.3.2', seq: 3, year: 2025 }))
      .toBe('000.8.3.2/03.6/DINSOSPM');
  });

  it('pads, never truncates', () => {
    expect(formatLetterNumber('{seq:3}', { seq: 7, year: 2026 })).toBe('007');
    expect(formatLetterNumber('{seq:3}', { seq: 12345, year: 2026 })).toBe('12345');
  });

  it('writes the month in Roman numerals, derived or given', () => {
    expect(formatLetterNumber('400.9/{seq:3}/Dinsos/{romanMonth}/{year}', { seq: 17, year: 2026, month: 11 }))
      .toBe('400.9/017/Dinsos/XI/2026');
    expect(formatLetterNumber('{seq}/{romanMonth}', { seq: 1, year: 2026, romanMonth: 'IV' })).toBe('1/IV');
    expect(formatLetterNumber('{seq}/{month:2}', { seq: 1, year: 2026, month: 3 })).toBe('1/03');
  });

  it('writes literal braces doubled', () => {
    expect(formatLetterNumber('{{{seq}}}', { seq: 5, year: 2026 })).toBe('{5}');
  });

  it('refuses a token without a value, naming it', () => {
    const err = (() => {
      try {
        formatLetterNumber('{classification}/{seq}', { seq: 1, year: 2026 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('LETTER_NUMBER_VALUE_MISSING');
    expect((err as DomainError).details).toEqual([{ field: 'classification', code: 'LETTER_NUMBER_VALUE_MISSING' }]);
    expect(() => formatLetterNumber('{seq}/{romanMonth}', { seq: 1, year: 2026 })).toThrow(DomainError);
  });

  it('refuses an invalid sequence or month', () => {
    expect(() => formatLetterNumber('{seq}', { seq: 0, year: 2026 })).toThrow(RangeError);
    expect(() => formatLetterNumber('{seq}', { seq: 1.5, year: 2026 })).toThrow(RangeError);
    expect(() => formatLetterNumber('{seq}/{month}', { seq: 1, year: 2026, month: 13 })).toThrow(RangeError);
  });

  it('throws the validation issues for an invalid scheme', () => {
    expect(() => formatLetterNumber('{seq}/{tahun}', { seq: 1, year: 2026 })).toThrow(
      expect.objectContaining({ code: 'LETTER_NUMBER_SCHEME_INVALID' }),
    );
  });
});

describe('validateNumberScheme', () => {
  it('accepts the seeds’ schemes', () => {
    expect(validateNumberScheme('{classification}/{seq}/{unitCode}/{year}')).toEqual([]);
    expect(validateNumberScheme('{classification}/{seq:2}.6/DINSOSPM')).toEqual([]);
  });

  it.each([
    ['{seq}/{tahun}', 'NUMBER_SCHEME_UNKNOWN_TOKEN'],
    ['{seq}/{year', 'NUMBER_SCHEME_UNCLOSED'],
    ['{seq}}/x', 'NUMBER_SCHEME_STRAY_BRACE'],
    ['{seq}/{unitCode:3}', 'NUMBER_SCHEME_PADDING_NOT_NUMERIC'],
    ['{seq:11}', 'NUMBER_SCHEME_PADDING_TOO_WIDE'],
    ['{classification}/{year}', 'NUMBER_SCHEME_NO_SEQ'],
  ])('reports %s as %s on field numberScheme', (scheme, code) => {
    const issues = validateNumberScheme(scheme);
    expect(issues.map((i) => i.code)).toContain(code);
    expect(issues[0]?.field).toBe('numberScheme');
    expect(typeof issues[0]?.message).toBe('string');
  });
});

describe('toRomanMonth', () => {
  it('covers the twelve months only', () => {
    expect([1, 4, 9, 12].map(toRomanMonth)).toEqual(['I', 'IV', 'IX', 'XII']);
    expect(() => toRomanMonth(0)).toThrow(RangeError);
  });
});
