import {
  getRegionIndex,
  loadDistricts,
  loadProvinces,
  loadRegencies,
  loadVillagesOf,
  normaliseRegionCode,
  regionLevelOf,
  type RegionRow,
} from '../identity/index.js';
import type { Database, Executor } from '../../platform/db/client.js';
import { sql } from 'drizzle-orm';

type Level = 'province' | 'regency' | 'district' | 'village';
interface LoadRow {
  code: string;
  level: Level;
  name: string;
  parent_code: string | null;
}

const toLoad = (rows: readonly RegionRow[], level: Level): LoadRow[] =>
  rows.map((r) => ({ code: r.code, level, name: r.name, parent_code: r.parentCode }));

/**
 * One statement per batch, the rows as one jsonb parameter: portable between PGlite and node-postgres
 * (no array-parameter quirks) and far from the 65,535-parameter limit. ON CONFLICT DO NOTHING makes every
 * load idempotent and safe when two processes start together.
 */
async function insertRegions(db: Executor, rows: LoadRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = JSON.stringify(rows.slice(i, i + 2000));
    await db.execute(sql`
      INSERT INTO regions (code, level, name, parent_code)
      SELECT code, level, name, parent_code
        FROM jsonb_to_recordset(${chunk}::jsonb) AS x(code text, level text, name text, parent_code text)
      ON CONFLICT (code) DO NOTHING`);
  }
}

interface Loaded {
  base?: Promise<void>;
  regencies: Map<string, Promise<void>>;
}
// Per open database, what this process already made sure of: after the first call it costs nothing.
const loaded = new WeakMap<Database, Loaded>();

function stateOf(database: Database): Loaded {
  let s = loaded.get(database);
  if (s === undefined) loaded.set(database, (s = { regencies: new Map() }));
  return s;
}

/** Provinces and all regencies/cities (≈550 rows). */
async function loadBase(database: Database): Promise<void> {
  const expected = loadProvinces().length + loadRegencies().length;
  const rows = await database.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM regions WHERE level IN ('province', 'regency')`,
  );
  if (Number(rows[0]?.n ?? 0) >= expected) return;
  await insertRegions(database.db, [...toLoad(loadProvinces(), 'province'), ...toLoad(loadRegencies(), 'regency')]);
}

/** The districts and villages of one regency, in one transaction so "has districts" means "complete". */
async function loadRegency(database: Database, regencyCode: string): Promise<void> {
  const present = await database.query(`SELECT 1 FROM regions WHERE parent_code = $1 AND level = 'district' LIMIT 1`, [regencyCode]);
  if (present.length > 0) return;
  const districts = toLoad(getRegionIndex().districtsOf(regencyCode), 'district');
  const villages = toLoad(loadVillagesOf(regencyCode), 'village');
  await database.db.transaction(async (tx) => {
    await insertRegions(tx, villages.length > 0 ? [...districts, ...villages] : districts);
  });
}

/**
 * Makes sure the database holds provinces, regencies, and the districts and villages of the given
 * regencies (dotted or undotted codes). Idempotent and memoised per process; unknown codes are an error
 * because an office bound to a code that does not exist can serve no one.
 */
export async function ensureRegionsLoaded(database: Database, regencyCodes: readonly string[] = []): Promise<void> {
  const state = stateOf(database);
  state.base ??= loadBase(database).catch((err: unknown) => {
    state.base = undefined;
    throw err;
  });
  await state.base;
  for (const input of regencyCodes) {
    const code = normaliseRegionCode(input);
    if (code === null || regionLevelOf(code) !== 'regency' || !getRegionIndex().regencies.has(code)) {
      throw new RangeError(`Unknown regency code "${input}"`);
    }
    let p = state.regencies.get(code);
    if (p === undefined) {
      p = loadRegency(database, code).catch((err: unknown) => {
        state.regencies.delete(code);
        throw err;
      });
      state.regencies.set(code, p);
    }
    await p;
  }
}

/** Every district of the country too (7,277 rows): for tests and tools that need any district's name. */
export async function loadAllDistricts(database: Database): Promise<void> {
  await ensureRegionsLoaded(database);
  await insertRegions(database.db, toLoad(loadDistricts(), 'district'));
}
