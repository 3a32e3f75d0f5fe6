import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { auditLog } from '../../platform/audit/audit.tables.js';

const entryView = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const query = z.strictObject({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Entries older than this sequence number (keyset paging, newest first). */
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  lang: z.enum(['id', 'en']).optional(),
});

export const auditRoutes: RoutePlugin = (app, { database }) => {
  app.get('/api/v1/audit', {
    config: { roles: ['office_admin'] },
    schema: {
      tags: ['audit'],
      summary: "My office's audit log, newest first, filterable",
      security: [{ session: [] }],
      querystring: query,
      response: { 200: z.object({ entries: z.array(entryView), nextBeforeSeq: z.number().nullable() }), ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const scope = officeScope(database, req);
    const q = req.query;
    const conds: (SQL | undefined)[] = [
      eq(auditLog.chain, scope.officeId),
      q.action ? eq(auditLog.action, q.action) : undefined,
      q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
      q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
      q.actor ? eq(auditLog.actorLabel, q.actor) : undefined,
      q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
      q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
      q.beforeSeq ? lt(auditLog.seq, q.beforeSeq) : undefined,
    ];
    const rows = await scope.db.select().from(auditLog).where(and(...conds)).orderBy(desc(auditLog.seq)).limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    return {
      entries: page.map((r) => ({
        seq: r.seq,
        at: r.at.toISOString(),
        actor: r.actorLabel,
        ip: r.ip,
        requestId: r.requestId,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      })),
      nextBeforeSeq: rows.length > q.limit ? page[page.length - 1]!.seq : null,
    };
  });
};
