import { and, asc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import { regions } from './regions.tables.js';

export type RegionRecord = typeof regions.$inferSelect;

export async function findRegion(db: Executor, code: string): Promise<RegionRecord | null> {
  const rows = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return rows[0] ?? null;
}

/** Children of a region (or provinces when parent is null), in code order, keyset-paged. */
export async function listChildren(db: Executor, parent: string | null, limit: number, after?: string): Promise<RegionRecord[]> {
  const conditions: (SQL | undefined)[] = [parent === null ? isNull(regions.parentCode) : eq(regions.parentCode, parent)];
  if (after !== undefined) conditions.push(gt(regions.code, after));
  return db.select().from(regions).where(and(...conditions)).orderBy(asc(regions.code)).limit(limit);
}

export interface VillageInfo {
  name: string;
  districtCode: string;
  districtName: string;
}

/** Every village of a regency with its district, for validating a whole import against memory. */
export async function villagesOfRegency(db: Executor, regencyCode: string): Promise<Map<string, VillageInfo>> {
  const rows = await execRows<{ code: string; name: string; district_code: string; district_name: string }>(db, sql`
    SELECT v.code, v.name, d.code AS district_code, d.name AS district_name
      FROM regions d JOIN regions v ON v.parent_code = d.code
     WHERE d.parent_code = ${regencyCode} AND d.level = 'district' AND v.level = 'village'`);
  return new Map(rows.map((r) => [r.code, { name: r.name, districtCode: r.district_code, districtName: r.district_name }]));
}

/** One village with its district, or null. */
export async function findVillage(db: Executor, villageCode: string): Promise<(VillageInfo & { code: string }) | null> {
  const rows = await execRows<{ code: string; name: string; district_code: string; district_name: string }>(db, sql`
    SELECT v.code, v.name, d.code AS district_code, d.name AS district_name
      FROM regions v JOIN regions d ON d.code = v.parent_code
     WHERE v.code = ${villageCode} AND v.level = 'village'`);
  const r = rows[0];
  return r ? { code: r.code, name: r.name, districtCode: r.district_code, districtName: r.district_name } : null;
}
