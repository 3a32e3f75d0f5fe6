import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { sha256Hex } from '../../platform/crypto.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { persons } from '../registry/registry.tables.js';
import { maskNik } from '../identity/index.js';
import { parseAnswerFile, type AnswerFileKind, type AnswerRow } from './edabu/index.js';
import { batches, batchItems, batchResultImports, type BatchStatus } from './batches.tables.js';
import { requireBatch } from './batches.repository.js';
import { transition } from './batches.service.js';

interface ItemState { id: number; personId: string; changeType: string; result: string | null; cardNumber: string | null; effectiveDate: string | null; faskesCode: string | null; note: string | null }
interface Problem { rowNumber: number; nik: string; code: string; message: string }

export interface ResultsReport {
  importId: string;
  alreadyImported: boolean;
  rows: number;
  accepted: number;
  rejected: number;
  unchanged: number;
  problems: { unknown: number; duplicate: number; invalid: number; list: Problem[] };
}

const LIST_CAP = 200;
const CHUNK = 1000;

/** NIK → the batch row it answers; loaded in pages so a 100,000-row batch never needs one long query. */
async function loadItems(tx: Tx, officeId: number, batchId: string): Promise<Map<string, ItemState>> {
  const map = new Map<string, ItemState>();
  let after = 0;
  for (;;) {
    const rows = await tx.select({ id: batchItems.id, nik: persons.nik, personId: batchItems.personId, changeType: batchItems.changeType, result: batchItems.result,
      cardNumber: batchItems.cardNumber, effectiveDate: batchItems.effectiveDate, faskesCode: batchItems.faskesCode, note: batchItems.resultNote })
      .from(batchItems).innerJoin(persons, eq(persons.id, batchItems.personId))
      .where(and(eq(batchItems.officeId, officeId), eq(batchItems.batchId, batchId), gt(batchItems.id, after)))
      .orderBy(asc(batchItems.id)).limit(5000);
    for (const r of rows) map.set(r.nik, r);
    if (rows.length < 5000) return map;
    after = rows[rows.length - 1]!.id;
  }
}

const same = (i: ItemState, a: AnswerRow) =>
  a.status === 'DITERIMA'
    ? i.result === 'accepted' && i.cardNumber === a.cardNumber && i.effectiveDate === a.tmt && i.faskesCode === a.faskesCode
    : i.result === 'rejected' && i.note === a.note;

/**
 * Writes one chunk of answers with two set-based statements (jsonb_to_recordset works the same on PGlite
 * and PostgreSQL, unlike array parameters). Accepted new members become active from the TMT; accepted
 * deactivations end the membership on the TMT; other changes only carry the card number.
 */
async function applyChunk(tx: Tx, officeId: number, chunk: { item: ItemState; row: AnswerRow }[]): Promise<void> {
  const payload = JSON.stringify(chunk.map(({ item, row }) => ({
    id: item.id, person_id: item.personId, kind: item.changeType, ok: row.status === 'DITERIMA',
    card: row.cardNumber, tmt: row.tmt, faskes: row.faskesCode, note: row.note,
  })));
  await tx.execute(sql`
    UPDATE batch_items b SET result = CASE WHEN v.ok THEN 'accepted' ELSE 'rejected' END,
      card_number = v.card, effective_date = v.tmt, faskes_code = v.faskes, result_note = v.note, resolved_at = NULL
    FROM jsonb_to_recordset(${payload}::jsonb) AS v(id bigint, person_id uuid, kind text, ok boolean, card text, tmt date, faskes text, note text)
    WHERE b.id = v.id AND b.office_id = ${officeId}`);
  await tx.execute(sql`
    INSERT INTO memberships (office_id, person_id, segment, status, card_number, faskes_id, effective_from, effective_to)
    SELECT ${officeId}, v.person_id, 'PBI_DAERAH',
      CASE WHEN v.kind LIKE 'deactivate%' THEN 'inactive' ELSE 'active' END,
      v.card, f.id, CASE WHEN v.kind LIKE 'deactivate%' THEN NULL ELSE v.tmt END,
      CASE WHEN v.kind LIKE 'deactivate%' THEN v.tmt ELSE NULL END
    FROM jsonb_to_recordset(${payload}::jsonb) AS v(person_id uuid, kind text, ok boolean, card text, tmt date, faskes text)
    LEFT JOIN faskes f ON f.office_id = ${officeId} AND f.code = v.faskes
    WHERE v.ok
    ON CONFLICT (person_id) DO UPDATE SET
      card_number = coalesce(excluded.card_number, memberships.card_number),
      faskes_id = coalesce(excluded.faskes_id, memberships.faskes_id),
      status = CASE WHEN excluded.status = 'inactive' THEN 'inactive'
                    WHEN excluded.effective_from IS NOT NULL THEN 'active' ELSE memberships.status END,
      segment = CASE WHEN excluded.status = 'inactive' THEN memberships.segment ELSE 'PBI_DAERAH' END,
      effective_from = coalesce(excluded.effective_from, memberships.effective_from),
      effective_to = CASE WHEN excluded.status = 'inactive' THEN excluded.effective_to ELSE NULL END,
      updated_at = now()
    WHERE memberships.office_id = ${officeId}`);
}

/**
 * Imports BPJS's answer to a submitted batch. Idempotent twice over: the file hash short-cuts a repeated
 * file to the first report, and rows whose answer is already recorded are counted unchanged, so a second
 * file repeating earlier rows changes nothing either.
 */
export async function importResults(scope: OfficeScope, batchId: string, buffer: Buffer, kind: AnswerFileKind): Promise<ResultsReport> {
  const fileHash = sha256Hex(buffer);
  return scope.mutate(async (tx, audit) => {
    const batch = await requireBatch(tx, scope, batchId, true);
    const [previous] = await tx.select().from(batchResultImports).where(scope.own(batchResultImports, eq(batchResultImports.batchId, batchId), eq(batchResultImports.fileHash, fileHash)));
    if (previous) return { ...(previous.report as unknown as ResultsReport), alreadyImported: true };
    const next: BatchStatus = transition(batch.status, 'import_results');

    const items = await loadItems(tx, scope.officeId, batchId);
    const seen = new Set<string>();
    const report: Omit<ResultsReport, 'importId' | 'alreadyImported'> = { rows: 0, accepted: 0, rejected: 0, unchanged: 0, problems: { unknown: 0, duplicate: 0, invalid: 0, list: [] } };
    const problem = (p: Problem, key: 'unknown' | 'duplicate' | 'invalid') => {
      report.problems[key]++;
      if (report.problems.list.length < LIST_CAP) report.problems.list.push(p);
    };
    let chunk: { item: ItemState; row: AnswerRow }[] = [];
    for await (const parsed of parseAnswerFile(buffer, kind)) {
      report.rows++;
      if (!parsed.ok) {
        const e = parsed.errors[0];
        problem({ rowNumber: parsed.rowNumber, nik: maskNik(parsed.raw.NIK ?? ''), code: e?.code ?? 'ANSWER_ROW_INVALID', message: e?.message ?? 'Baris tidak valid' }, 'invalid');
        continue;
      }
      const { row, rowNumber } = parsed;
      const item = items.get(row.nik);
      if (!item) {
        problem({ rowNumber, nik: maskNik(row.nik), code: 'ANSWER_NIK_NOT_IN_BATCH', message: 'NIK tidak ada dalam batch ini' }, 'unknown');
        continue;
      }
      if (seen.has(row.nik)) {
        problem({ rowNumber, nik: maskNik(row.nik), code: 'ANSWER_DUPLICATE_NIK', message: 'NIK muncul lebih dari sekali dalam berkas; baris pertama yang dipakai' }, 'duplicate');
        continue;
      }
      seen.add(row.nik);
      if (row.status === 'DITERIMA') report.accepted++;
      else report.rejected++;
      if (same(item, row)) {
        report.unchanged++;
        continue;
      }
      chunk.push({ item, row });
      if (chunk.length >= CHUNK) {
        await applyChunk(tx, scope.officeId, chunk);
        chunk = [];
      }
    }
    if (chunk.length) await applyChunk(tx, scope.officeId, chunk);

    const [counts] = await tx.select({
      accepted: sql<number>`count(*) filter (where ${batchItems.result} = 'accepted')::int`,
      rejected: sql<number>`count(*) filter (where ${batchItems.result} = 'rejected')::int`,
    }).from(batchItems).where(scope.own(batchItems, eq(batchItems.batchId, batchId)));
    await tx.update(batches).set({ status: next, resultsImportedAt: new Date(), acceptedCount: counts?.accepted ?? 0, rejectedCount: counts?.rejected ?? 0 }).where(eq(batches.id, batchId));
    const [imp] = await tx.insert(batchResultImports).values({ officeId: scope.officeId, batchId, fileHash, format: kind, report: report as unknown as Record<string, unknown>, createdBy: scope.actor.userId })
      .returning({ id: batchResultImports.id });
    const full: ResultsReport = { importId: imp!.id, alreadyImported: false, ...report };
    await tx.update(batchResultImports).set({ report: full as unknown as Record<string, unknown> }).where(eq(batchResultImports.id, imp!.id));
    // Counts only: the problem list carries (masked) NIKs and stays in the import row.
    await audit({ action: 'batch.results_imported', entityType: 'batch', entityId: batchId, before: { status: batch.status },
      after: { status: next, rows: report.rows, accepted: report.accepted, rejected: report.rejected, unchanged: report.unchanged, unknown: report.problems.unknown, duplicate: report.problems.duplicate, invalid: report.problems.invalid } });
    return full;
  });
}
