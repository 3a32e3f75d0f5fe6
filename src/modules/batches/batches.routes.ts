import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors, okSchema } from '../../platform/http/schemas.js';
import { conflict, notFound } from '../../platform/errors.js';
import { officeScope } from '../../platform/http/request-context.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { persons } from '../registry/registry.tables.js';
import { maskNik } from '../identity/index.js';
import { acceptFileBodies, uploadedFile } from '../registry/import/file-body.js';
import type { ChangeType } from './edabu/index.js';
import { batches, batchItems } from './batches.tables.js';
import { assignPending, countsByChange, listBatches, numberItems, requireBatch, type BatchRow } from './batches.repository.js';
import { transition, type BatchAction } from './batches.service.js';
import { edabuOffice, exportToTempFile } from './batches.export.js';
import { importResults } from './batches.results.js';
import { resultsIncomplete } from './batches.errors.js';
import { BATCH_ROLES } from './batches.roles.js';
import { batchDetailSchema, batchIdParams, batchListQuery, batchSchema, exportQuery, rejectionSchema, rejectionsQuery, resultsReportSchema } from './batches.schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const present = (b: BatchRow) => {
  const { officeId: _o, createdAt: _c, ...rest } = b;
  return rest;
};

async function detail(scope: OfficeScope, id: string) {
  const batch = await requireBatch(scope.db, scope, id);
  return { ...present(batch), changeTypes: await countsByChange(scope.db, scope, id) };
}

/** One audited lifecycle step; the row lock makes two officers' clicks run one after the other. */
async function step(scope: OfficeScope, id: string, action: BatchAction, extra: (tx: Parameters<Parameters<OfficeScope['mutate']>[0]>[0], b: BatchRow) => Promise<Partial<BatchRow>>) {
  await scope.mutate(async (tx, audit) => {
    const batch = await requireBatch(tx, scope, id, true);
    const status = transition(batch.status, action);
    const set = { ...(await extra(tx, batch)), status };
    await tx.update(batches).set(set).where(eq(batches.id, id));
    await audit({ action: `batch.${action}`, entityType: 'batch', entityId: id, before: { status: batch.status }, after: { status } });
  });
  return detail(scope, id);
}

export const batchesRoutes: RoutePlugin = (app, { database }) => {
  const config = { roles: BATCH_ROLES };
  const security = [{ session: [], csrf: [] }];
  acceptFileBodies(app, 64 * 1024 * 1024);

  app.get('/api/v1/batches', {
    config,
    schema: { tags: ['batches'], summary: 'Batch pendaftaran BPJS / BPJS registration batches', querystring: batchListQuery,
      response: { 200: z.object({ batches: z.array(batchSchema), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    await assignPending(scope);
    const page = await listBatches(scope, req.query.limit, req.query.cursor, req.query.status);
    return { batches: page.batches.map(present), nextCursor: page.nextCursor };
  });

  app.get('/api/v1/batches/:id', {
    config,
    schema: { tags: ['batches'], summary: 'One batch with counts per change type', params: batchIdParams, response: { 200: batchDetailSchema, ...errors(400, 401, 403, 404) } },
  }, async (req) => detail(officeScope(database, req), req.params.id));

  app.post('/api/v1/batches/:id/close', {
    config,
    schema: { tags: ['batches'], summary: 'Tutup batch / close a batch (fixes its rows and order)', security, params: batchIdParams, response: { 200: batchDetailSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    // Events approved up to this moment belong in the batch being closed.
    await assignPending(scope);
    return step(scope, req.params.id, 'close', async (tx) => {
      await numberItems(tx, req.params.id);
      return { closedAt: new Date() };
    });
  });

  app.get('/api/v1/batches/:id/export', {
    config,
    schema: { tags: ['batches'], summary: 'Berkas e-Dabu (XLSX/CSV) per jenis perubahan / e-Dabu file per change type', params: batchIdParams, querystring: exportQuery,
      produces: [XLSX, 'text/csv'], response: { ...errors(400, 401, 403, 404, 409) } },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const { changeType: ct, format } = req.query;
    const changeType = ct as ChangeType;
    const batch = await requireBatch(scope.db, scope, req.params.id);
    transition(batch.status, 'export');
    const office = await edabuOffice(scope);
    const file = await exportToTempFile(scope, batch.id, changeType, format, office);
    try {
      await scope.mutate(async (tx, audit) => {
        const locked = await requireBatch(tx, scope, batch.id, true);
        const status = transition(locked.status, 'export');
        await tx.update(batches).set({ status, exportedAt: new Date() }).where(eq(batches.id, batch.id));
        await audit({ action: 'batch.exported', entityType: 'batch', entityId: batch.id, before: { status: locked.status }, after: { status, changeType, format, rows: file.rowCount } });
      });
    } catch (err) {
      await rm(file.path, { force: true });
      throw err;
    }
    // Streamed from disk: a 100,000-row file never sits in memory; the temporary file goes once sent.
    const out = createReadStream(file.path);
    out.once('close', () => void rm(file.path, { force: true }));
    return reply
      .header('content-type', format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="edabu-${batch.period}-${batch.sequence}-${changeType}.${format}"`)
      .send(out as never);
  });

  app.post('/api/v1/batches/:id/submit', {
    config,
    schema: { tags: ['batches'], summary: 'Tandai sudah diserahkan ke BPJS / mark submitted to BPJS', security, params: batchIdParams, response: { 200: batchDetailSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => step(officeScope(database, req), req.params.id, 'submit', async () => ({ submittedAt: new Date() })));

  app.post('/api/v1/batches/:id/results', {
    config,
    schema: { tags: ['batches'], summary: 'Impor jawaban BPJS (XLSX/CSV, isi permintaan) / import BPJS answer file (raw body)', security, params: batchIdParams,
      consumes: ['text/csv', XLSX], response: { 200: resultsReportSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    await requireBatch(scope.db, scope, req.params.id);
    const { buffer, format } = uploadedFile(req);
    return importResults(scope, req.params.id, buffer, format);
  });

  app.get('/api/v1/batches/:id/rejections', {
    config,
    schema: { tags: ['batches'], summary: 'Baris yang ditolak BPJS (daftar kerja) / rows BPJS rejected (worklist)', params: batchIdParams, querystring: rejectionsQuery,
      response: { 200: z.object({ rejections: z.array(rejectionSchema), nextCursor: z.number().nullable() }), ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    await requireBatch(scope.db, scope, req.params.id);
    const { limit, cursor, includeResolved } = req.query;
    const rows = await scope.db.select({ itemId: batchItems.id, personId: batchItems.personId, nik: persons.nik, name: persons.name, changeType: batchItems.changeType,
      reason: batchItems.resultNote, position: batchItems.position, resolvedAt: batchItems.resolvedAt })
      .from(batchItems).innerJoin(persons, eq(persons.id, batchItems.personId))
      .where(scope.own(batchItems, eq(batchItems.batchId, req.params.id), eq(batchItems.result, 'rejected'), cursor ? gt(batchItems.id, cursor) : undefined,
        includeResolved === 'true' ? undefined : isNull(batchItems.resolvedAt)))
      .orderBy(asc(batchItems.id)).limit(limit + 1);
    const page = rows.slice(0, limit);
    return {
      rejections: page.map(({ resolvedAt, nik, ...r }) => ({ ...r, nik: maskNik(nik), resolved: resolvedAt !== null })),
      nextCursor: rows.length > limit ? page[page.length - 1]!.itemId : null,
    };
  });

  app.post('/api/v1/batches/:id/rejections/:itemId/resolve', {
    config,
    schema: { tags: ['batches'], summary: 'Tandai penolakan sudah ditindaklanjuti / mark a rejection dealt with', security,
      params: z.strictObject({ id: z.uuid(), itemId: z.coerce.number().int().positive() }),
      body: z.strictObject({ note: z.string().trim().min(3).max(500) }), response: { 200: okSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    await scope.mutate(async (tx, audit) => {
      const [item] = await tx.select({ id: batchItems.id, resolvedAt: batchItems.resolvedAt }).from(batchItems)
        .where(scope.own(batchItems, eq(batchItems.batchId, req.params.id), eq(batchItems.id, req.params.itemId), eq(batchItems.result, 'rejected'))).for('update');
      if (!item) throw notFound({ id: 'Penolakan', en: 'Rejection' });
      if (item.resolvedAt) throw conflict('REJECTION_ALREADY_RESOLVED', { id: 'Penolakan ini sudah ditindaklanjuti.', en: 'This rejection has already been dealt with.' });
      await tx.update(batchItems).set({ resolvedAt: new Date() }).where(eq(batchItems.id, item.id));
      // The officer's note (what was corrected, e.g. "NIK diperbaiki sesuai KK baru") is the worklist's memory.
      await audit({ action: 'batch.rejection_resolved', entityType: 'batch_item', entityId: String(item.id), after: { batchId: req.params.id, note: req.body.note } });
    });
    return { ok: true as const };
  });

  app.post('/api/v1/batches/:id/reconcile', {
    config,
    schema: { tags: ['batches'], summary: 'Rekonsiliasi batch / reconcile a batch (every row answered)', security, params: batchIdParams, response: { 200: batchDetailSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => step(officeScope(database, req), req.params.id, 'reconcile', async (tx, b) => {
    const [open] = await tx.select({ id: batchItems.id }).from(batchItems).where(and(eq(batchItems.officeId, b.officeId), eq(batchItems.batchId, b.id), isNull(batchItems.result))).limit(1);
    if (open) {
      const missing = b.itemCount - b.acceptedCount - b.rejectedCount;
      throw resultsIncomplete(missing > 0 ? missing : 1);
    }
    return { reconciledAt: new Date() };
  }));
};
