import { Readable } from 'node:stream';
import { z } from 'zod';
import type { RoutePlugin } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { langOf } from '../../../platform/http/i18n.js';
import { officeScope } from '../../../platform/http/request-context.js';
import { importNotFound } from '../registry.errors.js';
import { CHANGE_ROLES, security } from '../registry.roles.js';
import { SEGMENTS } from '../registry.codes.js';
import { idParams } from '../registry.schema.js';
import { acceptFileBodies, uploadedFile } from './file-body.js';
import { findImport, listImports, type ImportRecord } from './import.repository.js';
import { rejectionReport } from './import.report.js';
import { importMemberList } from './import.service.js';

const importView = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  segment: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  totalRows: z.number(),
  processedRows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  reportUrl: z.string(),
});

const view = (r: ImportRecord): z.infer<typeof importView> => ({
  id: r.id,
  fileName: r.fileName,
  format: r.format,
  segment: r.segment,
  status: r.status,
  totalRows: r.totalRows,
  processedRows: r.processedRows,
  created: r.createdCount,
  updated: r.updatedCount,
  unchanged: r.unchangedCount,
  rejected: r.rejectedCount,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
  reportUrl: `/api/v1/registry/imports/${r.id}/report.csv`,
});

const tags = ['registry'];

/** Imports of member lists. The file is the raw request body (text/csv or XLSX), see file-body.ts. */
export const importRoutes: RoutePlugin = (app, { database }) => {
  acceptFileBodies(app, 64 * 1024 * 1024);

  app.post('/api/v1/registry/imports', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Import a member list: raw CSV (text/csv) or XLSX body; columns NIK, NO_KK, NAMA, TEMPAT_LAHIR, TGL_LAHIR, ' +
        'JENIS_KELAMIN, STATUS_KAWIN, HUBUNGAN, ALAMAT, RT, RW, KODE_DESA, NO_KARTU, KODE_FASKES, STATUS',
      querystring: z.strictObject({
        fileName: z.string().trim().max(200).optional(),
        segment: z.enum(SEGMENTS).default('PBI_DAERAH'),
        lang: z.enum(['id', 'en']).optional(),
      }),
      response: {
        200: z.object({ import: importView, duplicate: z.literal(true) }),
        201: z.object({ import: importView, duplicate: z.literal(false) }),
        ...errors(400, 401, 403, 409, 413, 415),
      },
    },
  }, async (req, reply) => {
    const { buffer, format } = uploadedFile(req);
    const r = await importMemberList(officeScope(database, req), buffer, format, { fileName: req.query.fileName ?? null, segment: req.query.segment });
    return reply.status(r.duplicate ? 200 : 201).send({ import: view(r.import), duplicate: r.duplicate } as never);
  });

  app.get('/api/v1/registry/imports', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Recent imports of this office',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20), before: z.string().datetime().optional(), lang: z.enum(['id', 'en']).optional() }),
      response: { 200: z.object({ imports: z.array(importView), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const rows = await listImports(officeScope(database, req), req.query.limit + 1, req.query.before ? new Date(req.query.before) : undefined);
    const page = rows.slice(0, req.query.limit);
    return { imports: page.map(view), nextCursor: rows.length > req.query.limit ? page[page.length - 1]!.createdAt.toISOString() : null };
  });

  app.get('/api/v1/registry/imports/:id', {
    config: { roles: CHANGE_ROLES },
    schema: { tags, security, summary: 'One import: status and counts', params: idParams, response: { 200: importView, ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const r = await findImport(officeScope(database, req), database.db, req.params.id);
    if (!r) throw importNotFound();
    return view(r);
  });

  app.get('/api/v1/registry/imports/:id/report.csv', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'The rejected rows of an import with their reasons (CSV, UTF-8 with BOM); the download is audited',
      params: idParams,
      querystring: z.strictObject({ lang: z.enum(['id', 'en']).optional() }),
      response: { ...errors(400, 401, 403, 404) },
    },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const r = await findImport(scope, database.db, req.params.id);
    if (!r) throw importNotFound();
    // The report holds full NIKs of the rows it lists.
    await scope.audit({ action: 'registry_import.report_downloaded', entityType: 'registry_import', entityId: r.id });
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="penolakan-impor-${r.id.slice(0, 8)}.csv"`);
    return reply.send(Readable.from(rejectionReport(scope, r.id, langOf(req))) as never);
  });
};
