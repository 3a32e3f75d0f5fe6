import { createCipheriv, createHash } from 'node:crypto';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { bpjsSignature, bpjsTimestamp, decryptResponse, encryptResponse, signedHeaders, verifySignedRequest } from './bpjs-protocol.js';

const creds = { consId: '1234', secret: 'pwd', userKey: 'uk-1' };

describe('BPJS protocol', () => {
  it('signs with the published test vector', () => {
    expect(bpjsSignature('1234', '433223232', 'pwd')).toBe('eXMtvX2r7e7CLCIu3kpEpCrvciZgK8FuOhKv06NDAHk=');
    expect(signedHeaders(creds, '433223232')).toEqual({
      'X-cons-id': '1234',
      'X-timestamp': '433223232',
      'X-signature': 'eXMtvX2r7e7CLCIu3kpEpCrvciZgK8FuOhKv06NDAHk=',
      user_key: 'uk-1',
    });
  });

  it('uses Unix seconds in UTC', () => {
    expect(bpjsTimestamp(Date.UTC(2026, 0, 1, 0, 0, 0, 999))).toBe('1767225600');
  });

  it('decrypts a response made the way BPJS makes it (independent implementation)', () => {
    // As ssecd/jkn reads it: key = SHA-256(consId + secret + timestamp), IV = key[0..16), PKCS#7,
    // base64 ciphertext of an LZ-string compressToEncodedURIComponent payload.
    const timestamp = '1767225600';
    const key = createHash('sha256').update(`1234pwd${timestamp}`).digest();
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
    const payload = { peserta: { nik: '6502014101900001', nama: 'MARIA UDAU' } };
    const plain = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
    const text = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');

    expect(decryptResponse(text, '1234', 'pwd', timestamp)).toEqual(payload);
    expect(encryptResponse(payload, '1234', 'pwd', timestamp)).toBe(text);
  });

  it('cannot read a response with another timestamp or secret', () => {
    const text = encryptResponse({ a: 1 }, '1234', 'pwd', '100');
    expect(() => decryptResponse(text, '1234', 'pwd', '101')).toThrow();
    expect(() => decryptResponse(text, '1234', 'other', '100')).toThrow();
  });

  describe('verifySignedRequest', () => {
    const nowMs = 1_767_225_600_000;
    const lower = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
    const signed = (over: Record<string, string> = {}, ts = '1767225600') => lower({ ...signedHeaders(creds, ts), ...over });

    it('accepts a fresh, correctly signed request, URI-encoded or not', () => {
      expect(verifySignedRequest(signed(), creds, { nowMs })).toBe('ok');
      const sig = signed()['x-signature']!;
      expect(verifySignedRequest({ ...signed(), 'x-signature': encodeURIComponent(sig) }, creds, { nowMs })).toBe('ok');
    });

    it('names what is wrong', () => {
      expect(verifySignedRequest({}, creds, { nowMs })).toBe('missing_headers');
      expect(verifySignedRequest(signed({ 'X-cons-id': '999' }), creds, { nowMs })).toBe('unknown_consumer');
      expect(verifySignedRequest(signed({ user_key: 'x' }), creds, { nowMs })).toBe('bad_user_key');
      expect(verifySignedRequest(signed({ 'X-signature': 'AAAA' }), creds, { nowMs })).toBe('bad_signature');
      expect(verifySignedRequest(signed({}, '1767225000'), creds, { nowMs })).toBe('stale_timestamp');
      expect(verifySignedRequest(signed({}, '1767225400'), creds, { nowMs })).toBe('ok'); // 200 s skew
    });
  });
});
