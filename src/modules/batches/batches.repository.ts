import { and, asc, desc, eq, inArray, isNull, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { offices } from '../offices/offices.tables.js';
import { membershipEvents } from '../registry/registry.tables.js';
import { applications } from '../applications/applications.tables.js';
import { findStandardInForce } from '../standards/standards.repository.js';
import { toLocalDate } from '../calendar/index.js';
import { batches, batchItems, type BatchStatus } from './batches.tables.js';
import { batchNotFound } from './batches.errors.js';
import { closesAtFor, intakePeriod, nextPeriod, periodOf, type IntakeWindow } from './batches.service.js';

export type BatchRow = typeof batches.$inferSelect;

export async function officeTimeAndWindow(db: Executor, officeId: number, now = new Date()): Promise<{ timeZone: string; window: IntakeWindow | null }> {
  const [office] = await db.select({ timeZone: offices.timeZone }).from(offices).where(eq(offices.id, officeId));
  const timeZone = office?.timeZone ?? 'Asia/Jakarta';
  const standard = await findStandardInForce(db, officeId, toLocalDate(now, timeZone as never));
  const w = standard?.standard.intakeWindow ?? null;
  return { timeZone, window: w ? { receiveFromDay: w.receiveFromDay, receiveToDay: w.receiveToDay, deliverOnDay: w.deliverOnDay } : null };
}

export async function requireBatch(db: Executor, scope: OfficeScope, id: string, lock = false): Promise<BatchRow> {
  const q = db.select().from(batches).where(scope.own(batches, eq(batches.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw batchNotFound();
  return row;
}

export async function listBatches(scope: OfficeScope, limit: number, cursor?: string, status?: BatchStatus) {
  const [cp, cs] = cursor ? (cursor.split(':') as [string, string]) : [];
  const after = cp ? or(lt(batches.period, cp), and(eq(batches.period, cp), lt(batches.sequence, Number(cs)))) : undefined;
  const rows = await scope.db.select().from(batches)
    .where(scope.own(batches, after, status ? eq(batches.status, status) : undefined))
    .orderBy(desc(batches.period), desc(batches.sequence)).limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { batches: page, nextCursor: more && last ? `${last.period}:${last.sequence}` : null };
}

/** The open batch an event of `period` goes to, creating it; a closed period hands over to the next. */
async function openBatchFor(tx: Executor, officeId: number, period: string, window: IntakeWindow | null): Promise<BatchRow> {
  if (!window) {
    // On demand: one open batch at a time, whatever month it started in.
    const [open] = await tx.select().from(batches).where(and(eq(batches.officeId, officeId), eq(batches.status, 'open'))).limit(1);
    if (open) return open;
    const [max] = await tx.select({ s: sql<number>`coalesce(max(${batches.sequence}), 0)::int` }).from(batches)
      .where(and(eq(batches.officeId, officeId), eq(batches.period, period)));
    const [row] = await tx.insert(batches).values({ officeId, period, sequence: (max?.s ?? 0) + 1, closesAt: null }).returning();
    return row!;
  }
  for (let p = period; ; p = nextPeriod(p)) {
    const [existing] = await tx.select().from(batches).where(and(eq(batches.officeId, officeId), eq(batches.period, p), eq(batches.sequence, 1)));
    if (existing?.status === 'open') return existing;
    if (!existing) {
      const [row] = await tx.insert(batches).values({ officeId, period: p, sequence: 1, closesAt: closesAtFor(p, window) }).returning();
      return row!;
    }
  }
}

const ASSIGN_PAGE = 2000;

/**
 * Puts every unbatched membership event that BPJS must receive into its open batch. Runs before lists and
 * before a close, so the officer never sees a batch missing yesterday's approvals. Pages of 2,000 events:
 * one long statement would block PGlite's event loop.
 */
export async function assignPending(scope: OfficeScope, now = new Date()): Promise<number> {
  const { timeZone, window } = await officeTimeAndWindow(scope.db, scope.officeId, now);
  let total = 0;
  for (;;) {
    const assigned = await scope.mutate(async (tx, audit) => {
      const events = await tx.select({
        id: membershipEvents.id,
        personId: membershipEvents.personId,
        change: membershipEvents.bpjsChange,
        intakeDate: sql<string>`to_char((${membershipEvents.createdAt} AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD')`,
        // The applications module records an emergency on the event (after.priority); the application row is the fallback.
        priority: sql<boolean>`coalesce((${membershipEvents.after}->>'priority')::boolean, ${applications.priority}, false)`,
      }).from(membershipEvents)
        .leftJoin(applications, eq(applications.id, membershipEvents.applicationId))
        .where(and(eq(membershipEvents.officeId, scope.officeId), isNotNull(membershipEvents.bpjsChange), isNull(membershipEvents.batchId)))
        .orderBy(asc(membershipEvents.id)).limit(ASSIGN_PAGE).for('update', { of: membershipEvents, skipLocked: true });
      if (events.length === 0) return 0;
      const byBatch = new Map<string, { batch: BatchRow; items: (typeof batchItems.$inferInsert)[] }>();
      const cache = new Map<string, BatchRow>();
      for (const e of events) {
        const period = intakePeriod(e.intakeDate, window);
        const key = window ? period : 'open';
        let batch = cache.get(key);
        if (!batch) {
          batch = await openBatchFor(tx, scope.officeId, window ? period : periodOf(e.intakeDate), window);
          cache.set(key, batch);
        }
        const group = byBatch.get(batch.id) ?? { batch, items: [] };
        group.items.push({ officeId: scope.officeId, batchId: batch.id, membershipEventId: e.id, personId: e.personId, changeType: e.change!, priority: e.priority, intakeDate: e.intakeDate });
        byBatch.set(batch.id, group);
      }
      for (const { batch, items } of byBatch.values()) {
        await tx.insert(batchItems).values(items).onConflictDoNothing();
        await tx.update(membershipEvents).set({ batchId: batch.id })
          .where(and(eq(membershipEvents.officeId, scope.officeId), inArray(membershipEvents.id, items.map((i) => i.membershipEventId))));
        const prio = items.filter((i) => i.priority).length;
        await tx.update(batches).set({ itemCount: sql`${batches.itemCount} + ${items.length}`, priorityCount: sql`${batches.priorityCount} + ${prio}` })
          .where(eq(batches.id, batch.id));
        await audit({ action: 'batch.items_assigned', entityType: 'batch', entityId: batch.id, after: { count: items.length, priority: prio } });
      }
      return events.length;
    });
    total += assigned;
    if (assigned < ASSIGN_PAGE) return total;
  }
}

/** Fixes the No Urut once, at closing: emergencies first, then by intake date and arrival. */
export async function numberItems(tx: Executor, batchId: string): Promise<void> {
  await tx.execute(sql`
    UPDATE batch_items b SET position = s.rn
    FROM (SELECT id, row_number() OVER (PARTITION BY change_type ORDER BY priority DESC, intake_date, id)::int AS rn
          FROM batch_items WHERE batch_id = ${batchId}) s
    WHERE b.id = s.id`);
}

export async function countsByChange(db: Executor, scope: OfficeScope, batchId: string) {
  return db.select({
    changeType: batchItems.changeType,
    total: sql<number>`count(*)::int`,
    priority: sql<number>`count(*) filter (where ${batchItems.priority})::int`,
    accepted: sql<number>`count(*) filter (where ${batchItems.result} = 'accepted')::int`,
    rejected: sql<number>`count(*) filter (where ${batchItems.result} = 'rejected')::int`,
  }).from(batchItems).where(scope.own(batchItems, eq(batchItems.batchId, batchId))).groupBy(batchItems.changeType);
}
