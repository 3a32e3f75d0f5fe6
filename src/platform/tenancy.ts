import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database, Db, Tx } from './db/client.js';
import { appendAudit, type AuditActor, type AuditEntry } from './audit/audit.service.js';

/**
 * The tenant-scoped handle every repository receives. It is the only way modules reach
 * tenant data: the office comes from the logged-in account (never from the request), and
 * `own(table)` is the one place that restricts a query to that office. Kelurahan operators
 * additionally carry the villages they may act for.
 */
export class OfficeScope {
  constructor(
    readonly database: Database,
    readonly officeId: number,
    readonly actor: AuditActor,
    /** null = every village of the office; otherwise only these Kemendagri village codes. */
    readonly kelurahanCodes: readonly string[] | null = null,
  ) {}

  get db(): Db {
    return this.database.db;
  }

  /** WHERE clause limiting a tenant table to this office, combined with the caller's own. */
  own(table: { officeId: PgColumn }, ...conditions: (SQL | undefined)[]): SQL {
    return and(eq(table.officeId, this.officeId), ...conditions) as SQL;
  }

  /** One transaction per mutation, with the audit row written inside it. */
  mutate<T>(fn: (tx: Tx, audit: (entry: AuditEntry) => Promise<void>) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(tx, (entry) => appendAudit(tx, this.officeId, this.actor, entry)));
  }

  /** Records a read of personal data (a full record, a document). */
  audit(entry: AuditEntry): Promise<void> {
    return this.db.transaction((tx) => appendAudit(tx, this.officeId, this.actor, entry));
  }

  mayActForVillage(villageCode: string): boolean {
    return this.kelurahanCodes === null || this.kelurahanCodes.includes(villageCode);
  }
}
