import { eq, sql } from 'drizzle-orm';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { DomainError } from '../../platform/errors.js';
import { maskNik } from '../identity/index.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { bpjsRelation, type Relation } from '../registry/registry.codes.js';
import { writeEdabuCsv, writeEdabuXlsx, validateBatchRows, type ChangeType, type EdabuOffice, type EdabuRow } from './edabu/index.js';
import { bpjsOfficeSettings, batchItems } from './batches.tables.js';
import { bpjsCodesMissing } from './batches.errors.js';

// 2,000 rows a page: measured at 100,000 rows, 5,000 held more memory (two pages in flight) for no gain.
const PAGE = 2000;

/** The e-Dabu header values of the office; a form without them is refused by the branch, so we refuse first. */
export async function edabuOffice(scope: OfficeScope): Promise<EdabuOffice> {
  const [s] = await scope.db.select().from(bpjsOfficeSettings).where(scope.own(bpjsOfficeSettings));
  const office = { satkerCode: s?.satkerCode ?? '', satkerName: s?.satkerName ?? '', membershipType: s?.membershipType ?? 'PBI APBD', kcCode: s?.kcCode ?? '', dati2Code: s?.dati2Code ?? '' };
  const missing = (Object.keys(office) as (keyof EdabuOffice)[]).filter((k) => office[k] === '');
  if (missing.length) throw bpjsCodesMissing(missing);
  return office;
}

interface PageRow {
  position: number; nik: string; name: string; birth_place: string | null; birth_date: string; sex: string; marital_status: EdabuRow['maritalStatus'];
  relation: string; phone: string | null; death_date: string | null; kk_number: string; address: string; rt: string | null; rw: string | null;
  district_code: string; village_code: string; card_number: string | null; faskes_id: string | null; effective_date: string | null;
}

// Raw SQL as a named (prepared) statement: the export reads 100,000 rows in pages, and planning and
// Drizzle's per-row mapping cost more than the read itself. Dates come back as text (to_char) because a
// calendar date must not pass through a JS Date. A page comes back as ONE json value: one JSON.parse
// (native) instead of the driver building every row object field by field, which was half the export. Region and faskes names are looked up once per export
// (an office has a few hundred villages and a few dozen facilities), not joined 100,000 times.
const PAGE_SQL = `
  SELECT coalesce(json_agg(x ORDER BY x.position), '[]'::json) AS rows FROM (
  SELECT bi.position, p.nik, p.name, p.birth_place, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex, p.marital_status, p.relation,
    p.phone, to_char(p.death_date, 'YYYY-MM-DD') AS death_date, f.kk_number, f.address, f.rt, f.rw, f.district_code, f.village_code,
    m.card_number, m.faskes_id, to_char(e.effective_date, 'YYYY-MM-DD') AS effective_date
  FROM batch_items bi
  JOIN membership_events e ON e.id = bi.membership_event_id
  JOIN persons p ON p.id = bi.person_id
  JOIN families f ON f.id = p.family_id
  LEFT JOIN memberships m ON m.person_id = p.id
  WHERE bi.office_id = $1 AND bi.batch_id = $2 AND bi.change_type = $3 AND bi.position > $4
  ORDER BY bi.position LIMIT $5) x`;

interface Names { regions: Map<string, string>; faskes: Map<string, { code: string; name: string }> }

async function loadNames(scope: OfficeScope): Promise<Names> {
  const [facilities, regions] = await Promise.all([
    scope.database.query<{ id: string; code: string; name: string }>('SELECT id, code, name FROM faskes WHERE office_id = $1', [scope.officeId]),
    scope.database.query<{ code: string; name: string }>(
      `SELECT r.code, r.name FROM regions r WHERE r.code IN (SELECT DISTINCT village_code FROM families WHERE office_id = $1)
       OR r.code IN (SELECT DISTINCT district_code FROM families WHERE office_id = $1)`, [scope.officeId]),
  ]);
  return { regions: new Map(regions.map((r) => [r.code, r.name])), faskes: new Map(facilities.map((f) => [f.id, { code: f.code, name: f.name }])) };
}

/** One page of a batch's rows for one change type, in No Urut order (keyset on position). */
async function page(scope: OfficeScope, names: Names, batchId: string, changeType: ChangeType, after: number): Promise<{ position: number; row: EdabuRow }[]> {
  const [result] = await scope.database.query<{ rows: PageRow[] | string }>(PAGE_SQL, [scope.officeId, batchId, changeType, after, PAGE], 'batch_export_page');
  // node-postgres parses json itself; PGlite may hand back the text.
  const raw = result?.rows ?? [];
  const rows: PageRow[] = typeof raw === 'string' ? (JSON.parse(raw) as PageRow[]) : raw;
  return rows.map((r) => {
    const fk = r.faskes_id ? names.faskes.get(r.faskes_id) : undefined;
    return {
      position: r.position,
      row: {
        nik: r.nik, kkNumber: r.kk_number, name: r.name, cardNumber: r.card_number, birthPlace: r.birth_place, birthDate: r.birth_date,
        sex: r.sex === 'M' ? 'L' : 'P', maritalStatus: r.marital_status, relation: bpjsRelation(r.relation as Relation),
        address: r.address, rt: r.rt, rw: r.rw, districtCode: r.district_code, districtName: names.regions.get(r.district_code) ?? null,
        villageCode: r.village_code, villageName: names.regions.get(r.village_code) ?? null, faskesCode: fk?.code ?? null, faskesName: fk?.name ?? null,
        phone: r.phone, careClass: 3, effectiveDate: r.effective_date, deathDate: r.death_date,
      },
    };
  });
}

/**
 * A re-readable row source (a factory) over the database: the writer reads it twice — once to validate
 * every row before the first byte, once to write — and memory holds one page at a time.
 */
export function batchRowSource(scope: OfficeScope, batchId: string, changeType: ChangeType): () => AsyncIterable<EdabuRow> {
  return async function* rows() {
    // The next page is asked for before this one is handed out, so PostgreSQL works on it while the
    // writer deflates the current one (the export is otherwise a strict read-then-write alternation).
    const names = await loadNames(scope);
    let next = page(scope, names, batchId, changeType, 0);
    for (;;) {
      const chunk = await next;
      if (chunk.length === PAGE) next = page(scope, names, batchId, changeType, chunk[chunk.length - 1]!.position);
      for (const r of chunk) yield r.row;
      if (chunk.length < PAGE) return;
    }
  };
}

export async function changeTypesOf(scope: OfficeScope, batchId: string): Promise<ChangeType[]> {
  const rows = await scope.db.selectDistinct({ c: batchItems.changeType }).from(batchItems).where(scope.own(batchItems, eq(batchItems.batchId, batchId)));
  return rows.map((r) => r.c as ChangeType).sort();
}

export async function validateBatch(scope: OfficeScope, batchId: string, changeType: ChangeType) {
  return validateBatchRows(batchRowSource(scope, batchId, changeType), changeType);
}

/**
 * Writes the file in ONE read of the batch: the rows go to the writer as a one-shot stream, validated as
 * they are written; an invalid batch makes the writer throw at the end (BATCH_HAS_INVALID_ROWS) and
 * abandon its output. Reading 100,000 rows twice (validate, then write) would double the export time.
 */
export async function writeBatchFile(scope: OfficeScope, out: Writable, batchId: string, changeType: ChangeType, format: 'xlsx' | 'csv', office: EdabuOffice) {
  const rows = batchRowSource(scope, batchId, changeType)();
  return format === 'xlsx'
    ? writeEdabuXlsx(out, { changeType, office, rows })
    : writeEdabuCsv(out, { changeType, office, rows, bom: true });
}

export const countItems = (scope: OfficeScope, batchId: string) =>
  scope.db.select({ n: sql<number>`count(*)::int` }).from(batchItems).where(scope.own(batchItems, eq(batchItems.batchId, batchId))).then((r) => r[0]?.n ?? 0);

/**
 * The file is built in a temporary file before the first byte goes out, so an invalid batch is still a
 * clean 400 listing every bad row (never a half-sent download), at the cost of one local disk write.
 */
export async function exportToTempFile(scope: OfficeScope, batchId: string, changeType: ChangeType, format: 'xlsx' | 'csv', office: EdabuOffice): Promise<{ path: string; rowCount: number }> {
  const path = join(tmpdir(), `edabu-${randomUUID()}.${format}`);
  const out = createWriteStream(path);
  const closed = once(out, 'close');
  try {
    const result = await writeBatchFile(scope, out, batchId, changeType, format, office);
    await closed;
    return { path, rowCount: result.rowCount };
  } catch (err) {
    out.destroy();
    await rm(path, { force: true });
    if (err instanceof DomainError && (err.code === 'BATCH_HAS_INVALID_ROWS' || err.code === 'BATCH_EMPTY')) {
      // A refusal the officer fixes in the data: 400, with each row's NIK masked like every list.
      const details = Array.isArray(err.details) ? err.details.slice(0, 500).map((d) => ({ ...d, nik: typeof d.nik === 'string' ? maskNik(d.nik) : undefined })) : err.details;
      throw new DomainError(err.code, 400, err.messages, details);
    }
    throw err;
  }
}
