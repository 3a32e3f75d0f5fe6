import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../platform/db/test-db.js';
import { loadConfig } from '../../platform/config.js';
import { seedDemo } from './demo.seed.js';

describe('demo data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.close());

  it('creates the five offices with their standards and staff, and a second run changes nothing', async () => {
    const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/pbi-demo-test' });
    const first = await seedDemo(db, config);
    const count = async () => (await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM offices)::int + (SELECT count(*) FROM users)::int * 100 + (SELECT count(*) FROM office_standards)::int * 10000 AS n`))[0]!.n;
    const after1 = await count();
    await seedDemo(db, config);
    expect(await count()).toBe(after1);
    const offices = await db.query<{ slug: string }>('SELECT slug FROM offices ORDER BY slug');
    expect(offices.map((o) => o.slug)).toEqual(['kab-karangasem', 'kab-malinau', 'kota-palembang', 'kota-pasuruan', 'kota-tarakan']);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM office_standards'))[0]!.n).toBe(5);
    const kel = first.find((l) => l.username === 'plg.kelurahan');
    expect(kel?.roles).toEqual(['kelurahan_operator']);
    const codes = await db.query<{ kelurahan_codes: string[] }>(`SELECT kelurahan_codes FROM users WHERE username = 'plg.kelurahan'`);
    expect(codes[0]!.kelurahan_codes[0]).toMatch(/^16\.71\.\d{2}\.\d{4}$/);
  });
});

describe('demo applications', () => {
  it('leaves cases of every office at different points of its procedure, once', async () => {
    const { createTestApp } = await import('../../platform/testing/test-app.js');
    const { seedDemoApplications } = await import('./demo.applications.js');
    const t = await createTestApp();
    try {
      await seedDemo(t.database, t.config);
      const made = await seedDemoApplications(t.app, t.database);
      expect(made).toBeGreaterThanOrEqual(40);
      const rows = await t.database.query<{ slug: string; statuses: string[] }>(
        `SELECT o.slug, array_agg(DISTINCT a.status ORDER BY a.status) AS statuses FROM applications a JOIN offices o ON o.id = a.office_id GROUP BY o.slug ORDER BY o.slug`,
      );
      expect(rows.map((r) => r.slug)).toEqual(['kab-karangasem', 'kab-malinau', 'kota-palembang', 'kota-pasuruan', 'kota-tarakan']);
      for (const r of rows) {
        expect(r.statuses, r.slug).toContain('submitted');
        expect(r.statuses, r.slug).toContain('returned');
        expect(r.statuses.length, r.slug).toBeGreaterThanOrEqual(4);
      }
      expect(await seedDemoApplications(t.app, t.database)).toBe(0);
    } finally {
      await t.close();
    }
  }, 240_000);
});
