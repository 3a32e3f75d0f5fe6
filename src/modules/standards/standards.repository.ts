import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { officeHolidays, officeStandards } from './standards.tables.js';
import type { OfficeStandard } from './standard.schema.js';

// Standards and holidays are public information of an office, so reads take an office id
// (resolved from a public slug or from the session); writes go through OfficeScope.mutate.

export type StandardRow = typeof officeStandards.$inferSelect;

/** The version in force on `onDate` (YYYY-MM-DD): the newest published with effective date ≤ onDate. */
export async function findStandardInForce(db: Executor, officeId: number, onDate: string): Promise<StandardRow | null> {
  const rows = await db
    .select()
    .from(officeStandards)
    .where(and(eq(officeStandards.officeId, officeId), lte(officeStandards.effectiveDate, onDate)))
    .orderBy(desc(officeStandards.effectiveDate), desc(officeStandards.version))
    .limit(1);
  if (rows[0]) return rows[0];
  // Before its first effective date an office still needs a standard to show: its earliest.
  const first = await db.select().from(officeStandards).where(eq(officeStandards.officeId, officeId)).orderBy(asc(officeStandards.version)).limit(1);
  return first[0] ?? null;
}

export async function findStandardVersion(db: Executor, officeId: number, version: number): Promise<StandardRow | null> {
  const rows = await db.select().from(officeStandards).where(and(eq(officeStandards.officeId, officeId), eq(officeStandards.version, version))).limit(1);
  return rows[0] ?? null;
}

export async function findStandardById(db: Executor, officeId: number, id: number): Promise<StandardRow | null> {
  const rows = await db.select().from(officeStandards).where(and(eq(officeStandards.officeId, officeId), eq(officeStandards.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function listStandardVersions(db: Executor, officeId: number) {
  return db
    .select({ id: officeStandards.id, version: officeStandards.version, effectiveDate: officeStandards.effectiveDate, publishedAt: officeStandards.publishedAt, note: officeStandards.note })
    .from(officeStandards)
    .where(eq(officeStandards.officeId, officeId))
    .orderBy(desc(officeStandards.version))
    .limit(100);
}

export async function insertStandardVersion(
  tx: Executor,
  values: { officeId: number; effectiveDate: string; standard: OfficeStandard; note?: string | null; publishedBy?: string | null },
): Promise<StandardRow> {
  // Versions are numbered per office; the unique index turns a race into a retryable conflict.
  const next = await tx
    .select({ v: sql<number>`coalesce(max(${officeStandards.version}), 0) + 1` })
    .from(officeStandards)
    .where(eq(officeStandards.officeId, values.officeId));
  const version = Number(next[0]!.v);
  const rows = await tx
    .insert(officeStandards)
    .values({ ...values, version, standard: { ...values.standard, version } })
    .returning();
  return rows[0]!;
}

export async function listOfficeHolidays(db: Executor, officeId: number) {
  return db.select().from(officeHolidays).where(eq(officeHolidays.officeId, officeId)).orderBy(asc(officeHolidays.date)).limit(500);
}

export async function insertOfficeHoliday(tx: Executor, officeId: number, date: string, name: string) {
  const rows = await tx.insert(officeHolidays).values({ officeId, date, name }).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function deleteOfficeHoliday(tx: Executor, officeId: number, id: number) {
  const rows = await tx.delete(officeHolidays).where(and(eq(officeHolidays.officeId, officeId), eq(officeHolidays.id, id))).returning();
  return rows[0] ?? null;
}
