import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, formatResumeCode, newResumeCode, normaliseResumeCode } from './draft.service.js';
import { checkApplicant, isoBirthDate, readApplicant } from './apply-validate.js';

describe('resume codes', () => {
  it('are 8 characters that cannot be misread (no 0/O, 1/I/L, 2/Z, 5/S, 8/B)', () => {
    for (let i = 0; i < 200; i++) {
      const code = newResumeCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL2Z5S8B]/);
  });

  it('are read back however they were written down', () => {
    expect(normaliseResumeCode('acde fghj')).toBe('ACDEFGHJ');
    expect(normaliseResumeCode('ACDE-FGHJ')).toBe('ACDEFGHJ');
    expect(normaliseResumeCode('ACDE-FGH0')).toBeNull();
    expect(normaliseResumeCode('ACDE')).toBeNull();
    expect(formatResumeCode('ACDEFGHJ')).toBe('ACDE-FGHJ');
  });
});

describe('applicant checks', () => {
  it('accepts only real past birth dates', () => {
    expect(isoBirthDate({ birthDay: '9', birthMonth: '7', birthYear: '1978' })).toBe('1978-07-09');
    expect(isoBirthDate({ birthDay: '31', birthMonth: '2', birthYear: '1980' })).toBeNull();
    expect(isoBirthDate({ birthDay: '1', birthMonth: '1', birthYear: '2999' })).toBeNull();
    expect(isoBirthDate({ birthDay: '1', birthMonth: '1', birthYear: '1850' })).toBeNull();
  });

  it('names the field and the rule of every wrong answer, in the form’s order', () => {
    const a = readApplicant({ kkNumber: '3575 0112', nik: '', name: 'A', birthDay: '1', birthMonth: '13', birthYear: '1980', sex: 'X', relation: 'raja', address: 'Jl', rt: 'x1', rw: 'x', villageCode: '35.75.01.1001', phone: '12' });
    const errors = checkApplicant(a, new Set(['35.75.01.1002']), 'id');
    expect(Object.keys(errors)).toEqual(['kkNumber', 'nik', 'name', 'birthDay', 'sex', 'relation', 'address', 'rt', 'rw', 'villageCode', 'phone']);
    expect(errors.kkNumber).toBe('Nomor KK harus 16 digit angka; yang dimasukkan 8 digit.');
    expect(errors.nik).toBe('NIK wajib diisi: 16 digit angka.');
    expect(errors.rt).toBe('RT: 1 sampai 3 digit angka.');
    expect(checkApplicant(a, new Set(), 'en').phone).toBe('Mobile number: 8 to 15 digits, may start with +.');
  });
});
