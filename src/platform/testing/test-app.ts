import { loadConfig, type Config } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../db/test-db.js';
import { buildApp } from '../http/app.js';
import type { App } from '../http/app-context.js';

export interface TestApp {
  app: App;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/** A full app on a fresh database of its own (one per test file). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    DATA_DIR: '/tmp/layanan-pbi-test',
    PUBLIC_URL: 'http://localhost:3000',
    ...env,
  });
  const app = await buildApp({ config, database, logger: false });
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
