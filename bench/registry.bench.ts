import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { openPostgres } from '../src/platform/db/client.js';
import { buildOffice, buildStaff } from '../src/platform/testing/factories.js';
import { ensureRegionsLoaded } from '../src/modules/regions/regions.loader.js';
import { parseMaritalStatus, parseRelation } from '../src/modules/registry/registry.codes.js';
import { SyntheticPopulation, type SyntheticFamily } from '../src/modules/identity/index.js';
import type { BenchResult } from './bench-types.js';

/**
 * Issue 4's benchmark on PostgreSQL: BENCH_PEOPLE synthetic people (default 1,000,000) in one office, then
 * through the API as a logged-in back-office user with 10 concurrent clients:
 *   - NIK lookup (POST /api/v1/registry/search {nik}): p99 < 10 ms, and req/s ≥ 0.8 × a minimal Fastify
 *     route running the same query with the same driver (measured in the same run);
 *   - name search: p99 < 100 ms;
 *   - import of BENCH_IMPORT_ROWS new rows (default 100,000) as CSV: < 15 s (and its idempotent re-run).
 * Creates and drops its own database. Try it small first: BENCH_PEOPLE=20000 npx tsx bench/registry.bench.ts
 */
const SERVER_URL = process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const REGENCY = '35.75';

function dbUrl(name: string) {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const SEGMENTS = ['PBI_DAERAH', 'PBI_DAERAH', 'PBI_DAERAH', 'PBI_JK', 'PBPU', 'PPU', 'NONE'] as const;

/**
 * Bulk load in the shape the app writes, 4,000 families per statement (rows as one jsonb parameter), one
 * batch in flight while the next is generated. Name and birth-date indexes are built after the load, as
 * any bulk load does.
 */
async function loadPeople(pool: pg.Pool, officeId: number, population: SyntheticPopulation, people: number): Promise<{ niks: string[]; names: string[]; ms: number }> {
  const started = performance.now();
  const client = await pool.connect();
  await client.query('DROP INDEX persons_name_trgm_idx; DROP INDEX persons_office_birth_name_idx');
  client.release();
  const niks: string[] = [];
  const names: string[] = [];
  let loaded = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  while (loaded < people) {
    const families: object[] = [];
    const persons: object[] = [];
    const memberships: object[] = [];
    for (let i = 0; i < 4000 && loaded < people; i++) {
      const f: SyntheticFamily = population.family();
      const familyId = randomUUID();
      families.push({ id: familyId, kk: f.kk, address: f.address.street, rt: f.address.rt, rw: f.address.rw, village_code: f.address.villageCode, district_code: f.address.districtCode });
      for (const m of f.members) {
        if (loaded >= people) break;
        const id = randomUUID();
        persons.push({ id, family_id: familyId, nik: m.nik, name: m.name, birth_place: m.birthPlace, birth_date: m.birthDate, sex: m.sex, marital_status: parseMaritalStatus(m.maritalStatus), relation: parseRelation(m.relation) });
        memberships.push({ person_id: id, segment: SEGMENTS[loaded % SEGMENTS.length], status: loaded % 11 === 0 ? 'inactive' : 'active' });
        if (loaded % 97 === 0) niks.push(m.nik);
        if (loaded % 991 === 0) names.push(m.name.split(' ')[0]!);
        loaded++;
      }
    }
    await inFlight;
    inFlight = (async () => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(`INSERT INTO families (id, office_id, kk_number, address, rt, rw, village_code, district_code)
          SELECT id, $1, kk, address, rt, rw, village_code, district_code FROM jsonb_to_recordset($2::jsonb)
            AS x(id uuid, kk text, address text, rt text, rw text, village_code text, district_code text)`, [officeId, JSON.stringify(families)]);
        await c.query(`INSERT INTO persons (id, office_id, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation)
          SELECT id, $1, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation FROM jsonb_to_recordset($2::jsonb)
            AS x(id uuid, family_id uuid, nik text, name text, birth_place text, birth_date date, sex text, marital_status text, relation text)`, [officeId, JSON.stringify(persons)]);
        await c.query(`INSERT INTO memberships (office_id, person_id, segment, status)
          SELECT $1, person_id, segment, status FROM jsonb_to_recordset($2::jsonb) AS x(person_id uuid, segment text, status text)`, [officeId, JSON.stringify(memberships)]);
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    })();
  }
  await inFlight;
  const c = await pool.connect();
  try {
    await c.query(`SET maintenance_work_mem = '256MB'`);
    await c.query(`UPDATE families f SET head_person_id = p.id FROM persons p WHERE p.family_id = f.id AND p.relation = 'kepala_keluarga'`);
    await c.query('CREATE INDEX persons_office_birth_name_idx ON persons USING btree (office_id, birth_date, id, name)');
    await c.query('CREATE INDEX persons_name_trgm_idx ON persons USING gin (name gin_trgm_ops)');
    await c.query('VACUUM ANALYZE families, persons, memberships, regions');
  } finally {
    c.release();
  }
  return { niks, names, ms: performance.now() - started };
}

function importCsv(population: SyntheticPopulation, rows: number): { csv: string; persons: object[] } {
  const persons: object[] = [];
  const lines = ['NIK,NO_KK,NAMA,TEMPAT_LAHIR,TGL_LAHIR,JENIS_KELAMIN,STATUS_KAWIN,HUBUNGAN,ALAMAT,RT,RW,KODE_DESA,NO_KARTU,KODE_FASKES,STATUS'];
  let n = 0;
  while (n < rows) {
    const f = population.family();
    for (const m of f.members) {
      if (n >= rows) break;
      const [y, mo, d] = m.birthDate.split('-');
      lines.push([m.nik, f.kk, m.name, m.birthPlace, `${d}-${mo}-${y}`, m.sex === 'M' ? 'L' : 'P', m.maritalStatus, m.relation,
        `"${f.address.street}"`, f.address.rt, f.address.rw, f.address.villageCode.replaceAll('.', ''), String(1e12 + n), '', 'AKTIF'].join(','));
      persons.push({ nik: m.nik, name: m.name, birth_place: m.birthPlace, birth_date: m.birthDate, sex: m.sex, relation: parseRelation(m.relation) });
      n++;
    }
  }
  return { csv: `${lines.join('\n')}\n`, persons };
}

/**
 * The floor for the import on this machine, measured in the same run: the same people inserted into
 * persons alone with one INSERT … SELECT (no parsing, validation, families, memberships or history), rolled
 * back. On a shared machine the absolute time moves with the load; the ratio much less.
 */
async function rawInsert(pool: pg.Pool, officeId: number, persons: object[]): Promise<number> {
  const c = await pool.connect();
  try {
    const familyId = (await c.query('SELECT id FROM families LIMIT 1')).rows[0].id as string;
    const json = JSON.stringify(persons);
    const t0 = performance.now();
    await c.query('BEGIN');
    await c.query(`INSERT INTO persons (office_id, family_id, nik, name, birth_place, birth_date, sex, relation)
      SELECT $1, $2, nik, name, birth_place, birth_date, sex, relation FROM jsonb_to_recordset($3::jsonb)
        AS x(nik text, name text, birth_place text, birth_date date, sex text, relation text)`, [officeId, familyId, json]);
    const ms = performance.now() - t0;
    await c.query('ROLLBACK');
    return ms;
  } finally {
    c.release();
  }
}

async function load(url: string, headers: Record<string, string>, bodies: () => string) {
  const opts = {
    url,
    method: 'POST' as const,
    connections: CONNECTIONS,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies() }) }],
  };
  await autocannon({ ...opts, duration: 1 } as unknown as autocannon.Options); // warm-up: JIT, pool connections, caches
  const r = await autocannon({ ...opts, duration: DURATION } as unknown as autocannon.Options);
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

export async function run(): Promise<BenchResult[]> {
  const name = `pbi_bench_reg_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = dbUrl(name);
  const database = await openPostgres(url, { max: 4 });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await database.migrate();
    const office = await buildOffice(database, { slug: 'kota-pasuruan-bench', regionCode: REGENCY });
    await ensureRegionsLoaded(database, [REGENCY]);
    const user = await buildStaff(database, 'bench-secret-bench-secret-bench-secret-0', { officeId: office.id, roles: ['back_office'] });
    const population = new SyntheticPopulation({ regencyCode: REGENCY, seed: 'registry-bench' });
    const loaded = await loadPeople(pool, office.id, population, PEOPLE);
    console.error(`loaded ${PEOPLE} people in ${(loaded.ms / 1000).toFixed(1)} s`);

    const child = fork(fileURLToPath(new URL('./registry-servers.ts', import.meta.url)), {
      env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_OFFICE_ID: String(office.id) },
      execArgv: ['--import', 'tsx'],
    });
    const ports = await new Promise<{ minimal: number; product: number }>((resolve, reject) => {
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
      if (!login.ok) throw new Error(`login ${login.status}`);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
      const staff = { cookie, 'x-csrf-token': csrf };

      let i = 0;
      const nikBody = () => JSON.stringify({ nik: loaded.niks[i++ % loaded.niks.length] });
      const baseline = await load(`http://127.0.0.1:${ports.minimal}/search`, {}, nikBody);
      const nik = await load(`${base}/api/v1/registry/search`, staff, nikBody);
      const withSession = await load(`http://127.0.0.1:${ports.minimal}/search-with-session`, { cookie }, nikBody);
      let j = 0;
      const nameBody = () => JSON.stringify({ name: loaded.names[j++ % loaded.names.length], limit: 50 });
      const nameSearch = await load(`${base}/api/v1/registry/search`, staff, nameBody);

      const { csv, persons } = importCsv(population, IMPORT_ROWS);
      const floorMs = await rawInsert(pool, office.id, persons);
      const post = () => fetch(`${base}/api/v1/registry/imports?fileName=bench.csv`, { method: 'POST', headers: { ...staff, 'content-type': 'text/csv' }, body: csv });
      let t0 = performance.now();
      const first = await post();
      const importMs = performance.now() - t0;
      const imported = ((await first.json()) as { import: { created: number; rejected: number } }).import;
      if (first.status !== 201 || imported.created + imported.rejected !== IMPORT_ROWS) throw new Error(`import ${first.status} ${JSON.stringify(imported)}`);
      // Same rows in a new file (one byte more): validated and compared row by row, nothing written.
      t0 = performance.now();
      const again = await fetch(`${base}/api/v1/registry/imports?fileName=bench2.csv`, { method: 'POST', headers: { ...staff, 'content-type': 'text/csv' }, body: `${csv}\n` });
      const reimportMs = performance.now() - t0;
      const re = ((await again.json()) as { import: { unchanged: number } }).import;

      const r1 = (n: number) => Math.round(n * 10) / 10;
      return [
        { name: `bulk load of ${PEOPLE.toLocaleString('en')} people (families, persons, memberships, indexes)`, value: r1(loaded.ms / 1000), unit: 's' },
        { name: 'minimal Fastify + pg, same NIK query (baseline)', value: r1(baseline.rps), unit: 'req/s' },
        { name: 'baseline p99', value: baseline.p99, unit: 'ms' },
        { name: 'NIK lookup through the API as staff', value: r1(nik.rps), unit: 'req/s', baseline: { name: 'minimal route, same query', value: r1(baseline.rps) }, ratio: Math.round((nik.rps / baseline.rps) * 100) / 100, target: '≥ 0.8' },
        { name: 'NIK lookup p99', value: nik.p99, unit: 'ms', target: '< 10 ms' },
        {
          name: 'NIK lookup vs a minimal route running both of its queries (session lookup + NIK)',
          value: r1(nik.rps), unit: 'req/s', baseline: { name: 'minimal route, session + NIK queries', value: r1(withSession.rps) },
          ratio: Math.round((nik.rps / withSession.rps) * 100) / 100,
        },
        { name: 'name search req/s', value: r1(nameSearch.rps), unit: 'req/s' },
        { name: 'name search p99', value: nameSearch.p99, unit: 'ms', target: '< 100 ms' },
        {
          name: `import of ${IMPORT_ROWS.toLocaleString('en')} new rows (CSV, validated)`, value: r1(importMs / 1000), unit: 's', target: '< 15 s',
          baseline: { name: 'the same people in one INSERT … SELECT into persons alone (floor)', value: r1(floorMs / 1000) },
          ratio: Math.round((importMs / floorMs) * 10) / 10,
        },
        { name: `re-import of the same ${re.unchanged.toLocaleString('en')} rows (no change)`, value: r1(reimportMs / 1000), unit: 's' },
      ];
    } finally {
      child.send('stop');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await pool.end();
    await database.close();
    // BENCH_KEEP=1 leaves the database for EXPLAIN sessions; it is named on stderr.
    if (process.env.BENCH_KEEP === '1') console.error(`kept database ${name}`);
    else await admin(`DROP DATABASE IF EXISTS ${name}`);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  for (const r of await run()) {
    const base = r.baseline ? `  baseline ${r.baseline.name}: ${r.baseline.value}  ratio ×${r.ratio}` : '';
    console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}${base}`);
  }
}
