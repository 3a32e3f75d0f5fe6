import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { MIGRATIONS_DIR, openPglite, openPostgres, type Database } from './client.js';

/**
 * Each test file gets its own fresh, migrated database on the engine chosen by TEST_DB
 * (`pglite`, the default, or `postgres`, which uses TEST_DATABASE_URL or the local server).
 * PostgreSQL copies a migrated template database (CREATE DATABASE … TEMPLATE is fast);
 * PGlite loads a dump of a migrated instance made once per worker.
 */
export const testEngine = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) {
    if (f.endsWith('.sql')) hash.update(f).update(readFileSync(`${MIGRATIONS_DIR}/${f}`));
  }
  return hash.digest('hex').slice(0, 12);
}

let pgliteTemplate: Promise<Blob> | undefined;

async function pgliteDump(): Promise<Blob> {
  const db = await openPglite();
  await db.migrate();
  const dump = await db.pglite!.dumpDataDir('none');
  await db.close();
  return dump;
}

function urlFor(database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function ensurePostgresTemplate(): Promise<string> {
  const name = `pbi_tpl_${migrationsFingerprint()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Workers race to build the template; the advisory lock lets one build it.
    await client.query('SELECT pg_advisory_lock(7262002)');
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_build`;
      await client.query(`DROP DATABASE IF EXISTS ${building}`);
      await client.query(`CREATE DATABASE ${building}`);
      const db = await openPostgres(urlFor(building), { max: 1 });
      await db.migrate();
      await db.close();
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7262002)');
    await client.end();
  }
  return name;
}

export interface TestDatabase extends Database {
  name: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine === 'postgres') {
    const template = await ensurePostgresTemplate();
    const name = `pbi_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const db = await openPostgres(urlFor(name), { max: 5 });
    const close = db.close.bind(db);
    return {
      ...db,
      name,
      async close() {
        await close();
        await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
      },
    };
  }
  pgliteTemplate ??= pgliteDump();
  const db = await openPglite(undefined, await pgliteTemplate);
  return { ...db, name: 'pglite-memory' };
}
