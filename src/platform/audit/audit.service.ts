import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { execRows, type Database, type Executor } from '../db/client.js';

export interface AuditActor {
  userId: string | null;
  label: string;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  /** Verb in the past tense of the domain: `application.returned`, `person.viewed`, `staff.disabled`. */
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: 'system' };
export const PLATFORM_CHAIN = 0;

/** JSON with sorted keys, so a jsonb round trip (which reorders keys) hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  chain: number;
  seq: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(f)).digest('hex');
}

/** Plain JSON copy (dates as ISO strings) so what is stored is exactly what was hashed. */
const plain = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends one entry to a chain inside the caller's transaction. The advisory lock serialises
 * writers of one chain until commit, so two entries never claim the same predecessor.
 */
export async function appendAudit(tx: Executor, chain: number, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.transaction(async (t) => {
    await t.execute(sql`SELECT pg_advisory_xact_lock(7262100, ${chain})`);
    const last = await execRows<{ seq: number; hash: string }>(
      t,
      sql`SELECT seq, hash FROM audit_log WHERE chain = ${chain} ORDER BY seq DESC LIMIT 1`,
    );
    const prev = last[0];
    const fields: HashedFields = {
      chain,
      seq: (prev?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actorUserId: actor.userId,
      actorLabel: actor.label,
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: plain(entry.before),
      after: plain(entry.after),
    };
    const prevHash = prev?.hash ?? '';
    const hash = entryHash(prevHash, fields);
    await t.execute(sql`
      INSERT INTO audit_log (chain, seq, at, actor_user_id, actor_label, ip, request_id, action, entity_type,
                             entity_id, before, after, prev_hash, hash)
      VALUES (${fields.chain}, ${fields.seq}, ${fields.at}, ${fields.actorUserId}, ${fields.actorLabel}, ${fields.ip},
              ${fields.requestId}, ${fields.action}, ${fields.entityType}, ${fields.entityId},
              ${fields.before === null ? null : JSON.stringify(fields.before)}::jsonb,
              ${fields.after === null ? null : JSON.stringify(fields.after)}::jsonb, ${prevHash}, ${hash})`);
  });
}

export interface ChainReport {
  chain: number;
  entries: number;
  ok: boolean;
  problem?: { seq: number; id: number; reason: string };
}

/** Walks every chain in pages (never one long query) and recomputes each hash. */
export async function verifyAudit(database: Database, pageSize = 1000): Promise<ChainReport[]> {
  const chains = await database.query<{ chain: number }>('SELECT DISTINCT chain FROM audit_log ORDER BY chain');
  const reports: ChainReport[] = [];
  for (const { chain } of chains) {
    let prevHash = '';
    let expectedSeq = 1;
    let entries = 0;
    let problem: ChainReport['problem'];
    let afterSeq = 0;
    while (!problem) {
      const rows = await database.query<Record<string, unknown>>(
        `SELECT id, chain, seq, at, actor_user_id, actor_label, ip, request_id, action, entity_type, entity_id,
                before, after, prev_hash, hash
           FROM audit_log WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [chain, afterSeq, pageSize],
      );
      if (rows.length === 0) break;
      for (const r of rows) {
        const seq = Number(r.seq);
        const id = Number(r.id);
        if (seq !== expectedSeq) {
          problem = { seq: expectedSeq, id, reason: `entry ${expectedSeq} is missing (next found: ${seq})` };
          break;
        }
        const fields: HashedFields = {
          chain,
          seq,
          at: new Date(r.at as string | Date).toISOString(),
          actorUserId: (r.actor_user_id as string | null) ?? null,
          actorLabel: r.actor_label as string,
          ip: (r.ip as string | null) ?? null,
          requestId: (r.request_id as string | null) ?? null,
          action: r.action as string,
          entityType: r.entity_type as string,
          entityId: (r.entity_id as string | null) ?? null,
          before: typeof r.before === 'string' ? JSON.parse(r.before) : (r.before ?? null),
          after: typeof r.after === 'string' ? JSON.parse(r.after) : (r.after ?? null),
        };
        if (r.prev_hash !== prevHash) {
          problem = { seq, id, reason: 'link to the previous entry is broken' };
          break;
        }
        if (entryHash(prevHash, fields) !== r.hash) {
          problem = { seq, id, reason: 'entry content was changed after it was written' };
          break;
        }
        prevHash = r.hash as string;
        expectedSeq++;
        entries++;
        afterSeq = seq;
      }
    }
    reports.push({ chain, entries, ok: !problem, ...(problem ? { problem } : {}) });
  }
  return reports;
}
