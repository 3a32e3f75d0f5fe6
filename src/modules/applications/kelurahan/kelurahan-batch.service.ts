import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { applications, kelurahanBatches } from '../applications.tables.js';
import type { ApplicationServices } from '../case-context.js';
import { runTransition } from '../transitions/transition.service.js';

/**
 * A kelurahan's batch of proposals (Palembang, seed 002: the kelurahan enters residents' data in the
 * proposal form, collects them, and hands them to the office's KIS operator). Proposals are drafts until
 * the batch is handed over; then each becomes a submitted application with its own receipt number.
 */
export const batchNotFound = () => notFound({ id: 'Kumpulan usulan kelurahan', en: 'Kelurahan batch' });

function villageFilter(scope: OfficeScope) {
  const codes = scope.kelurahanCodes;
  if (codes === null) return undefined;
  return codes.length ? inArray(kelurahanBatches.villageCode, [...codes]) : sql`false`;
}

export async function listBatches(scope: OfficeScope, limit: number) {
  const rows = await scope.db
    .select({
      batch: kelurahanBatches,
      count: sql<number>`(SELECT count(*) FROM applications a WHERE a.kelurahan_batch_id = "kelurahan_batches"."id")`,
    })
    .from(kelurahanBatches)
    .where(scope.own(kelurahanBatches, villageFilter(scope)))
    .orderBy(desc(kelurahanBatches.createdAt))
    .limit(limit);
  return rows.map((r) => batchView(r.batch, Number(r.count)));
}

export function batchView(b: typeof kelurahanBatches.$inferSelect, count: number) {
  return {
    id: b.id,
    villageCode: b.villageCode,
    status: b.status,
    referenceNumber: b.referenceNumber,
    referenceDate: b.referenceDate,
    applications: count,
    createdAt: b.createdAt.toISOString(),
    submittedAt: b.submittedAt?.toISOString() ?? null,
  };
}

/** Hands the batch over: every draft in it is submitted (each its own transition, so each is audited). */
export async function submitBatch(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  body: { referenceNumber?: string | undefined; referenceDate?: string | undefined },
) {
  const rows = await scope.db.select().from(kelurahanBatches).where(scope.own(kelurahanBatches, eq(kelurahanBatches.id, id), villageFilter(scope))).limit(1);
  const batch = rows[0];
  if (!batch) throw batchNotFound();
  if (batch.status !== 'open') {
    throw new DomainError('KELURAHAN_BATCH_SUBMITTED', 409, { id: 'Kumpulan usulan ini sudah diserahkan.', en: 'This batch was already submitted.' });
  }
  const drafts = await scope.db.select({ id: applications.id, version: applications.version }).from(applications)
    .where(scope.own(applications, eq(applications.kelurahanBatchId, id), eq(applications.status, 'draft')))
    .orderBy(asc(applications.createdAt))
    .limit(500);
  if (drafts.length === 0) {
    throw new DomainError('KELURAHAN_BATCH_EMPTY', 409, { id: 'Kumpulan usulan ini belum berisi usulan.', en: 'This batch holds no proposals yet.' });
  }
  const submitted: string[] = [];
  for (const d of drafts) {
    const out = await runTransition(services, scope, roles, d.id, { action: { type: 'submit' }, version: d.version, data: { kelurahanBatchId: id } });
    submitted.push(out.row.receiptNumber);
  }
  const updated = await scope.mutate(async (tx, audit) => {
    const r = await tx.update(kelurahanBatches)
      .set({ status: 'submitted', submittedAt: new Date(), referenceNumber: body.referenceNumber ?? batch.referenceNumber, referenceDate: body.referenceDate ?? batch.referenceDate })
      .where(and(eq(kelurahanBatches.id, id), eq(kelurahanBatches.officeId, scope.officeId)))
      .returning();
    await audit({ action: 'kelurahan_batch.submitted', entityType: 'kelurahan_batch', entityId: id, after: { applications: submitted.length, villageCode: batch.villageCode } });
    return r[0]!;
  });
  return { batch: batchView(updated, drafts.length), receiptNumbers: submitted };
}
