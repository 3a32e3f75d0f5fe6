import { createCipheriv, createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import LZString from 'lz-string';

/**
 * The BPJS Kesehatan web-service protocol (VClaim family), as used by integrators and by the
 * reference client ssecd/jkn (src/fetcher.ts):
 *
 * - request headers X-cons-id, X-timestamp (Unix seconds, UTC), X-signature and user_key, where
 *   X-signature = base64(HMAC-SHA256(`${consId}&${timestamp}`, secret));
 * - response `{ metaData: { code, message }, response }` where `response` is base64 of
 *   AES-256-CBC (PKCS#7 padding) with key = SHA-256(consId + secret + timestamp) as raw 32 bytes
 *   and IV = the first 16 bytes of that key, over an LZ-string
 *   compressToEncodedURIComponent of the JSON.
 *
 * The timestamp in the key is the one the client SENT, so a response can only be read by the
 * caller that made that request.
 */
export interface BpjsCredentials {
  consId: string;
  secret: string;
  userKey: string;
}

export interface BpjsMetaData {
  code: string;
  message: string;
}

export interface BpjsEnvelope {
  metaData: BpjsMetaData;
  response: string | null;
}

export function bpjsTimestamp(nowMs: number = Date.now()): string {
  return String(Math.floor(nowMs / 1000));
}

export function bpjsSignature(consId: string, timestamp: string, secret: string): string {
  return createHmac('sha256', secret).update(`${consId}&${timestamp}`).digest('base64');
}

export function signedHeaders(creds: BpjsCredentials, timestamp: string): Record<string, string> {
  return {
    'X-cons-id': creds.consId,
    'X-timestamp': timestamp,
    'X-signature': bpjsSignature(creds.consId, timestamp, creds.secret),
    user_key: creds.userKey,
  };
}

function keyAndIv(consId: string, secret: string, timestamp: string): { key: Buffer; iv: Buffer } {
  const key = createHash('sha256').update(`${consId}${secret}${timestamp}`, 'utf8').digest();
  return { key, iv: key.subarray(0, 16) };
}

/** Server side (our simulator): JSON → LZ-string → AES-256-CBC → base64. */
export function encryptResponse(payload: unknown, consId: string, secret: string, timestamp: string): string {
  const { key, iv } = keyAndIv(consId, secret, timestamp);
  const compressed = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(compressed, 'utf8'), cipher.final()]).toString('base64');
}

/**
 * Client side: base64 → AES-256-CBC → LZ-string → JSON. Throws on a wrong key (bad padding),
 * on an empty decompression (LZ-string returns '' or null for garbage instead of throwing) and
 * on invalid JSON; the client turns any of these into BPJS_ERROR.
 */
export function decryptResponse(cipherText: string, consId: string, secret: string, timestamp: string): unknown {
  const { key, iv } = keyAndIv(consId, secret, timestamp);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  const compressed = Buffer.concat([decipher.update(cipherText, 'base64'), decipher.final()]).toString('utf8');
  const json = LZString.decompressFromEncodedURIComponent(compressed);
  if (!json) throw new Error('BPJS response did not decompress');
  return JSON.parse(json) as unknown;
}

export type SignatureCheck = 'ok' | 'missing_headers' | 'unknown_consumer' | 'bad_user_key' | 'stale_timestamp' | 'bad_signature';

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name.toLowerCase()] ?? headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Server-side check of a signed request (node:http lower-cases header names). A timestamp
 * outside ±maxSkewSeconds is refused so a captured request cannot be replayed later.
 */
export function verifySignedRequest(
  headers: HeaderBag,
  creds: BpjsCredentials,
  opts: { nowMs?: number; maxSkewSeconds?: number } = {},
): SignatureCheck {
  const consId = header(headers, 'x-cons-id');
  const timestamp = header(headers, 'x-timestamp');
  const signature = header(headers, 'x-signature');
  const userKey = header(headers, 'user_key');
  if (!consId || !timestamp || !signature || !userKey) return 'missing_headers';
  if (consId !== creds.consId) return 'unknown_consumer';
  if (userKey !== creds.userKey) return 'bad_user_key';
  const now = Math.floor((opts.nowMs ?? Date.now()) / 1000);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > (opts.maxSkewSeconds ?? 300)) {
    return 'stale_timestamp';
  }
  // Some clients URI-encode the signature (ssecd/jkn calls encodeURI on it).
  const expected = Buffer.from(bpjsSignature(consId, timestamp, creds.secret));
  const given = Buffer.from(safeDecode(signature));
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad_signature';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
