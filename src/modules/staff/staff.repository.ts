import { and, arrayContains, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { execRows, type Db, type Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { users } from './staff.tables.js';

export type UserRow = typeof users.$inferSelect;

/** Login happens before an office is known, so it looks the username up platform-wide. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(sql`lower(${users.username}) = ${username.toLowerCase()}`).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

// Built once: Drizzle's query building was the largest product cost of a simple read.
const staffByIdInOffice = new WeakMap<object, ReturnType<typeof prepareStaffById>>();
function prepareStaffById(db: Executor) {
  return db
    .select()
    .from(users)
    .where(and(eq(users.officeId, sql.placeholder('officeId')), eq(users.id, sql.placeholder('id'))))
    .limit(1)
    .prepare('staff_by_id_in_office');
}

export async function findStaffInOffice(scope: OfficeScope, db: Executor, id: string): Promise<UserRow | null> {
  // Inside a transaction use the plain builder (a prepared query is bound to its executor).
  if (db !== scope.db) {
    const rows = await db.select().from(users).where(scope.own(users, eq(users.id, id))).limit(1);
    return rows[0] ?? null;
  }
  let prepared = staffByIdInOffice.get(db);
  if (!prepared) staffByIdInOffice.set(db, (prepared = prepareStaffById(db)));
  const rows = await prepared.execute({ officeId: scope.officeId, id });
  return rows[0] ?? null;
}

export async function listStaff(scope: OfficeScope, limit: number, afterUsername?: string): Promise<UserRow[]> {
  return scope.db
    .select()
    .from(users)
    .where(scope.own(users, afterUsername ? gt(users.username, afterUsername) : undefined))
    .orderBy(asc(users.username))
    .limit(limit);
}

/** Cap on a picker list; an office has tens of officers per role, not hundreds. */
export const ASSIGNEE_LIMIT = 500;

/**
 * Active accounts of the office holding `role`, by name. Narrowed by users_office_idx first; the
 * role and disabled filters then run over one office's few rows, so no extra index is needed.
 */
export async function listAssignees(scope: OfficeScope, role: string) {
  return scope.db
    .select({ id: users.id, fullName: users.fullName, title: users.title })
    .from(users)
    .where(scope.own(users, isNull(users.disabledAt), arrayContains(users.roles, [role])))
    .orderBy(asc(users.fullName), asc(users.id))
    .limit(ASSIGNEE_LIMIT);
}

export async function insertUser(tx: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await tx.insert(users).values(values).returning();
  return rows[0]!;
}

export async function updateUser(tx: Executor, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const rows = await tx.update(users).set(values).where(eq(users.id, id)).returning();
  return rows[0]!;
}

/** Failures per client address within a sliding window; returns the count after this one. */
export async function bumpThrottle(db: Db, key: string, windowMinutes: number): Promise<number> {
  const rows = await execRows<{ failures: number }>(db, sql`
    INSERT INTO login_throttle (key, failures, window_start) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE login_throttle.failures + 1 END,
      window_start = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE login_throttle.window_start END
    RETURNING failures`);
  return Number(rows[0]!.failures);
}

export async function throttleCount(db: Db, key: string, windowMinutes: number): Promise<number> {
  const rows = await execRows<{ failures: number }>(db, sql`
    SELECT failures FROM login_throttle WHERE key = ${key} AND window_start > now() - make_interval(mins => ${windowMinutes})`);
  return Number(rows[0]?.failures ?? 0);
}

export async function clearThrottle(db: Db, key: string) {
  await db.execute(sql`DELETE FROM login_throttle WHERE key = ${key}`);
}
