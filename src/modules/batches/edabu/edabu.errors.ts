import { DomainError, type ErrorDetail } from '../../../platform/errors.js';
import type { InvalidRow } from './edabu-batch-validate.js';
import type { EdabuFieldError } from './edabu-validate.js';

/**
 * A batch is all-or-nothing: BPJS processes an upload row by row, so a file with one bad row
 * yields a partial enrolment that the office then has to reconcile by hand. Refuse it instead.
 * Details are flattened to `rows.<index>.<field>` (index from 0, as elsewhere in the API) and
 * keep the No Urut and the sheet row so the officer can find the person.
 */
export function batchHasInvalidRows(invalidRows: readonly InvalidRow[], rowCount: number): DomainError {
  const details: ErrorDetail[] = invalidRows.flatMap((r) =>
    r.errors.map((e) => ({
      field: `rows.${r.position - 1}.${e.field}`,
      code: e.code,
      message: e.message,
      position: r.position,
      sheetRow: r.sheetRow,
      nik: r.nik,
    })),
  );
  const n = invalidRows.length;
  return new DomainError(
    'BATCH_HAS_INVALID_ROWS',
    422,
    {
      id: `Batch tidak dapat diekspor: ${n} dari ${rowCount} baris belum benar. Perbaiki baris tersebut lalu ekspor ulang.`,
      en: `The batch cannot be exported: ${n} of ${rowCount} rows are invalid. Fix them and export again.`,
    },
    details,
  );
}

export const batchEmpty = () =>
  new DomainError('BATCH_EMPTY', 422, {
    id: 'Batch tidak berisi peserta; tidak ada yang dapat diekspor.',
    en: 'The batch has no members; there is nothing to export.',
  });

export const officeIncomplete = (details: EdabuFieldError[]) =>
  new DomainError(
    'EDABU_OFFICE_INCOMPLETE',
    422,
    {
      id: 'Data kantor untuk formulir e-Dabu belum lengkap (Kode Satker, Nama Satker, Jenis Kepesertaan, Kode KC, Kode Dati2).',
      en: 'The office data for the e-Dabu form is incomplete (satker code and name, membership type, branch and regency codes).',
    },
    details,
  );

export const answerFileBadHeader = (missing: string[]) =>
  new DomainError(
    'ANSWER_FILE_BAD_HEADER',
    400,
    {
      id: `Berkas jawaban BPJS tidak memiliki kolom: ${missing.join(', ')}.`,
      en: `The BPJS answer file lacks the columns: ${missing.join(', ')}.`,
    },
    missing.map((m) => ({ field: m, code: 'ANSWER_COLUMN_MISSING' })),
  );

export const answerFileUnreadable = (reason: string) =>
  new DomainError(
    'ANSWER_FILE_UNREADABLE',
    400,
    {
      id: 'Berkas jawaban BPJS tidak dapat dibaca. Pastikan berkas XLSX atau CSV sesuai format.',
      en: 'The BPJS answer file cannot be read. Make sure it is an XLSX or CSV file in the agreed format.',
    },
    { reason },
  );
