import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { execRows } from '../../../platform/db/client.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { activeFaskesCodes } from '../../faskes/faskes.repository.js';
import { officeVillages } from '../domicile.service.js';
import { todayIso } from '../person-input.js';
import { REQUIRED_COLUMNS, validateRow, type Reason, type RowContext } from './import-row.js';
import { writeChunk, type Rejection, type RowToWrite } from './import.writer.js';
import { findImport, type ImportRecord } from './import.repository.js';
import { cellText, chunks, readTable, tableTitles, type TableFormat, type TableRow } from './tabular.js';

/**
 * Import of an existing member list (e.g. the office's current PBI Daerah list from BPJS).
 *
 * Decisions:
 * - Every valid row is imported and every other row is listed, with its reasons, in the rejection report
 *   (GET …/imports/:id/report.csv). Rows are written in chunks, one transaction per chunk that also holds
 *   that chunk's rejections and the import record's progress, so at every commit the report covers exactly
 *   the rows imported so far: there is never a partial import without its report.
 * - Idempotent twice over: the same file (SHA-256) returns the finished import and changes nothing, and a
 *   row that matches the registry (NIK upsert) writes nothing. An interrupted import (failed, or running
 *   with no progress for two minutes) is resumed by uploading the same file again.
 * - The file is read as a stream of chunks (5,000 rows on PostgreSQL, 1,000 on PGlite); no statement handles
 *   more than one chunk, and on PostgreSQL two chunk transactions run at once while the next is validated.
 * - The upload is the raw request body (text/csv or the XLSX content type), not base64 in JSON.
 */
const STALE_MS = 2 * 60_000;

const importRunning = (id: string) =>
  new DomainError('IMPORT_RUNNING', 409, {
    id: 'Berkas yang sama sedang diimpor; tunggu sampai selesai.',
    en: 'The same file is being imported; wait until it finishes.',
  }, { importId: id });

const missingColumns = (missing: string[]) =>
  invalid('COLUMNS_MISSING', {
    id: `Kolom wajib tidak ada: ${missing.join(', ')}.`,
    en: `Required columns missing: ${missing.join(', ')}.`,
  }, missing.map((m) => ({ field: m, code: 'COLUMN_MISSING' })));

function rejectionOf(r: TableRow, reasons: Reason[]): Rejection {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.cells)) values[k] = cellText(v);
  return { rowNumber: r.rowNumber, values, reasons };
}

export interface ImportOptions {
  fileName: string | null;
  segment: string;
  /** Rows per transaction; smaller on PGlite, where a statement blocks the event loop. */
  chunkSize?: number;
  /** Chunk transactions in flight at once (PGlite has one connection: 1). */
  parallel?: number;
}

/** A deadlock between two chunk transactions is retried once; PostgreSQL has already rolled one back. */
async function writeWithRetry(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (code !== '40P01') throw err;
    await write();
  }
}

/** Starts (or resumes, or returns the finished) import of a file; returns the import record when done. */
export async function importMemberList(scope: OfficeScope, buffer: Buffer, format: TableFormat, opts: ImportOptions) {
  const fileHash = createHash('sha256').update(buffer).digest('hex');
  const titles = await tableTitles(buffer, format);
  const missing = REQUIRED_COLUMNS.filter((c) => !titles.includes(c));
  if (missing.length > 0) throw missingColumns(missing);

  const claimed = await claimImport(scope, fileHash, format, opts);
  if (claimed.finished) return { import: claimed.record, duplicate: true };
  const importId = claimed.record.id;

  try {
    const { regionCode, villages } = await officeVillages(scope);
    const ctx: RowContext = { officeRegionCode: regionCode, villages, faskesByCode: await activeFaskesCodes(scope, scope.db), today: todayIso() };
    // Rows already seen in this file: a NIK twice is refused the second time; a KK keeps its first address.
    const nikRows = new Map<string, number>();
    const kkAddress = new Map<string, { row: number; village: string; address: string }>();
    const chunkSize = opts.chunkSize ?? (scope.database.engine === 'pglite' ? 1000 : 5000);
    let total = 0;
    const writing: Promise<void>[] = [];
    const parallel = opts.parallel ?? (scope.database.engine === 'pglite' ? 1 : 2);
    for await (const chunk of chunks(readTable(buffer, format), chunkSize)) {
      const rows: RowToWrite[] = [];
      const rejections: Rejection[] = [];
      for (const r of chunk) {
        const v = validateRow(r.cells, ctx);
        if ('reasons' in v) {
          rejections.push(rejectionOf(r, v.reasons));
          continue;
        }
        const firstNik = nikRows.get(v.row.nik);
        if (firstNik !== undefined) {
          rejections.push(rejectionOf(r, [{ field: 'NIK', code: 'NIK_REPEATED', message: `NIK sudah ada di baris ${firstNik}.`, messageEn: `The NIK already appears on row ${firstNik}.` }]));
          continue;
        }
        const family = kkAddress.get(v.row.kk);
        if (family && (family.village !== v.row.villageCode || family.address !== v.row.address)) {
          rejections.push(rejectionOf(r, [{
            field: 'ALAMAT', code: 'KK_ADDRESS_CONFLICT',
            message: `Alamat/kode desa berbeda dengan baris ${family.row} untuk Nomor KK yang sama.`,
            messageEn: `The address or village differs from row ${family.row} for the same KK number.`,
          }]));
          continue;
        }
        nikRows.set(v.row.nik, r.rowNumber);
        if (!family) kkAddress.set(v.row.kk, { row: r.rowNumber, village: v.row.villageCode, address: v.row.address });
        rows.push({ ...v.row, rowNumber: r.rowNumber });
      }
      total += chunk.length;
      const size = chunk.length;
      const seen = total;
      // Chunks are written while the next ones are parsed and validated, up to `parallel` transactions
      // at once on PostgreSQL (rows of one file never share a NIK, and family rows are locked in KK order,
      // so chunks do not wait on each other except for the progress row at their very end).
      if (writing.length >= parallel) await writing.shift();
      const write = writeWithRetry(() =>
        scope.db.transaction(async (tx) => {
          const c = await writeChunk(scope, tx, importId, opts.segment, rows, rejections);
          await tx.execute(sql`
            UPDATE registry_imports SET processed_rows = processed_rows + ${size}, total_rows = GREATEST(total_rows, ${seen}),
                   created_count = created_count + ${c.created}, updated_count = updated_count + ${c.updated},
                   unchanged_count = unchanged_count + ${c.unchanged}, rejected_count = rejected_count + ${rejections.length},
                   updated_at = now()
             WHERE id = ${importId}`);
        }),
      );
      // Keep a failure from going unobserved while the next chunk is validated; it is rethrown below.
      write.catch(() => {});
      writing.push(write);
    }
    for (const w of writing) await w;
    await scope.mutate(async (tx, audit) => {
      await tx.execute(sql`UPDATE registry_imports SET status = 'completed', finished_at = now(), updated_at = now() WHERE id = ${importId}`);
      const r = (await findImport(scope, tx, importId))!;
      await audit({
        action: 'registry.imported', entityType: 'registry_import', entityId: importId,
        after: { fileName: opts.fileName, rows: r.totalRows, created: r.createdCount, updated: r.updatedCount, unchanged: r.unchangedCount, rejected: r.rejectedCount },
      });
    });
  } catch (err) {
    await scope.db.execute(sql`UPDATE registry_imports SET status = 'failed', error = ${String((err as Error).message).slice(0, 500)}, updated_at = now() WHERE id = ${importId}`);
    throw err;
  }
  return { import: (await findImport(scope, scope.db, importId))!, duplicate: false };
}

/**
 * Creates the import record, or takes over an interrupted one of the same file (clearing its progress:
 * the NIK upsert makes re-writing its rows harmless). A finished one is returned as is.
 */
async function claimImport(scope: OfficeScope, fileHash: string, format: TableFormat, opts: ImportOptions): Promise<{ record: ImportRecord; finished: boolean }> {
  return scope.db.transaction(async (tx) => {
    const rows = await execRows<{ id: string; status: string; stale: boolean }>(tx, sql`
      SELECT id, status, updated_at < now() - make_interval(secs => ${STALE_MS / 1000}) AS stale
        FROM registry_imports WHERE office_id = ${scope.officeId} AND file_hash = ${fileHash} FOR UPDATE`);
    const found = rows[0];
    if (found?.status === 'completed') return { record: (await findImport(scope, tx, found.id))!, finished: true };
    if (found?.status === 'running' && !found.stale) throw importRunning(found.id);
    let id: string;
    if (found) {
      id = found.id;
      await tx.execute(sql`DELETE FROM registry_import_rejections WHERE import_id = ${id}`);
      await tx.execute(sql`
        UPDATE registry_imports SET status = 'running', error = NULL, total_rows = 0, processed_rows = 0, created_count = 0, updated_count = 0,
               unchanged_count = 0, rejected_count = 0, created_by = ${scope.actor.userId}, updated_at = now(), finished_at = NULL
         WHERE id = ${id}`);
    } else {
      const [created] = await execRows<{ id: string }>(tx, sql`
        INSERT INTO registry_imports (office_id, file_hash, file_name, format, segment, status, created_by)
        VALUES (${scope.officeId}, ${fileHash}, ${opts.fileName}, ${format}, ${opts.segment}, 'running', ${scope.actor.userId})
        RETURNING id`);
      id = created!.id;
    }
    return { record: (await findImport(scope, tx, id))!, finished: false };
  });
}
