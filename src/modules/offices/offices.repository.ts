import { asc, eq, isNull, sql } from 'drizzle-orm';
import { execRows, type Database, type Db, type Executor } from '../../platform/db/client.js';
import { offices } from './offices.tables.js';
import type { CreateOfficeInput, OfficePublic } from './offices.schema.js';

// Offices are the tenants themselves, so this is the one repository that is not scoped.
const publicColumns = {
  slug: offices.slug,
  name: offices.name,
  regionCode: offices.regionCode,
  timeZone: offices.timeZone,
};

export async function listPublicOffices(db: Db): Promise<OfficePublic[]> {
  const rows = await db.select(publicColumns).from(offices).where(isNull(offices.archivedAt)).orderBy(asc(offices.name));
  return rows as OfficePublic[];
}

type OfficeRow = typeof offices.$inferSelect;

/** Hot path of every public office route: a prepared statement, no query building per call. */
export async function findOfficeBySlugFast(database: Database, slug: string): Promise<OfficeRow | null> {
  const rows = await database.query<Record<string, unknown>>(
    `SELECT id, slug, name, region_code, time_zone, receipt_prefix, settings, created_at, archived_at FROM offices WHERE slug = $1`,
    [slug],
    'office_by_slug',
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    slug: r.slug as string,
    name: r.name as string,
    regionCode: r.region_code as string,
    timeZone: r.time_zone as string,
    receiptPrefix: r.receipt_prefix as string,
    settings: r.settings as Record<string, unknown>,
    createdAt: new Date(r.created_at as string),
    archivedAt: r.archived_at ? new Date(r.archived_at as string) : null,
  };
}

export async function findOfficeBySlug(db: Executor, slug: string) {
  const rows = await db.select().from(offices).where(eq(offices.slug, slug)).limit(1);
  return rows[0] ?? null;
}

export async function findOfficeById(db: Executor, id: number) {
  const rows = await db.select().from(offices).where(eq(offices.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertOffice(tx: Executor, input: CreateOfficeInput) {
  const rows = await tx.insert(offices).values(input).returning();
  return rows[0]!;
}

/** Next value of a per-office counter, allocated inside the caller's transaction (gap-free). */
export async function nextCounter(tx: Executor, officeId: number, name: string): Promise<number> {
  const rows = await execRows<{ value: number }>(tx, sql`
    INSERT INTO office_counters (office_id, name, value) VALUES (${officeId}, ${name}, 1)
    ON CONFLICT (office_id, name) DO UPDATE SET value = office_counters.value + 1
    RETURNING value`);
  return Number(rows[0]!.value);
}
