import { describe, expect, it } from 'vitest';
import { composeLetter } from './letters.service.js';
import { buildComposeInput } from './letters.fixtures.js';
import type { Letter } from './letter.types.js';
import {
  canonicalLetterContent, letterContentHash, nameInitials, signLetterToken, verifyLetterToken, type LetterTokenPayload,
} from './letter-verification.js';

const SECRET = 'k'.repeat(32);
const letter: Letter = composeLetter(buildComposeInput('activation_cover_letter')).letter;
const payload: LetterTokenPayload = {
  letterId: '01JD4X7K2MQT8VN3H5ZW9C2B6E',
  officeSlug: 'karangasem',
  contentHash: letterContentHash(letter),
  issuedAt: new Date('2026-11-23T02:30:00Z'),
};

describe('letter tokens', () => {
  const token = signLetterToken(payload, SECRET);

  it('round-trips and stays short enough for a QR code', () => {
    expect(verifyLetterToken(token, SECRET)).toEqual({ valid: true, payload });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(160);
  });

  it('refuses a tampered payload', () => {
    const [body, sig] = token.split('.') as [string, string];
    const text = Buffer.from(body, 'base64url').toString('utf8').replace('karangasem', 'palembang');
    const forged = `${Buffer.from(text).toString('base64url')}.${sig}`;
    expect(verifyLetterToken(forged, SECRET)).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyLetterToken(signLetterToken(payload, 'x'.repeat(32)), SECRET)).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses a truncated or malformed token', () => {
    expect(verifyLetterToken(token.slice(0, -3), SECRET).valid).toBe(false);
    expect(verifyLetterToken(token.slice(0, token.indexOf('.')), SECRET)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyLetterToken(token.slice(0, 20), SECRET).valid).toBe(false);
    expect(verifyLetterToken('', SECRET)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyLetterToken(`${token}.x`, SECRET)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyLetterToken('a+b.c/d', SECRET)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses a correctly signed token of an unknown version', async () => {
    const { createHmac } = await import('node:crypto');
    const text = 'v9|a|b|c|d';
    const mac = createHmac('sha256', SECRET).update(text).digest().subarray(0, 16).toString('base64url');
    expect(verifyLetterToken(`${Buffer.from(text).toString('base64url')}.${mac}`, SECRET)).toEqual({ valid: false, reason: 'unsupported_version' });
  });

  it('refuses to sign ids that would break the format', () => {
    expect(() => signLetterToken({ ...payload, letterId: 'a|b' }, SECRET)).toThrow(RangeError);
    expect(() => signLetterToken({ ...payload, contentHash: 'abc' }, SECRET)).toThrow(RangeError);
  });
});

describe('content hash', () => {
  const base = letterContentHash(letter);

  it.each<[string, Partial<Letter>]>([
    ['number', { number: '400.9/018/Dinsos/XI/2026' }],
    ['date', { issuedAt: new Date('2026-11-24T02:30:00Z') }],
    ['kind', { kind: 'termination_letter' }],
    ['subject', { subject: 'Pengantar lain' }],
    ['recipient', { recipient: 'Kepala BPJS Kesehatan Kantor Cabang Denpasar' }],
    ['office', { office: { ...letter.office, slug: 'palembang' } }],
    ['a NIK', { members: letter.members.map((m, i) => (i === 1 ? { ...m, nik: '3575011203080009' } : m)) }],
    ['a name', { members: letter.members.map((m, i) => (i === 1 ? { ...m, name: 'Ahmad Fikri' } : m)) }],
    ['a member removed', { members: letter.members.slice(1) }],
  ])('changes when the %s changes', (_what, change) => {
    expect(letterContentHash({ ...letter, ...change })).not.toBe(base);
  });

  it('does not change for order of persons, spacing or the time within the same local day', () => {
    expect(letterContentHash({ ...letter, members: [...letter.members].reverse() })).toBe(base);
    expect(letterContentHash({ ...letter, subject: `  ${letter.subject.replace(/ /g, '  ')} ` })).toBe(base);
    expect(letterContentHash({ ...letter, issuedAt: new Date('2026-11-23T08:00:00Z') })).toBe(base);
  });

  it('holds number, persons and office, and no address or birth date', () => {
    const canonical = canonicalLetterContent(letter);
    expect(canonical).toContain(letter.number);
    expect(canonical).toContain('3575016502850003');
    expect(canonical).not.toContain('Mawar');
    expect(canonical).not.toContain('1985');
  });
});

describe('nameInitials', () => {
  it('is all the public page shows of a person', () => {
    expect(nameInitials('Siti Nurhaliza Putri')).toBe('S. N. P.');
  });
});
