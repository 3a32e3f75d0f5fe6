import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { officeScope } from '../../platform/http/request-context.js';
import { acceptFileBodies, uploadedFile } from '../registry/import/file-body.js';
import { CHANGE_ROLES, READ_ROLES, security } from '../registry/registry.roles.js';
import { listFaskes } from './faskes.repository.js';
import { importFaskes } from './faskes.service.js';

const faskesView = z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), address: z.string().nullable(), active: z.boolean() });
const tags = ['faskes'];

export const faskesRoutes: RoutePlugin = (app, { database }) => {
  acceptFileBodies(app, 5 * 1024 * 1024);

  app.get('/api/v1/faskes', {
    config: { roles: READ_ROLES },
    schema: {
      tags, security,
      summary: 'The office\'s first-level health facilities (search by code or name)',
      querystring: z.strictObject({
        q: z.string().trim().max(100).optional(),
        includeInactive: z.enum(['true', 'false']).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(50),
        cursor: z.string().max(40).optional(),
        lang: z.enum(['id', 'en']).optional(),
      }),
      response: { 200: z.object({ faskes: z.array(faskesView), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const q = req.query;
    const rows = await listFaskes(officeScope(database, req), {
      ...(q.q ? { q: q.q } : {}),
      includeInactive: q.includeInactive === 'true',
      limit: q.limit + 1,
      ...(q.cursor ? { after: q.cursor } : {}),
    });
    const page = rows.slice(0, q.limit);
    return {
      faskes: page.map((f) => ({ id: f.id, code: f.code, name: f.name, kind: f.kind, address: f.address, active: f.active })),
      nextCursor: rows.length > q.limit ? page[page.length - 1]!.code : null,
    };
  });

  app.post('/api/v1/faskes/imports', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Import the facility list: raw CSV or XLSX body with columns kode, nama, jenis, alamat',
      querystring: z.strictObject({ lang: z.enum(['id', 'en']).optional() }),
      response: {
        200: z.object({
          total: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(),
          rejected: z.array(z.object({ row: z.number(), field: z.string(), code: z.string(), message: z.string() })),
        }),
        ...errors(400, 401, 403, 413, 415),
      },
    },
  }, async (req) => {
    const { buffer, format } = uploadedFile(req);
    return importFaskes(officeScope(database, req), buffer, format, langOf(req));
  });
};
