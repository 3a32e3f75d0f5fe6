import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { BenchResult } from './bench-types.js';

/**
 * Issue 5's benchmark: 200 concurrent staff taking in and advancing applications over HTTP on PostgreSQL,
 * on Malinau's standard (seed 004: check → to back office → register entry (registry records) → BPJS batch
 * (membership changes) → Edabu). Throughput, p50/p99 per step, and a count of every transition in the
 * database against what the clients were told succeeded: none lost, none doubled. A second phase has two
 * officers act on the same application at once: exactly one must win each race.
 *
 * Offices: staff are spread over BENCH_OFFICES offices (default 5) because each office's audit chain is
 * one serialised hash chain (platform/audit): one office with 200 clerks is not a real deployment.
 */
const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STAFF = Number(process.env.BENCH_STAFF ?? 200);
const OFFICES = Number(process.env.BENCH_OFFICES ?? 5);
const APPS_PER_STAFF = Number(process.env.BENCH_APPS_PER_STAFF ?? 3);
const RACES = Number(process.env.BENCH_RACES ?? 100);
const SECRET = 'bench-secret-bench-secret-bench-secret-0';
const STEPS = ['create', 'check', 'to_back_office', 'register_entry', 'deliver_to_bpjs', 'edabu'] as const;

const dbUrl = (name: string) => {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  await c.query(sql);
  await c.end();
}

// ---- child: the product server ------------------------------------------------------------------
async function serve(url: string) {
  const { loadConfig } = await import('../src/platform/config.js');
  const { openPostgres } = await import('../src/platform/db/client.js');
  const { buildApp } = await import('../src/platform/http/app.js');
  const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATABASE_URL: url, LOG_LEVEL: 'warn', DATA_DIR: join(tmpdir(), 'pbi-bench-data') });
  const database = await openPostgres(url, { max: 20 });
  const app = await buildApp({ config, database, logger: { level: 'warn', stream: { write() {} } } as never });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ port: (app.server.address() as { port: number }).port });
  process.on('message', async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}

if (process.env.APPLICATIONS_BENCH_SERVER) await serve(process.env.APPLICATIONS_BENCH_SERVER);

// ---- parent: setup, load, verification ----------------------------------------------------------
interface Session { cookie: string; csrf: string }

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

export async function run(): Promise<BenchResult[]> {
  const { openPostgres } = await import('../src/platform/db/client.js');
  const { buildOffice, buildStaff } = await import('../src/platform/testing/factories.js');
  const { insertStandardVersion } = await import('../src/modules/standards/standards.repository.js');
  const { seedStandards } = await import('../src/modules/standards/seeds/index.js');
  const { SyntheticPopulation } = await import('../src/modules/identity/index.js');
  const { parseRelation } = await import('../src/modules/registry/registry.codes.js');

  const name = `pbi_bench_app_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = dbUrl(name);
  const database = await openPostgres(url, { max: 4 });
  try {
    await database.migrate();
    const offices: { id: number }[] = [];
    for (let i = 0; i < OFFICES; i++) {
      const office = await buildOffice(database, { slug: `malinau-bench-${i}`, regionCode: '65.02', timeZone: 'Asia/Makassar', receiptPrefix: `MB${i}` });
      await insertStandardVersion(database.db, { officeId: office.id, effectiveDate: '2017-02-01', standard: seedStandards['kab-malinau'] });
      offices.push(office);
    }
    const users = await Promise.all(Array.from({ length: STAFF }, (_, i) =>
      buildStaff(database, SECRET, { officeId: offices[i % OFFICES]!.id, roles: ['front_office', 'back_office'], username: `bench${i}` })));
    const population = new SyntheticPopulation({ regencyCode: '65.02', seed: 'bench' });
    const body = () => {
      const f = population.family();
      return {
        serviceCode: 'new_registration', variantCode: 'regular',
        family: { kkNumber: f.kk, address: f.address.street, villageCode: f.address.villageCode },
        members: f.members.slice(0, 2).map((m) => ({ nik: m.nik, name: m.name, birthDate: m.birthDate, sex: m.sex, relation: parseRelation(m.relation) ?? 'lainnya' })),
      };
    };

    const child = fork(fileURLToPath(import.meta.url), { env: { ...process.env, APPLICATIONS_BENCH_SERVER: url }, execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])] });
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as never));
      child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      const post = async (s: Session, path: string, payload: unknown) => {
        const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: JSON.stringify(payload) });
        return { status: res.status, json: (await res.json()) as any };
      };
      const sessions: Session[] = [];
      for (const u of users) {
        const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u.username, password: u.password }) });
        if (!res.ok) throw new Error(`login ${res.status}`);
        sessions.push({ cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken });
      }
      // Warm-up per office: loads the regency's villages and the standard caches.
      for (let i = 0; i < OFFICES; i++) {
        const r = await post(sessions[i]!, '/api/v1/applications', body());
        if (r.status !== 201) throw new Error(`warm-up ${r.status} ${JSON.stringify(r.json)}`);
      }

      const latency: Record<string, number[]> = Object.fromEntries(STEPS.map((s) => [s, []]));
      let okTransitions = 0;
      let okCreates = 0;
      const failures: string[] = [];
      const timed = async <T>(step: string, f: () => Promise<T>) => {
        const t0 = performance.now();
        const r = await f();
        latency[step]!.push(performance.now() - t0);
        return r;
      };
      const clerk = async (s: Session) => {
        for (let k = 0; k < APPS_PER_STAFF; k++) {
          const created = await timed('create', () => post(s, '/api/v1/applications', body()));
          if (created.status !== 201) { failures.push(`create ${created.status} ${created.json?.error?.code}`); continue; }
          okCreates++;
          const id = created.json.application.id;
          let version = created.json.application.version as number;
          const act = async (step: string, path: string, extra: Record<string, unknown> = {}) => {
            const r = await timed(step, () => post(s, `/api/v1/applications/${id}/${path}`, { version, ...extra }));
            if (r.status !== 200) { failures.push(`${step} ${r.status} ${r.json?.error?.code}`); return false; }
            okTransitions++;
            version = r.json.version;
            return true;
          };
          if (!(await act('check', 'check', { items: [{ code: 'kk_copy', state: 'present', alternative: 'Fotocopy Kartu Keluarga (KK)' }] }))) continue;
          for (const step of ['to_back_office', 'register_entry', 'deliver_to_bpjs', 'edabu']) {
            if (!(await act(step, `steps/${step}/complete`))) break;
          }
        }
      };
      // Baseline in the same run: the same clients doing the lightest authenticated request there is.
      const READS = 15;
      const tb = performance.now();
      await Promise.all(sessions.map(async (s) => {
        for (let i = 0; i < READS; i++) {
          const r = await fetch(`${base}/api/v1/auth/session`, { headers: { cookie: s.cookie } });
          await r.arrayBuffer();
        }
      }));
      const baselineRps = (STAFF * READS) / ((performance.now() - tb) / 1000);

      const t0 = performance.now();
      await Promise.all(sessions.map(clerk));
      const seconds = (performance.now() - t0) / 1000;

      // Races: two officers of the same office check the same application at the same moment.
      const raceApps: { id: string; office: number }[] = [];
      for (let i = 0; i < RACES; i++) {
        const r = await post(sessions[i % STAFF]!, '/api/v1/applications', body());
        raceApps.push({ id: r.json.application.id, office: i % STAFF });
      }
      const outcomes = await Promise.all(raceApps.map(async (a) => {
        const pair = [sessions[a.office]!, sessions[(a.office + OFFICES) % STAFF]!];
        const rs = await Promise.all(pair.map((s) => post(s, `/api/v1/applications/${a.id}/check`, { version: 1, items: [{ code: 'kk_copy', state: 'present' }] })));
        return rs.map((r) => (r.status === 200 ? 'won' : r.json?.error?.code ?? String(r.status)));
      }));
      const wins = outcomes.filter((o) => o.filter((x) => x === 'won').length === 1 && o.includes('APPLICATION_CHANGED')).length;

      const q = (text: string) => database.query<{ n: string }>(text).then((r) => Number(r[0]!.n));
      const recorded = await q(`SELECT count(*) AS n FROM (SELECT DISTINCT application_id, version FROM application_events WHERE version > 1) x`);
      const gaps = await q(`SELECT count(*) AS n FROM applications a WHERE a.version - 1 <> (SELECT count(DISTINCT version) FROM application_events e WHERE e.application_id = a.id AND e.version > 1)`);
      const doubled = await q(`SELECT count(*) AS n FROM (SELECT application_id, version, ordinal FROM application_events GROUP BY 1, 2, 3 HAVING count(*) > 1) x`);
      const completed = await q(`SELECT count(*) AS n FROM applications WHERE status = 'completed'`);
      const batchRows = await q(`SELECT count(*) AS n FROM membership_events WHERE bpjs_change IS NOT NULL`);
      const personsHanded = await q(`SELECT count(*) AS n FROM application_members m JOIN applications a ON a.id = m.application_id WHERE a.status = 'completed'`);
      const expectedTransitions = okTransitions + wins;
      const lost = expectedTransitions - recorded;

      const results: BenchResult[] = [
        {
          name: `throughput: intake + workflow requests by ${STAFF} staff (${OFFICES} offices), ${okCreates} applications`,
          value: (okCreates + okTransitions) / seconds, unit: 'req/s',
          baseline: { name: 'GET /api/v1/auth/session, same clients', value: baselineRps }, ratio: (okCreates + okTransitions) / seconds / baselineRps,
        },
        { name: 'throughput: transitions', value: okTransitions / seconds, unit: 'transitions/s' },
        ...STEPS.flatMap((s) => [
          { name: `${s} p50`, value: quantile(latency[s]!, 0.5), unit: 'ms' },
          { name: `${s} p99`, value: quantile(latency[s]!, 0.99), unit: 'ms' },
        ]),
        { name: 'client-reported failures', value: failures.length, unit: 'requests', target: '0' },
        { name: 'transitions acknowledged (incl. race winners)', value: expectedTransitions, unit: 'transitions' },
        { name: 'transitions recorded in application_events', value: recorded, unit: 'transitions', target: '= acknowledged' },
        { name: 'lost transitions', value: lost, unit: 'transitions', target: '0' },
        { name: 'applications whose version ≠ 1 + recorded transitions (gaps)', value: gaps, unit: 'applications', target: '0' },
        { name: 'duplicated event rows', value: doubled, unit: 'rows', target: '0' },
        { name: 'completed applications', value: completed, unit: 'applications', target: `${okCreates}` },
        { name: 'BPJS batch rows (one per person of a completed application)', value: batchRows, unit: 'rows', target: `${personsHanded}` },
        { name: `races with exactly one winner (of ${RACES})`, value: wins, unit: 'races', target: `${RACES}` },
      ];
      if (failures.length) console.log('  failures (first 5):', failures.slice(0, 5));
      return results;
    } finally {
      child.send('stop');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name}`);
  }
}

if (!process.env.APPLICATIONS_BENCH_SERVER && import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(r);
}
