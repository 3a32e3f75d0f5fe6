import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgres } from '../src/platform/db/client.js';
import { buildOffice, buildStaff } from '../src/platform/testing/factories.js';
import { currentTotp } from '../src/platform/auth/totp.js';
import type { BenchResult } from './bench-types.js';

/**
 * Issue 2's benchmark, all in one run on PostgreSQL: requests/s and p99 of
 *   (a) a bare Fastify route, (b) a minimal Fastify route with one indexed query (same driver),
 *   (c) the product's public read route doing the same kind of query, (d) an authenticated read.
 * Targets: c/b ≥ 0.8, d/b ≥ 0.5; b/a is the machine's ceiling.
 */
const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;

function dbUrl(name: string) {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function load(url: string, headers: Record<string, string> = {}) {
  // Warm-up so JIT and pool connections are ready before measuring.
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

export async function run(): Promise<BenchResult[]> {
  const name = `pbi_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = dbUrl(name);
  const database = await openPostgres(url, { max: 2 });
  try {
    await database.migrate();
    const office = await buildOffice(database, { slug: 'kota-bench' });
    // Some other offices so the slug lookup is a real index probe.
    for (let i = 0; i < 50; i++) await buildOffice(database);
    const secret = 'bench-secret-bench-secret-bench-secret-0';
    const user = await buildStaff(database, secret, { officeId: office.id, roles: ['office_admin'] });

    const child = fork(fileURLToPath(new URL('./servers/foundation-servers.ts', import.meta.url)), {
      env: { ...process.env, BENCH_DATABASE_URL: url },
      execArgv: ['--import', 'tsx'],
    });
    const ports = await new Promise<{ a: number; b: number; product: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as never));
      child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    try {
      const base = `http://127.0.0.1:${ports.product}`;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: user.username, password: user.password }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
      const mfa = await fetch(`${base}/api/v1/auth/totp/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ code: currentTotp(user.totpSecret!) }),
      });
      if (!mfa.ok) throw new Error(`mfa ${mfa.status}`);

      const a = await load(`http://127.0.0.1:${ports.a}/hello`);
      const b = await load(`http://127.0.0.1:${ports.b}/offices/kota-bench`);
      const c = await load(`${base}/api/v1/offices/kota-bench`);
      const d = await load(`${base}/api/v1/staff/${user.id}`, { cookie });
      return [
        { name: '(a) bare Fastify route', value: a.rps, unit: 'req/s' },
        { name: '(a) p99', value: a.p99, unit: 'ms' },
        { name: '(b) minimal route + one indexed query', value: b.rps, unit: 'req/s', baseline: { name: '(a)', value: a.rps }, ratio: b.rps / a.rps, target: 'b/a ≈ 0.2 (machine ceiling)' },
        { name: '(b) p99', value: b.p99, unit: 'ms' },
        { name: '(c) product public read (GET /api/v1/offices/:slug)', value: c.rps, unit: 'req/s', baseline: { name: '(b)', value: b.rps }, ratio: c.rps / b.rps, target: 'c/b ≥ 0.8' },
        { name: '(c) p99', value: c.p99, unit: 'ms' },
        { name: '(d) product authenticated read (GET /api/v1/staff/:id)', value: d.rps, unit: 'req/s', baseline: { name: '(b)', value: b.rps }, ratio: d.rps / b.rps, target: 'd/b ≥ 0.5' },
        { name: '(d) p99', value: d.p99, unit: 'ms' },
      ];
    } finally {
      child.send('stop');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(r);
}
