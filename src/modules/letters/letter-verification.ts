import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { localDateIso } from './letter-dates.js';
import type { Letter } from './letter.types.js';

export { nameInitials } from './letter-format.js';

/**
 * The seeds prove a letter genuine on paper (letterhead, paraf, signature, wet stamp: Pasuruan component 14,
 * Malinau component 13). The QR code adds a check anyone can do: the token names the letter and carries the
 * hash of its content, signed by the server. The verification page looks the letter up, recomputes the hash
 * of the stored letter and can say "asli dan tidak berubah" when both match. The QR does not replace the
 * wet signature and stamp; it lets BPJS or a hospital catch a forged or altered letter.
 */
export interface LetterTokenPayload {
  letterId: string;
  officeSlug: string;
  /** SHA-256 hex of canonicalLetterContent. */
  contentHash: string;
  issuedAt: Date;
}

export type LetterTokenVerification =
  | { valid: true; payload: LetterTokenPayload }
  | { valid: false; reason: 'malformed' | 'unsupported_version' | 'bad_signature' };

/**
 * The fields a reader relies on: number, date, kind, subject, recipient, the persons (NIK and name) and
 * the office. Strings are NFC-normalised and whitespace-collapsed so that re-saving the same letter gives
 * the same hash; persons are sorted by NIK because their order carries no meaning. Versioned, so a later
 * change of the canonical form does not make old letters look altered.
 */
export function canonicalLetterContent(letter: Pick<Letter, 'office' | 'number' | 'issuedAt' | 'kind' | 'subject' | 'recipient' | 'members'>): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const persons = letter.members
    .map((m) => ({ nik: m.nik.replace(/\s+/g, ''), name: norm(m.name) }))
    .sort((a, b) => (a.nik === b.nik ? a.name.localeCompare(b.name) : a.nik < b.nik ? -1 : 1));
  return JSON.stringify({
    v: 1,
    office: letter.office.slug,
    kind: letter.kind,
    number: norm(letter.number),
    date: localDateIso(letter.issuedAt, letter.office.timeZone),
    subject: norm(letter.subject),
    recipient: norm(letter.recipient),
    persons,
  });
}

export function letterContentHash(letter: Parameters<typeof canonicalLetterContent>[0]): string {
  return createHash('sha256').update(canonicalLetterContent(letter), 'utf8').digest('hex');
}

/*
 * Token: base64url(payload) "." base64url(mac). The payload is "v1|letterId|officeSlug|hash|issuedAt",
 * the hash as 43 base64url characters and the time in base-36 seconds, and the MAC is HMAC-SHA256 truncated
 * to 128 bits (NIST SP 800-107 allows truncation to ≥ 64 bits): about 140 characters for a ULID-sized id,
 * which keeps the QR code small enough to scan from a printed A4 corner. The payload holds no personal data.
 */
const VERSION = 'v1';
const MAC_BYTES = 16;
const SEP = '|';

function mac(payload: string, secret: string | Buffer): Buffer {
  return createHmac('sha256', secret).update(payload, 'utf8').digest().subarray(0, MAC_BYTES);
}

/** `secret`: a key for this purpose only, e.g. deriveKey(appSecret, 'letter-verification'). */
export function signLetterToken(payload: LetterTokenPayload, secret: string | Buffer): string {
  const { letterId, officeSlug, contentHash, issuedAt } = payload;
  if (!letterId || !officeSlug || letterId.includes(SEP) || officeSlug.includes(SEP)) {
    throw new RangeError('letterId and officeSlug must be non-empty and must not contain "|"');
  }
  if (!/^[0-9a-f]{64}$/.test(contentHash)) throw new RangeError('contentHash must be a SHA-256 hex digest');
  const seconds = Math.floor(issuedAt.getTime() / 1000);
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('issuedAt must be a valid date');
  const text = [VERSION, letterId, officeSlug, Buffer.from(contentHash, 'hex').toString('base64url'), seconds.toString(36)].join(SEP);
  return `${Buffer.from(text, 'utf8').toString('base64url')}.${mac(text, secret).toString('base64url')}`;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

export function verifyLetterToken(token: string, secret: string | Buffer): LetterTokenVerification {
  const parts = token.trim().split('.');
  const [body, sig] = parts;
  if (parts.length !== 2 || !body || !sig || !B64URL.test(body) || !B64URL.test(sig)) return { valid: false, reason: 'malformed' };
  const text = Buffer.from(body, 'base64url').toString('utf8');
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(text, secret);
  // Constant-time comparison; only the (public) length may short-circuit.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'bad_signature' };
  const fields = text.split(SEP);
  if (fields[0] !== VERSION) return { valid: false, reason: 'unsupported_version' };
  const [, letterId, officeSlug, hash, time] = fields;
  if (fields.length !== 5 || !letterId || !officeSlug || !hash || !time || !/^[0-9a-z]+$/.test(time)) {
    return { valid: false, reason: 'malformed' };
  }
  const digest = Buffer.from(hash, 'base64url');
  if (digest.length !== 32) return { valid: false, reason: 'malformed' };
  return {
    valid: true,
    payload: { letterId, officeSlug, contentHash: digest.toString('hex'), issuedAt: new Date(parseInt(time, 36) * 1000) },
  };
}
