import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/test-db.js';
import { appendAudit, canonicalJson, verifyAudit } from './audit.service.js';

describe('hash-chained audit log', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.close());

  const actor = { userId: null, label: 'tester', ip: '127.0.0.1' };

  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  it('verifies an intact chain, and detects an edited and a deleted entry', async () => {
    for (let i = 0; i < 5; i++) {
      await db.db.transaction((tx) => appendAudit(tx, 7, actor, { action: 'x.changed', entityType: 'x', entityId: i, before: { v: i }, after: { v: i + 1, nested: { z: 1, a: 'b' } } }));
    }
    await db.db.transaction((tx) => appendAudit(tx, 8, actor, { action: 'y.viewed', entityType: 'y' }));
    let report = await verifyAudit(db, 2);
    expect(report).toEqual([
      { chain: 7, entries: 5, ok: true },
      { chain: 8, entries: 1, ok: true },
    ]);

    // Someone with database access bypasses the append-only trigger and edits history.
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await db.query(`UPDATE audit_log SET after = '{"v": 99}'::jsonb WHERE chain = 7 AND seq = 3`);
    report = await verifyAudit(db);
    expect(report[0]).toMatchObject({ chain: 7, ok: false, problem: { seq: 3, reason: expect.stringContaining('changed') } });

    await db.query(`DELETE FROM audit_log WHERE chain = 8`);
    await db.query(`DELETE FROM audit_log WHERE chain = 7 AND seq = 2`);
    report = await verifyAudit(db);
    expect(report[0]).toMatchObject({ ok: false, problem: { seq: 2, reason: expect.stringContaining('missing') } });
    await db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  });

  it('never gives two concurrent entries the same place in a chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => db.db.transaction((tx) => appendAudit(tx, 9, actor, { action: 'c', entityType: 'c', entityId: i }))),
    );
    const report = await verifyAudit(db);
    expect(report.find((r) => r.chain === 9)).toEqual({ chain: 9, entries: 20, ok: true });
  });
});
