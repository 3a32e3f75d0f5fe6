import { desc, eq, lt, sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../../platform/db/client.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { registryImports } from '../registry.tables.js';

export type ImportRecord = typeof registryImports.$inferSelect;

export async function findImport(scope: OfficeScope, db: Executor, id: string): Promise<ImportRecord | null> {
  const rows = await db.select().from(registryImports).where(scope.own(registryImports, eq(registryImports.id, id))).limit(1);
  return rows[0] ?? null;
}

export async function listImports(scope: OfficeScope, limit: number, before?: Date): Promise<ImportRecord[]> {
  return scope.db.select().from(registryImports)
    .where(scope.own(registryImports, before ? lt(registryImports.createdAt, before) : undefined))
    .orderBy(desc(registryImports.createdAt)).limit(limit);
}

export interface RejectionRow {
  row_number: number;
  values: Record<string, string> | string;
  reasons: { field: string; code: string; message: string; messageEn: string }[] | string;
}

/** One page of an import's rejected rows, in file order. */
export async function rejectionPage(scope: OfficeScope, importId: string, afterRow: number, limit: number): Promise<RejectionRow[]> {
  return execRows<RejectionRow>(scope.db, sql`
    SELECT row_number, values, reasons FROM registry_import_rejections
     WHERE office_id = ${scope.officeId} AND import_id = ${importId} AND row_number > ${afterRow}
     ORDER BY row_number LIMIT ${limit}`);
}

