import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { invalidEncryptionKey, secretUnreadable } from './bpjs.errors.js';

/**
 * Per-office BPJS secrets at rest. AES-256-GCM with a random 96-bit IV per encryption; the auth
 * tag makes any change to the stored value (or a wrong key) fail loudly instead of yielding a
 * wrong secret that BPJS would then reject at the counter.
 *
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url), so a later key or algorithm change can
 * be recognised and migrated.
 *
 * `context` (e.g. the office id) is bound as additional authenticated data: a ciphertext copied
 * from one office's row to another's does not decrypt there.
 */
const VERSION = 'v1';

/** Key for one purpose from the application secret (HKDF-SHA256, 32 bytes). */
export function deriveKey(appSecret: string | Buffer, purpose: string): Buffer {
  // A fixed salt is fine for HKDF when the input is already a high-entropy secret; the purpose
  // (info) keeps keys for different uses apart, so one leaking does not expose the others.
  return Buffer.from(hkdfSync('sha256', appSecret, 'layanan-pbi/hkdf/v1', purpose, 32));
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw invalidEncryptionKey();
}

export function encryptSecret(plaintext: string, key: Buffer, context = ''): string {
  checkKey(key);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptSecret(token: string, key: Buffer, context = ''): string {
  checkKey(key);
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw secretUnreadable();
  const [, ivText, tagText, ctText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== 12 || tag.length !== 16) throw secretUnreadable();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ctText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw secretUnreadable();
  }
}
