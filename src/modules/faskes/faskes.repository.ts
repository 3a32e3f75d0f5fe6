import { and, asc, eq, gt, ilike, or, sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { faskes } from './faskes.tables.js';

export type FaskesRow = typeof faskes.$inferSelect;

export async function findFaskes(scope: OfficeScope, db: Executor, id: string): Promise<FaskesRow | null> {
  const rows = await db.select().from(faskes).where(scope.own(faskes, eq(faskes.id, id))).limit(1);
  return rows[0] ?? null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Active facilities by code order; `q` matches code or name. */
export async function listFaskes(scope: OfficeScope, opts: { q?: string; includeInactive?: boolean; limit: number; after?: string }): Promise<FaskesRow[]> {
  const pattern = opts.q ? `%${likeEscape(opts.q)}%` : undefined;
  return scope.db
    .select()
    .from(faskes)
    .where(scope.own(
      faskes,
      opts.includeInactive ? undefined : eq(faskes.active, true),
      pattern ? or(ilike(faskes.name, pattern), ilike(faskes.code, pattern)) : undefined,
      opts.after ? gt(faskes.code, opts.after) : undefined,
    ))
    .orderBy(asc(faskes.code))
    .limit(opts.limit);
}

/** code → id of the office's active facilities, for validating a whole member list in memory. */
export async function activeFaskesCodes(scope: OfficeScope, db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: faskes.id, code: faskes.code }).from(faskes).where(and(eq(faskes.officeId, scope.officeId), eq(faskes.active, true)));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface FaskesUpsert {
  code: string;
  name: string;
  kind: string;
  address: string | null;
}

/** Inserts or updates by (office, code); returns how many rows were new and how many changed. */
export async function upsertFaskes(scope: OfficeScope, tx: Executor, rows: FaskesUpsert[]): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const result = await execRows<{ inserted: boolean }>(tx, sql`
    INSERT INTO faskes (office_id, code, name, kind, address)
    SELECT ${scope.officeId}, code, name, kind, address
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(code text, name text, kind text, address text)
    ON CONFLICT (office_id, code) DO UPDATE
       SET name = EXCLUDED.name, kind = EXCLUDED.kind, address = EXCLUDED.address, active = true, updated_at = now()
     WHERE (faskes.name, faskes.kind, faskes.address, faskes.active) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.address, true)
    RETURNING (xmax = 0) AS inserted`);
  const created = result.filter((r) => r.inserted).length;
  return { created, updated: result.length - created };
}
