/**
 * Region data (provinces, regencies/cities, districts, villages) from the `idn-area-data` package
 * (v3, Kepmendagri 300.2.2-2138 Tahun 2025), read straight from its CSV files.
 *
 * Why not the package's own `getVillages()`: it is async and materialises all ~84,000 villages through
 * papaparse. NIK checks need a synchronous, in-memory index of the small levels (38 provinces, 514
 * regencies, 7,277 districts: ~200 KB), and the synthetic generator needs one regency's villages at a
 * time, which we can slice out of the sorted villages file without building the other 83,000 rows.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { normaliseRegionCode } from './region-codes.js';

export interface RegionRow {
  /** Dotted Kemendagri code: `35`, `35.75`, `35.75.01`, `35.75.01.1001`. */
  code: string;
  /** As published: regencies upper case (`KOTA PASURUAN`), districts and villages in title case. */
  name: string;
  /** Dotted code of the level above; null for a province. */
  parentCode: string | null;
}

type AreaFile = 'provinces' | 'regencies' | 'districts' | 'villages';

let dataDir: string | undefined;

/** Directory of the package's CSV files (it has no `exports` map, so its package.json resolves). */
export function areaDataDir(): string {
  if (dataDir === undefined) {
    const require = createRequire(import.meta.url);
    dataDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
  }
  return dataDir;
}

function areaFile(area: AreaFile): string {
  return join(areaDataDir(), `${area}.csv`);
}

/**
 * One CSV line to a row. The files are simple: no field is quoted and only the last field (the name) could
 * ever hold a comma, so we split on the first commas and keep the rest as the name. Some Madurese village
 * names contain a bare `"` standing for a glottal stop (`Soka"an`); it is kept verbatim.
 */
function parseLine(line: string, hasParent: boolean): RegionRow | null {
  const a = line.indexOf(',');
  if (a <= 0) return null;
  const code = line.slice(0, a);
  if (!hasParent) return { code, name: line.slice(a + 1).trim(), parentCode: null };
  const b = line.indexOf(',', a + 1);
  if (b === -1) return null;
  return { code, parentCode: line.slice(a + 1, b), name: line.slice(b + 1).trim() };
}

function readRows(area: Exclude<AreaFile, 'villages'>): RegionRow[] {
  const text = readFileSync(areaFile(area), 'utf8');
  const rows: RegionRow[] = [];
  let start = text.indexOf('\n') + 1; // skip the header
  const hasParent = area !== 'provinces';
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Tolerate CRLF in case a future package version is built on Windows.
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const row = parseLine(text.slice(start, lineEnd), hasParent);
    if (row !== null) rows.push(row);
    start = end + 1;
  }
  return rows;
}

const cache = new Map<AreaFile, readonly RegionRow[]>();

function cached(area: Exclude<AreaFile, 'villages'>): readonly RegionRow[] {
  let rows = cache.get(area);
  if (rows === undefined) {
    rows = Object.freeze(readRows(area).map((r) => Object.freeze(r)));
    cache.set(area, rows);
  }
  return rows;
}

/** All 38 provinces. Synchronous and cached: the file is tiny. */
export function loadProvinces(): readonly RegionRow[] {
  return cached('provinces');
}

/** All regencies and cities (kabupaten/kota). */
export function loadRegencies(): readonly RegionRow[] {
  return cached('regencies');
}

/** All districts (kecamatan). */
export function loadDistricts(): readonly RegionRow[] {
  return cached('districts');
}

/** Streams all ~84,000 villages (kelurahan/desa) line by line without holding the file in memory. */
export async function* streamVillages(): AsyncGenerator<RegionRow> {
  const lines = createInterface({ input: createReadStream(areaFile('villages'), 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const row = parseLine(line, true);
    if (row !== null) yield row;
  }
}

let villagesText: string | undefined;

function villagesFileText(): string {
  // 2.8 MB, read once; kept because the generator and tests ask for several regencies in a row.
  villagesText ??= readFileSync(areaFile('villages'), 'utf8');
  return villagesText;
}

/**
 * The villages of one regency (or of one district or province, given its code), in code order. The
 * villages file is sorted by code, so this finds the first matching line and reads until the prefix
 * changes, without building rows for the rest of the country.
 */
export function loadVillagesOf(regencyOrDistrictCode: string): RegionRow[] {
  const code = normaliseRegionCode(regencyOrDistrictCode);
  if (code === null || code.length > 8) {
    throw new RangeError(`Expected a province, regency or district code, got "${regencyOrDistrictCode}"`);
  }
  const text = villagesFileText();
  const prefix = `\n${code}.`;
  const rows: RegionRow[] = [];
  let at = text.indexOf(prefix);
  while (at !== -1) {
    const start = at + 1;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const row = parseLine(text.slice(start, end), true);
    if (row !== null) rows.push(row);
    at = text.startsWith(prefix, end) ? end : -1;
  }
  return rows;
}

/** Async variant of {@link loadVillagesOf} that streams the file instead of reading it whole. */
export async function streamVillagesOf(regencyOrDistrictCode: string): Promise<RegionRow[]> {
  const code = normaliseRegionCode(regencyOrDistrictCode);
  if (code === null) throw new RangeError(`Malformed region code "${regencyOrDistrictCode}"`);
  const prefix = `${code}.`;
  const rows: RegionRow[] = [];
  for await (const v of streamVillages()) {
    if (v.code.startsWith(prefix)) rows.push(v);
    else if (rows.length > 0) break; // sorted file: the regency's block has ended
  }
  return rows;
}

/** Drops the cached file contents (tests, or a long-running process that is done generating). */
export function releaseVillageCache(): void {
  villagesText = undefined;
}
