import { invalid } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { cellText, chunks, readTable, tableTitles, type TableFormat } from '../registry/import/tabular.js';
import { upsertFaskes, type FaskesUpsert } from './faskes.repository.js';

/** Columns of an office's facility list (as BPJS branch offices hand them out). */
const REQUIRED = ['KODE', 'NAMA', 'JENIS'] as const;
const MAX_ROWS = 5_000;

export interface FaskesRejection {
  row: number;
  field: string;
  code: string;
  message: string;
}

const missingColumns = (missing: string[]) =>
  invalid('COLUMNS_MISSING', {
    id: `Kolom wajib tidak ada: ${missing.join(', ')} (kolom: kode, nama, jenis, alamat).`,
    en: `Required columns missing: ${missing.join(', ')} (columns: kode, nama, jenis, alamat).`,
  }, missing.map((m) => ({ field: m, code: 'COLUMN_MISSING' })));

const tooMany = () =>
  invalid('FILE_TOO_LONG', { id: `Daftar faskes lebih dari ${MAX_ROWS} baris.`, en: `The facility list has more than ${MAX_ROWS} rows.` });

/** BPJS faskes codes are short alphanumerics (e.g. 13010101, 0123B001). */
const CODE = /^[0-9A-Z]{4,20}$/;

/**
 * Imports (inserts or updates by code) the office's facility list. A small list: validated whole, then
 * written in one transaction; rows with problems are listed back and the rest is imported.
 */
export async function importFaskes(scope: OfficeScope, buffer: Buffer, format: TableFormat, lang: 'id' | 'en') {
  const titles = await tableTitles(buffer, format);
  const missing = REQUIRED.filter((c) => !titles.includes(c));
  if (missing.length > 0) throw missingColumns(missing);

  const valid = new Map<string, FaskesUpsert>();
  const rejected: FaskesRejection[] = [];
  let total = 0;
  const reject = (row: number, field: string, code: string, id: string, en: string) =>
    rejected.push({ row, field, code, message: lang === 'en' ? en : id });
  for await (const chunk of chunks(readTable(buffer, format), 500)) {
    for (const r of chunk) {
      if (++total > MAX_ROWS) throw tooMany();
      const code = cellText(r.cells.KODE).toUpperCase();
      const name = cellText(r.cells.NAMA);
      const kind = cellText(r.cells.JENIS).toUpperCase();
      const address = cellText(r.cells.ALAMAT) || null;
      if (!CODE.test(code)) reject(r.rowNumber, 'kode', 'FASKES_CODE_INVALID', `Kode faskes "${code}" tidak valid (4–20 huruf/angka).`, `Facility code "${code}" is invalid (4–20 letters/digits).`);
      else if (name.length < 3) reject(r.rowNumber, 'nama', 'FASKES_NAME_REQUIRED', 'Nama faskes wajib diisi.', 'The facility name is required.');
      else if (kind === '') reject(r.rowNumber, 'jenis', 'FASKES_KIND_REQUIRED', 'Jenis faskes wajib diisi (mis. PUSKESMAS).', 'The facility kind is required (e.g. PUSKESMAS).');
      else if (valid.has(code)) reject(r.rowNumber, 'kode', 'FASKES_CODE_REPEATED', `Kode ${code} muncul lebih dari sekali.`, `Code ${code} appears more than once.`);
      else valid.set(code, { code, name: name.slice(0, 200), kind: kind.slice(0, 80), address: address?.slice(0, 300) ?? null });
    }
  }
  const rows = [...valid.values()];
  const result = await scope.mutate(async (tx, audit) => {
    const r = await upsertFaskes(scope, tx, rows);
    await audit({ action: 'faskes.imported', entityType: 'faskes', after: { rows: total, ...r, rejected: rejected.length } });
    return r;
  });
  return { total, created: result.created, updated: result.updated, unchanged: rows.length - result.created - result.updated, rejected };
}
