import { describe, expect, it } from 'vitest';
import { decryptSecret, deriveKey, encryptSecret } from './bpjs-credentials.js';

const key = deriveKey('app-secret-of-at-least-32-characters!!', 'bpjs-credentials');

function flip(token: string, part: number): string {
  const parts = token.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('BPJS credentials at rest', () => {
  it('derives distinct 32-byte keys per purpose, the same every time', () => {
    expect(key).toHaveLength(32);
    expect(deriveKey('app-secret-of-at-least-32-characters!!', 'bpjs-credentials')).toEqual(key);
    expect(deriveKey('app-secret-of-at-least-32-characters!!', 'sessions')).not.toEqual(key);
    expect(deriveKey('another-app-secret-of-32-characters!!!', 'bpjs-credentials')).not.toEqual(key);
  });

  it('round-trips and never produces the same ciphertext twice', () => {
    const a = encryptSecret('s3cr3t-BPJS', key, 'office-1');
    const b = encryptSecret('s3cr3t-BPJS', key, 'office-1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain('s3cr3t');
    expect(decryptSecret(a, key, 'office-1')).toBe('s3cr3t-BPJS');
    expect(decryptSecret(b, key, 'office-1')).toBe('s3cr3t-BPJS');
  });

  it('detects tampering with the iv, the tag or the ciphertext', () => {
    const token = encryptSecret('s3cr3t-BPJS', key);
    for (const part of [1, 2, 3]) {
      expect(() => decryptSecret(flip(token, part), key)).toThrow(expect.objectContaining({ code: 'BPJS_SECRET_UNREADABLE' }));
    }
    expect(() => decryptSecret(token.replace(/^v1/, 'v2'), key)).toThrow(expect.objectContaining({ code: 'BPJS_SECRET_UNREADABLE' }));
    expect(() => decryptSecret('garbage', key)).toThrow(expect.objectContaining({ code: 'BPJS_SECRET_UNREADABLE' }));
  });

  it('refuses a wrong key and a value copied from another office', () => {
    const token = encryptSecret('s3cr3t-BPJS', key, 'office-1');
    expect(() => decryptSecret(token, deriveKey('other', 'bpjs-credentials'), 'office-1')).toThrow(
      expect.objectContaining({ code: 'BPJS_SECRET_UNREADABLE' }),
    );
    expect(() => decryptSecret(token, key, 'office-2')).toThrow(expect.objectContaining({ code: 'BPJS_SECRET_UNREADABLE' }));
    expect(() => encryptSecret('x', Buffer.alloc(16))).toThrow(expect.objectContaining({ code: 'BPJS_ENCRYPTION_KEY_INVALID' }));
  });
});
