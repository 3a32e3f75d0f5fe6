import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Configuration comes only from environment variables, validated once at start.
 * Each wrong value yields its own message naming the variable and the rule, so an
 * operator fixes all of them in one go instead of one per restart.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** postgres://… when set; otherwise the embedded PGlite database under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  publicUrl: string;
  sessionSecret: string;
  /** Demo offices, accounts and known passwords: only embedded mode or an explicit --demo. */
  demo: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parseIntVar(env: Env, name: string, def: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw)) {
    problems.push(`${name}="${raw}" harus bilangan bulat ${min}–${max} / must be an integer ${min}–${max}`);
    return def;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    problems.push(`${name}=${raw} di luar rentang ${min}–${max} / out of range ${min}–${max}`);
  }
  return value;
}

export function loadConfig(env: Env = process.env, opts: { demo?: boolean } = {}): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV="${nodeEnv}" harus development, production atau test / must be development, production or test`);
  }
  const production = nodeEnv === 'production';
  const port = parseIntVar(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST || '0.0.0.0';

  let databaseUrl: string | null = null;
  if (env.DATABASE_URL) {
    try {
      const url = new URL(env.DATABASE_URL);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        problems.push(`DATABASE_URL harus diawali postgres:// / must start with postgres:// (got ${url.protocol}//)`);
      }
      databaseUrl = env.DATABASE_URL;
    } catch {
      problems.push('DATABASE_URL bukan URL yang valid / is not a valid URL (postgres://user:pass@host:5432/db)');
    }
  }

  const dataDir = resolve(env.DATA_DIR || './data');

  let publicUrl = env.PUBLIC_URL || `http://localhost:${port}`;
  try {
    const u = new URL(publicUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    publicUrl = publicUrl.replace(/\/+$/, '');
  } catch {
    problems.push(`PUBLIC_URL="${publicUrl}" harus URL http(s) / must be an http(s) URL, e.g. https://pbi.example.go.id`);
  }

  let sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET minimal 32 karakter / must be at least 32 characters');
  }
  if (!sessionSecret && production) {
    problems.push('SESSION_SECRET wajib diisi saat NODE_ENV=production / is required in production (openssl rand -hex 32)');
  }

  const demoFlag = opts.demo ?? false;
  if (demoFlag && production) {
    problems.push('--demo tidak boleh dipakai saat NODE_ENV=production / --demo is refused in production');
  }

  const sessionIdleMinutes = parseIntVar(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60, problems);
  const sessionAbsoluteHours = parseIntVar(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7, problems);
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL="${logLevel}" harus salah satu dari fatal,error,warn,info,debug,trace,silent`);
  }

  if (problems.length > 0) throw new ConfigError(problems);

  if (!sessionSecret) sessionSecret = readOrCreateSecret(dataDir);

  return {
    env: nodeEnv as Config['env'],
    port,
    host,
    databaseUrl,
    dataDir,
    publicUrl,
    sessionSecret,
    // Embedded mode is the "try it on one PC" mode and always carries the demo data;
    // a PostgreSQL deployment gets it only when asked for with --demo.
    demo: !production && (demoFlag || databaseUrl === null),
    logLevel,
    sessionIdleMinutes,
    sessionAbsoluteHours,
  };
}

/** Embedded mode keeps a generated secret in the data folder so sessions survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** For the README table and `layanan-pbi help`. */
export const CONFIG_VARIABLES = [
  ['PORT', '3000', 'HTTP port'],
  ['HOST', '0.0.0.0', 'Interface to listen on'],
  ['DATABASE_URL', '(empty: embedded PGlite)', 'postgres://user:pass@host:5432/db — required for several PCs or production'],
  ['DATA_DIR', './data', 'Embedded database, uploaded documents, generated secret'],
  ['PUBLIC_URL', 'http://localhost:PORT', 'Address citizens use; printed in QR codes of letters'],
  ['SESSION_SECRET', '(generated in DATA_DIR)', 'At least 32 characters; required when NODE_ENV=production'],
  ['NODE_ENV', 'development', 'production disables demo data'],
  ['LOG_LEVEL', 'info', 'fatal, error, warn, info, debug, trace, silent'],
  ['SESSION_IDLE_MINUTES', '30', 'Session ends after this much inactivity'],
  ['SESSION_ABSOLUTE_HOURS', '12', 'Session ends this long after login regardless of activity'],
] as const;
