import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from './test-db.js';

describe(`test database (${testEngine})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('is migrated and has pg_trgm', async () => {
    const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM offices");
    expect(rows[0]!.n).toBe(0);
    const sim = await db.query<{ s: number }>("SELECT similarity('SITI AMINAH', 'SITI AMINA') AS s");
    expect(sim[0]!.s).toBeGreaterThan(0.5);
  });

  it('refuses updates and deletes of the audit log', async () => {
    await db.query(
      `INSERT INTO audit_log (chain, seq, at, actor_label, action, entity_type, prev_hash, hash)
       VALUES (0, 1, now(), 'test', 'x', 'y', '', 'h')`,
    );
    await expect(db.query('UPDATE audit_log SET action = $1', ['z'])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
