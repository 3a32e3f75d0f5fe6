import { isSyncSource, openRows, type EdabuRow, type EdabuRowSource } from './edabu-row.js';
import { edabuTemplate, type ChangeType } from './edabu-templates.js';
import { todayIso, validateEdabuRow, type EdabuFieldError, type ValidateOptions } from './edabu-validate.js';

export interface InvalidRow {
  /** 1-based position in the batch: the No Urut written in column A. */
  position: number;
  /** Row in the exported sheet (position + 8), so an officer can find it in the file. */
  sheetRow: number;
  nik: string;
  errors: EdabuFieldError[];
}

export interface BatchValidationResult {
  valid: boolean;
  rowCount: number;
  invalidRows: InvalidRow[];
}

/**
 * Incremental validator so a writer can check rows while it streams them, and a first pass can
 * run over a cursor without holding the rows. Duplicate NIKs in one batch are errors: BPJS
 * rejects the second one and the office would bill the contribution twice.
 */
export class BatchValidator {
  private readonly firstDataRow: number;
  private readonly opts: Required<ValidateOptions>;
  private readonly seen = new Map<string, number>();
  private readonly invalid: InvalidRow[] = [];
  private count = 0;

  constructor(
    readonly changeType: ChangeType,
    opts: ValidateOptions = {},
  ) {
    this.firstDataRow = edabuTemplate(changeType).firstDataRow;
    // One "today" for the whole batch: a batch validated across midnight stays consistent.
    this.opts = { today: opts.today ?? todayIso() };
  }

  /** Validates the next row; returns its errors (empty when the row is fine). */
  add(row: EdabuRow): EdabuFieldError[] {
    const position = ++this.count;
    const errors = validateEdabuRow(row, this.changeType, this.opts);
    const nik = row.nik === null || row.nik === undefined ? '' : String(row.nik).trim();
    if (nik !== '') {
      const first = this.seen.get(nik);
      if (first === undefined) this.seen.set(nik, position);
      else errors.push({ field: 'nik', code: 'EDABU_DUPLICATE_NIK', message: `NIK sama dengan baris nomor urut ${first}.`, column: 5 });
    }
    if (errors.length) {
      this.invalid.push({ position, sheetRow: this.firstDataRow + position - 1, nik, errors });
    }
    return errors;
  }

  get rowCount(): number {
    return this.count;
  }

  result(): BatchValidationResult {
    return { valid: this.invalid.length === 0, rowCount: this.count, invalidRows: this.invalid };
  }
}

export async function validateBatchRows(
  rows: EdabuRowSource,
  changeType: ChangeType,
  opts: ValidateOptions = {},
): Promise<BatchValidationResult> {
  const validator = new BatchValidator(changeType, opts);
  const source = typeof rows === 'function' ? rows() : rows;
  // Plain iterables skip the async machinery, which costs more than validating a row.
  if (isSyncSource(source)) for (const row of source) validator.add(row);
  else for await (const row of openRows(source)) validator.add(row);
  return validator.result();
}
