import { and, asc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { applicationEvents, applicationMembers, applicationRequirements, applications } from './applications.tables.js';
import { CLOSED_STATUSES } from './workflow/statuses.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationInsert = typeof applications.$inferInsert;
export type MemberRow = typeof applicationMembers.$inferSelect;
export type RequirementRow = typeof applicationRequirements.$inferSelect;
export type EventRow = typeof applicationEvents.$inferSelect;

/** Kelurahan operators see the applications of their own villages only. */
export function villageCondition(scope: OfficeScope): SQL | undefined {
  const codes = scope.kelurahanCodes;
  if (codes === null) return undefined;
  if (codes.length === 0) return sql`false`;
  return inArray(applications.villageCode, [...codes]);
}

export async function findApplication(scope: OfficeScope, db: Executor, id: string): Promise<ApplicationRow | null> {
  const rows = await db.select().from(applications).where(scope.own(applications, eq(applications.id, id), villageCondition(scope))).limit(1);
  return rows[0] ?? null;
}

export async function membersOf(db: Executor, applicationId: string): Promise<MemberRow[]> {
  return db.select().from(applicationMembers).where(eq(applicationMembers.applicationId, applicationId)).orderBy(asc(applicationMembers.position));
}

export async function requirementsOf(db: Executor, applicationId: string): Promise<RequirementRow[]> {
  return db.select().from(applicationRequirements).where(eq(applicationRequirements.applicationId, applicationId)).orderBy(asc(applicationRequirements.position));
}

export async function eventsOf(db: Executor, applicationId: string, limit = 200): Promise<EventRow[]> {
  return db
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.version), asc(applicationEvents.ordinal))
    .limit(limit);
}

/**
 * The optimistic lock: the update applies only if nobody changed the application since it was read.
 * Returns the updated row, or null when the version moved on (the caller answers APPLICATION_CHANGED).
 */
export async function compareAndSet(
  tx: Executor,
  scope: OfficeScope,
  id: string,
  expectedVersion: number,
  set: Partial<ApplicationInsert>,
): Promise<ApplicationRow | null> {
  const rows = await tx
    .update(applications)
    .set({ ...set, version: expectedVersion + 1, updatedAt: new Date() })
    .where(scope.own(applications, eq(applications.id, id), eq(applications.version, expectedVersion)))
    .returning();
  return rows[0] ?? null;
}

/** Open applications of one service for any of these NIKs (the "same kind still open" rule). */
export async function openApplicationsFor(scope: OfficeScope, db: Executor, serviceCode: string, niks: string[]) {
  if (niks.length === 0) return [];
  return db
    .selectDistinct({ id: applications.id, receiptNumber: applications.receiptNumber })
    .from(applicationMembers)
    .innerJoin(applications, eq(applications.id, applicationMembers.applicationId))
    .where(and(
      eq(applicationMembers.officeId, scope.officeId),
      inArray(applicationMembers.nik, niks),
      eq(applications.serviceCode, serviceCode),
      notInArray(applications.status, [...CLOSED_STATUSES]),
    ))
    .limit(5);
}
