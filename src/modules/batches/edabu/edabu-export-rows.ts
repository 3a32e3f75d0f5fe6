import { isRereadable, rowChunks, type EdabuOffice, type EdabuRow, type EdabuRowSource } from './edabu-row.js';
import { edabuTemplate, type ChangeType } from './edabu-templates.js';
import { validateEdabuOffice, type ValidateOptions } from './edabu-validate.js';
import { BatchValidator, validateBatchRows } from './edabu-batch-validate.js';
import { batchEmpty, batchHasInvalidRows, officeIncomplete } from './edabu.errors.js';

export interface EdabuExportOptions extends ValidateOptions {
  changeType: ChangeType;
  office: EdabuOffice;
  rows: EdabuRowSource;
}

export interface EdabuExportResult {
  changeType: ChangeType;
  templateVersion: string;
  rowCount: number;
}

export interface ExportRow {
  row: EdabuRow;
  /** 1-based No Urut. */
  position: number;
}

const CHUNK = 512;

/**
 * Rows for a writer, in chunks, guarded by validation.
 *
 * - Re-readable sources (arrays, factories) get a full first pass: an invalid or empty batch
 *   throws on the first `next()`, before the writer has produced a byte.
 * - One-shot iterators are validated as they stream: at the first invalid row the generator stops
 *   handing rows to the writer, reads the rest only to collect every error, then throws. The
 *   writer must then abandon its output (see writeEdabuXlsx).
 */
export async function* exportRows(opts: EdabuExportOptions): AsyncGenerator<ExportRow[], EdabuExportResult> {
  const template = edabuTemplate(opts.changeType);
  const officeErrors = validateEdabuOffice(opts.office);
  if (officeErrors.length) throw officeIncomplete(officeErrors);

  if (isRereadable(opts.rows)) {
    const first = await validateBatchRows(opts.rows, opts.changeType, opts);
    if (!first.valid) throw batchHasInvalidRows(first.invalidRows, first.rowCount);
    if (first.rowCount === 0) throw batchEmpty();
  }

  // Validated again while writing: a factory backed by a database may return different rows on
  // the second read, and a row that slipped in must not reach BPJS unchecked.
  const validator = new BatchValidator(opts.changeType, opts);
  let failed = false;
  for await (const chunk of rowChunks(opts.rows, CHUNK)) {
    const out: ExportRow[] = [];
    for (const row of chunk) {
      if (validator.add(row).length) failed = true;
      if (!failed) out.push({ row, position: validator.rowCount });
    }
    if (!failed) yield out;
  }
  const result = validator.result();
  if (!result.valid) throw batchHasInvalidRows(result.invalidRows, result.rowCount);
  if (result.rowCount === 0) throw batchEmpty();
  return { changeType: opts.changeType, templateVersion: template.version, rowCount: result.rowCount };
}
