import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { openPostgres, type Database } from '../src/platform/db/client.js';
import { OfficeScope } from '../src/platform/tenancy.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.service.js';
import { buildSeedOffice } from '../src/platform/testing/factories.js';
import { ensureRegionsLoaded } from '../src/modules/regions/regions.loader.js';
import { batches } from '../src/modules/batches/batches.tables.js';
import { assignPending, numberItems } from '../src/modules/batches/batches.repository.js';
import { batchRowSource, edabuOffice, exportToTempFile } from '../src/modules/batches/batches.export.js';
import { importResults } from '../src/modules/batches/batches.results.js';
import { simulateBpjsAnswer, writeAnswerFile } from '../src/modules/batches/edabu/index.js';
import type { BenchResult } from './bench-types.js';

/**
 * Issue 7's benchmark on PostgreSQL: a Malinau batch of BENCH_BATCH_ROWS new members (default 100,000)
 *   - export as the route does it (one validated pass into a temporary XLSX, streamed out): < 5 s, peak RSS < 200 MB;
 *     baseline: plain exceljs streaming of the same number of 36-column text rows from memory;
 *   - import of BPJS's 100,000-row XLSX answer: < 15 s (and its idempotent repeat).
 * Creates and drops its own database. Small first: BENCH_BATCH_ROWS=5000 npx tsx bench/batches.bench.ts
 */
const SERVER_URL = process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 100_000);
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function admin(text: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** One person per family, all received on 5 November (inside Malinau's days 1–20), in one statement per 20,000. */
async function load(database: Database, officeId: number, faskesId: string) {
  const [village] = await database.query<{ code: string; parent_code: string }>(`SELECT code, parent_code FROM regions WHERE level = 'village' AND code LIKE '65.02.%' LIMIT 1`);
  for (let from = 1; from <= ROWS; from += 20_000) {
    const to = Math.min(ROWS, from + 19_999);
    await database.query(`
      WITH s AS (SELECT i, md5('f' || i)::uuid AS fid, md5('p' || i)::uuid AS pid FROM generate_series($1::int, $2::int) i),
      f AS (INSERT INTO families (id, office_id, kk_number, address, rt, rw, village_code, district_code)
            SELECT fid, $3, '65020101' || lpad(i::text, 8, '0'), 'JL. PUSAT PEMERINTAHAN NO ' || i, '003', '001', $4, $5 FROM s),
      p AS (INSERT INTO persons (id, office_id, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation)
            SELECT pid, $3, fid, '65020141' || lpad(i::text, 8, '0'), 'WARGA MALINAU ' || i, 'MALINAU', '1990-01-01', 'F', 'kawin', 'kepala_keluarga' FROM s),
      m AS (INSERT INTO memberships (office_id, person_id, segment, status, faskes_id) SELECT $3, pid, 'PBI_DAERAH', 'pending', $6::uuid FROM s)
      INSERT INTO membership_events (office_id, person_id, family_id, kind, after, bpjs_change, created_at)
      SELECT $3, pid, fid, 'application_handed_to_bpjs', jsonb_build_object('priority', i % 50 = 0), 'new', '2026-11-05T04:00:00Z' FROM s`,
    [from, to, officeId, village!.code, village!.parent_code, faskesId]);
  }
}

class Sink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.bytes += chunk.length;
    cb();
  }
}

/** Peak RSS while `fn` runs, sampled every 20 ms. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peak: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const started = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - started, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

async function plainExceljs(): Promise<number> {
  const started = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new Sink(), useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('DATA');
  const cells = Array.from({ length: 36 }, (_, i) => (i % 3 === 0 ? `TEKS ${i}` : null));
  for (let i = 0; i < ROWS; i++) ws.addRow([String(6502014100000000 + i), ...cells]).commit();
  ws.commit();
  await wb.commit();
  return performance.now() - started;
}

interface ExportCase { ms: number; bytes: number; maxRssMb: number; rssBeforeMb: number }

/** The export as the route runs it: office codes, one validated pass into a temporary XLSX, then streamed out. */
async function exportCase(dbUrl: string, officeId: number, batchId: string): Promise<ExportCase> {
  const database = await openPostgres(dbUrl);
  try {
    const scope = new OfficeScope(database, officeId, SYSTEM_ACTOR);
    const before = process.memoryUsage().rss / 1024 / 1024;
    if (process.env.BENCH_PROFILE) {
      const t0 = performance.now();
      let n = 0;
      for await (const _ of batchRowSource(scope, batchId, 'new')()) n++;
      console.error(`read pass: ${Math.round(performance.now() - t0)} ms for ${n} rows; rss before ${Math.round(before)} MB`);
    }
    const started = performance.now();
    const office = await edabuOffice(scope);
    const file = await exportToTempFile(scope, batchId, 'new', 'xlsx', office);
    // The route then streams the file from disk to the client.
    const sink = new Sink();
    await pipeline(createReadStream(file.path), sink);
    await rm(file.path, { force: true });
    return { ms: performance.now() - started, bytes: sink.bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb: before };
  } finally {
    await database.close();
  }
}

/** In a child process, so the peak RSS is the export's own and not the bulk load's leftovers. */
function exportInChild(dbUrl: string, officeId: number, batchId: string): Promise<ExportCase> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--export-case', dbUrl, String(officeId), batchId], { execArgv: process.execArgv });
    child.once('message', (m) => resolve(m as ExportCase));
    child.once('error', reject);
    child.once('exit', (code) => { if (code) reject(new Error(`export child exited with ${code}`)); });
  });
}

export async function run(): Promise<BenchResult[]> {
  const name = `pbi_bench_batches_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  try {
    await database.migrate();
    await ensureRegionsLoaded(database, ['65.02']);
    const { office } = await buildSeedOffice(database, 'kab-malinau');
    const [f] = await database.query<{ id: string }>(`INSERT INTO faskes (office_id, code, name, kind) VALUES ($1, '17050101', 'PUSKESMAS MALINAU KOTA', 'PUSKESMAS') RETURNING id`, [office.id]);
    await database.query(`INSERT INTO bpjs_office_settings (office_id, satker_code, satker_name, kc_code, dati2_code) VALUES ($1, '65020001', 'DINKES PPKB KAB. MALINAU', '1701', '0277')`, [office.id]);
    await load(database, office.id, f!.id);
    // As autovacuum would after a month of intake; without statistics the planner guesses on empty tables.
    await database.query('ANALYZE');
    const scope = new OfficeScope(database, office.id, SYSTEM_ACTOR);

    const assignStart = performance.now();
    await assignPending(scope, new Date('2026-11-22T00:00:00Z'));
    const assignMs = performance.now() - assignStart;
    const [batch] = await database.db.select().from(batches).where(eq(batches.officeId, office.id));
    await scope.mutate(async (tx) => {
      await numberItems(tx, batch!.id);
      await tx.update(batches).set({ status: 'exported' }).where(eq(batches.id, batch!.id));
    });

    await database.query('ANALYZE batch_items');
    const baselineMs = await plainExceljs();
    const exp = await exportInChild(url.toString(), office.id, batch!.id);

    const answer = new PassThrough();
    const chunks: Buffer[] = [];
    answer.on('data', (c: Buffer) => chunks.push(c));
    await writeAnswerFile(answer, simulateBpjsAnswer(batchRowSource(scope, batch!.id, 'new'), { seed: 7, rejectRate: 0.05, tmt: '2026-12-01' }), 'xlsx');
    const file = Buffer.concat(chunks);
    await database.db.update(batches).set({ status: 'submitted' }).where(eq(batches.id, batch!.id));
    const imp = await peakRss(() => importResults(scope, batch!.id, file, 'xlsx'));
    const again = await peakRss(() => importResults(scope, batch!.id, file, 'xlsx'));
    const [{ active } = { active: 0 }] = await database.query<{ active: number }>(`SELECT count(*)::int AS active FROM memberships WHERE office_id = $1 AND status = 'active'`, [office.id]);
    if (active !== imp.result.accepted) throw new Error(`expected ${imp.result.accepted} active members, found ${active}`);

    return [
      { name: `assign ${ROWS} events to the batch`, value: Math.round(assignMs), unit: 'ms' },
      { name: `export ${ROWS} rows (validated, streamed XLSX, ${mb(exp.bytes)} MB)`, value: Math.round(exp.ms), unit: 'ms', target: '< 5000 ms',
        baseline: { name: `plain exceljs stream of ${ROWS} rows`, value: Math.round(baselineMs) }, ratio: Math.round((exp.ms / baselineMs) * 100) / 100 },
      { name: 'export peak RSS (own process: node + app modules + export)', value: Math.round(exp.maxRssMb), unit: 'MB', target: '< 200 MB' },
      { name: 'export RSS growth over the process at rest', value: Math.round(exp.maxRssMb - exp.rssBeforeMb), unit: 'MB' },
      { name: `import ${ROWS}-row BPJS answer (${imp.result.accepted} accepted, ${imp.result.rejected} rejected)`, value: Math.round(imp.ms), unit: 'ms', target: '< 15000 ms' },
      { name: 'import peak RSS', value: mb(imp.peak), unit: 'MB' },
      { name: 'repeat import of the same file (no-op)', value: Math.round(again.ms), unit: 'ms' },
    ];
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP_DB) console.error(`kept database ${name}`);
    else await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

if (process.argv[2] === '--export-case') {
  exportCase(process.argv[3]!, Number(process.argv[4]), process.argv[5]!).then((r) => { process.send?.(r); process.exit(0); }, (err: unknown) => { console.error(err); process.exit(1); });
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then((r) => console.table(r), (err: unknown) => { console.error(err); process.exitCode = 1; });
}

