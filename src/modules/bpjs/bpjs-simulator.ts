import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encryptResponse, verifySignedRequest, type BpjsCredentials, type SignatureCheck } from './bpjs-protocol.js';
import { toVclaimPeserta, type BpjsParticipant } from './bpjs-participant.js';

/**
 * A local stand-in for BPJS's participant service, speaking the same protocol (signed headers,
 * encrypted + compressed answers). Used by tests, demos and offices that have no BPJS consumer
 * credentials yet. It holds no real data: participants are whatever the caller hands in.
 */
export type SimulatorFailMode = 'none' | 'timeout' | 'server_error' | 'garbage';

export type ParticipantLookupFn = (nik: string, date: string) => BpjsParticipant | null | Promise<BpjsParticipant | null>;

export interface BpjsSimulatorOptions extends BpjsCredentials {
  participants: ReadonlyMap<string, BpjsParticipant> | ParticipantLookupFn;
  /** Delay before every answer, to rehearse a slow BPJS. */
  delayMs?: number;
  failMode?: SimulatorFailMode;
  maxSkewSeconds?: number;
  now?: () => number;
}

export interface BpjsSimulator {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  server: Server;
  /** Listens (default 127.0.0.1 and a free port) and returns the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  setFailMode(mode: SimulatorFailMode): void;
  setDelay(ms: number): void;
  /** Requests seen, with the service date asked for; no NIKs are kept. */
  readonly requests: { path: string; date: string | null; check: SignatureCheck | null }[];
}

const PATH = /\/Peserta\/nik\/(\d{16})\/tglSEP\/(\d{4}-\d{2}-\d{2})$/;

const AUTH_MESSAGES: Record<Exclude<SignatureCheck, 'ok'>, string> = {
  missing_headers: 'Header X-cons-id, X-timestamp, X-signature dan user_key wajib ada',
  unknown_consumer: 'Consumer ID tidak terdaftar',
  bad_user_key: 'User key tidak valid',
  stale_timestamp: 'Timestamp kedaluwarsa',
  bad_signature: 'Signature tidak valid',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function createBpjsSimulator(opts: BpjsSimulatorOptions): BpjsSimulator {
  let failMode: SimulatorFailMode = opts.failMode ?? 'none';
  let delayMs = opts.delayMs ?? 0;
  const requests: BpjsSimulator['requests'] = [];
  const lookup: ParticipantLookupFn =
    typeof opts.participants === 'function'
      ? opts.participants
      : ((map) => (nik: string) => map.get(nik) ?? null)(opts.participants);

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const match = PATH.exec(path);
    const entry: BpjsSimulator['requests'][number] = { path: path.replace(/\d{16}/, '<nik>'), date: match?.[2] ?? null, check: null };
    requests.push(entry);

    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    // 'timeout': accept the request and never answer; close() tears the socket down.
    if (failMode === 'timeout') return;
    if (failMode === 'server_error') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>502 Bad Gateway</body></html>');
      return;
    }
    if (req.method !== 'GET' || !match) {
      sendJson(res, 404, { metaData: { code: '404', message: 'Layanan tidak ditemukan' }, response: null });
      return;
    }
    const check = verifySignedRequest(req.headers, opts, { nowMs: opts.now?.(), maxSkewSeconds: opts.maxSkewSeconds });
    entry.check = check;
    if (check !== 'ok') {
      sendJson(res, 401, { metaData: { code: '401', message: AUTH_MESSAGES[check] }, response: null });
      return;
    }
    const timestamp = String(req.headers['x-timestamp']);
    if (failMode === 'garbage') {
      sendJson(res, 200, { metaData: { code: '200', message: 'OK' }, response: 'bm90IGVuY3J5cHRlZA==' });
      return;
    }
    const participant = await lookup(match[1]!, match[2]!);
    if (!participant) {
      sendJson(res, 200, { metaData: { code: '201', message: 'Peserta tidak ditemukan' }, response: null });
      return;
    }
    const response = encryptResponse({ peserta: toVclaimPeserta(participant) }, opts.consId, opts.secret, timestamp);
    sendJson(res, 200, { metaData: { code: '200', message: 'OK' }, response });
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { metaData: { code: '500', message: 'Kesalahan simulator' }, response: null });
      else res.destroy();
    });
  };
  const server = createServer(handler);

  return {
    handler,
    server,
    requests,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { address, port: actual } = server.address() as AddressInfo;
          resolve(`http://${address}:${actual}`);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        // Hanging requests of the 'timeout' mode would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
    setFailMode(mode) {
      failMode = mode;
    },
    setDelay(ms) {
      delayMs = ms;
    },
  };
}
