import { join } from 'node:path';
import { loadConfig, type Config } from './platform/config.js';
import { openPglite, openPostgres, type Database } from './platform/db/client.js';
import { lockDataDir } from './platform/db/data-dir-lock.js';
import { buildApp } from './platform/http/app.js';
import { seedDemo, DEMO_PASSWORD } from './modules/demo/demo.seed.js';
import { seedDemoApplications } from './modules/demo/demo.applications.js';

export const pgliteDir = (config: Config) => join(config.dataDir, 'pgdata');

/** Opens the configured database; embedded mode holds the data-folder lock until release(). */
export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; release: () => void }> {
  if (config.databaseUrl) return { database: await openPostgres(config.databaseUrl), release: () => {} };
  const release = lockDataDir(config.dataDir);
  try {
    return { database: await openPglite(pgliteDir(config)), release };
  } catch (err) {
    release();
    throw err;
  }
}

export async function startServer(opts: { demo?: boolean } = {}) {
  const config = loadConfig(process.env, opts);
  const { database, release } = await openConfiguredDatabase(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: menutup server… / shutting down…`);
    try {
      await app?.close();
      await database.close();
    } finally {
      release();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await database.migrate();
    const logins = config.demo ? await seedDemo(database, config) : [];
    app = await buildApp({ config, database });
    // Demo cases go through the API itself, so they need the app (not yet listening).
    const demoCases = config.demo ? await seedDemoApplications(app, database, () => console.log('Membuat permohonan contoh… / creating demo applications…')) : 0;
    if (demoCases > 0) console.log(`Data demo: ${demoCases} permohonan contoh dibuat / demo applications created`);
    await app.listen({ port: config.port, host: config.host });
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${pgliteDir(config)}`;
    console.log(`\nLayanan PBI berjalan di / is running at ${config.publicUrl}  (database: ${where})`);
    if (logins.length > 0) {
      console.log(`\nAkun demo / demo logins — kata sandi / password: ${DEMO_PASSWORD}`);
      for (const l of logins) {
        console.log(`  ${l.office.padEnd(16)} ${l.username.padEnd(18)} ${l.roles.join(', ')}${l.totp ? '  (+ kode 2 langkah: npx layanan-pbi demo-code ' + l.username + ')' : ''}`);
      }
      console.log('\nData demo hanya ada di mode tertanam atau dengan --demo; tidak pernah di NODE_ENV=production.');
    }
    return app;
  } catch (err) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    release();
    throw err;
  }
}
