import { z } from 'zod';
import { bpjsTimestamp, decryptResponse, signedHeaders, type BpjsCredentials } from './bpjs-protocol.js';
import {
  failure,
  fromVclaimPeserta,
  vclaimPesertaSchema,
  type ParticipantLookup,
  type ParticipantStatusClient,
} from './bpjs-participant.js';

export interface HttpParticipantClientOptions extends BpjsCredentials {
  /** e.g. https://apijkn.bpjs-kesehatan.go.id/vclaim-rest (no trailing slash needed). */
  baseUrl: string;
  /** Whole request budget, headers and body (default 5 s): an officer is waiting at the counter. */
  timeoutMs?: number;
  /** Zone used to turn a Date into the service date: WITA offices must not ask for yesterday. */
  timeZone?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

const envelopeSchema = z.object({
  metaData: z.object({ code: z.coerce.string(), message: z.string().default('') }),
  response: z.unknown().optional(),
});
const pesertaResponseSchema = z.object({ peserta: vclaimPesertaSchema });

function serviceDate(date: string | Date, timeZone: string): string | null {
  if (typeof date === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  if (Number.isNaN(date.getTime())) return null;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** VClaim answers "not a participant" with code 201 and a "tidak ditemukan" message. */
function isNotFound(code: string, message: string): boolean {
  return code === '201' || /tidak ditemukan/i.test(message);
}

export function createHttpParticipantClient(opts: HttpParticipantClientOptions): ParticipantStatusClient {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const timeZone = opts.timeZone ?? 'Asia/Jakarta';
  const base = opts.baseUrl.replace(/\/+$/, '');

  async function byNik(nik: string, date: string | Date): Promise<ParticipantLookup> {
    const day = serviceDate(date, timeZone);
    if (!/^\d{16}$/.test(nik) || day === null) return failure('BPJS_ERROR', 'invalid_request');

    const timestamp = bpjsTimestamp(opts.now?.() ?? Date.now());
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);

    let status: number;
    let body: string;
    try {
      const res = await doFetch(`${base}/Peserta/nik/${nik}/tglSEP/${day}`, {
        method: 'GET',
        headers: signedHeaders(opts, timestamp),
        signal: controller.signal,
      });
      status = res.status;
      body = await res.text();
    } catch {
      // Never log the error object: it may carry the request URL with the resident's NIK.
      return timedOut ? failure('BPJS_TIMEOUT', 'timeout') : failure('BPJS_UNAVAILABLE', 'unavailable');
    } finally {
      clearTimeout(timer);
    }

    if (status >= 500) return failure('BPJS_UNAVAILABLE', 'unavailable');
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(body));
    } catch {
      return status === 401 || status === 403 ? failure('BPJS_ERROR', 'credentials') : failure('BPJS_ERROR', 'unreadable');
    }
    const { code, message } = envelope.metaData;
    if (status === 401 || status === 403 || code === '401' || code === '403') return failure('BPJS_ERROR', 'credentials');
    if (isNotFound(code, message)) return { ok: true, participant: null };
    if (code !== '200' || status >= 400) return failure('BPJS_ERROR', 'refused', message || `kode ${code}`);
    if (typeof envelope.response !== 'string' || envelope.response === '') return failure('BPJS_ERROR', 'unreadable');

    try {
      const decrypted = decryptResponse(envelope.response, opts.consId, opts.secret, timestamp);
      const { peserta } = pesertaResponseSchema.parse(decrypted);
      return { ok: true, participant: fromVclaimPeserta(peserta) };
    } catch {
      return failure('BPJS_ERROR', 'unreadable');
    }
  }

  return { byNik };
}
