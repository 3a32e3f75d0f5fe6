import type { FastifyRequest } from 'fastify';
import type { App } from '../../../platform/http/app-context.js';
import { invalid } from '../../../platform/errors.js';
import { sniffFormat, type TableFormat } from './tabular.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const FILE_TYPES = ['text/csv', XLSX_TYPE, 'application/octet-stream'];

/**
 * Files are sent as the raw request body (Content-Type text/csv or the XLSX type), not multipart: the
 * multipart plugin is not registered app-wide, and a raw body needs no temporary files. The parser is
 * registered inside the calling plugin only, with its own size limit (a 100,000-row list is ≈15 MB).
 */
export function acceptFileBodies(app: App, bodyLimit: number): void {
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));
}

const noFile = () =>
  invalid('FILE_REQUIRED', {
    id: 'Kirim berkas CSV atau XLSX sebagai isi permintaan (Content-Type text/csv atau XLSX).',
    en: 'Send a CSV or XLSX file as the request body (Content-Type text/csv or XLSX).',
  });

/** The uploaded file and its format (from the content type, confirmed by the first bytes). */
export function uploadedFile(req: FastifyRequest): { buffer: Buffer; format: TableFormat } {
  const body = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw noFile();
  return { buffer: body, format: sniffFormat(body) };
}
