import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError, type ErrorDetail } from '../../../platform/errors.js';
import { readCsv } from './csv-reader.js';
import { isIsoDate } from './edabu-validate.js';
import { answerFileBadHeader, answerFileUnreadable } from './edabu.errors.js';

/**
 * BPJS's answer to an e-Dabu upload is not published (branch offices send back a list of
 * accepted members with card numbers, and of rejected ones with a reason). We define our own
 * exchange format, documented in ./README.md, which the office fills from BPJS's list or which
 * our BPJS simulator produces:
 *
 *   NIK, NO_KARTU, STATUS (DITERIMA | DITOLAK), TMT, KODE_FASKES, KETERANGAN
 *
 * XLSX (first sheet, header on row 1) or CSV (header on line 1, ',' or ';').
 */
export const ANSWER_COLUMNS = ['NIK', 'NO_KARTU', 'STATUS', 'TMT', 'KODE_FASKES', 'KETERANGAN'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly AnswerColumn[] = ['NIK', 'NO_KARTU', 'STATUS', 'TMT'];

export type AnswerStatus = 'DITERIMA' | 'DITOLAK';

export interface AnswerRow {
  nik: string;
  /** 13-digit JKN card number; set when accepted. */
  cardNumber: string | null;
  status: AnswerStatus;
  /** Membership start (TMT), ISO date; set when accepted. */
  tmt: string | null;
  faskesCode: string | null;
  /** BPJS's reason for a rejection, or a remark. */
  note: string | null;
}

export type AnswerParseItem =
  | { ok: true; rowNumber: number; row: AnswerRow }
  | { ok: false; rowNumber: number; errors: ErrorDetail[]; raw: Partial<Record<AnswerColumn, string>> };

export type AnswerFileKind = 'xlsx' | 'csv';

type Raw = Partial<Record<AnswerColumn, string>>;

/** "No Kartu", "no-kartu", "NO_KARTU" all name the same column: people retype headers. */
function headerKey(text: string): string {
  return text.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

function mapHeader(cells: readonly string[]): Map<AnswerColumn, number> {
  const map = new Map<AnswerColumn, number>();
  cells.forEach((c, i) => {
    const key = headerKey(c) as AnswerColumn;
    if ((ANSWER_COLUMNS as readonly string[]).includes(key) && !map.has(key)) map.set(key, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !map.has(c));
  if (missing.length) throw answerFileBadHeader(missing);
  return map;
}

/** Accepts ISO, DD-MM-YYYY and DD/MM/YYYY: what an officer or Excel is likely to produce. */
export function parseAnswerDate(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return isIsoDate(text) ? text : null;
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const err = (field: string, code: string, message: string): ErrorDetail => ({ field, code, message });

export function validateAnswerRow(raw: Raw): { row: AnswerRow } | { errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const nik = raw.NIK ?? '';
  const card = raw.NO_KARTU ?? '';
  const statusText = (raw.STATUS ?? '').toUpperCase();
  const tmtText = raw.TMT ?? '';
  const faskes = raw.KODE_FASKES ?? '';
  const note = raw.KETERANGAN ?? '';

  if (!/^\d{16}$/.test(nik)) errors.push(err('NIK', 'ANSWER_NIK_FORMAT', 'NIK harus 16 angka.'));
  if (statusText !== 'DITERIMA' && statusText !== 'DITOLAK') {
    errors.push(err('STATUS', 'ANSWER_STATUS_UNKNOWN', 'STATUS harus DITERIMA atau DITOLAK.'));
  }
  const accepted = statusText === 'DITERIMA';
  if (card !== '' && !/^\d{13}$/.test(card)) errors.push(err('NO_KARTU', 'ANSWER_CARD_FORMAT', 'NO_KARTU harus 13 angka.'));
  if (accepted && card === '') errors.push(err('NO_KARTU', 'ANSWER_CARD_REQUIRED', 'NO_KARTU wajib diisi untuk peserta DITERIMA.'));
  const tmt = tmtText === '' ? null : parseAnswerDate(tmtText);
  if (tmtText !== '' && tmt === null) errors.push(err('TMT', 'ANSWER_TMT_FORMAT', 'TMT bukan tanggal yang sah (TTTT-BB-HH atau HH-BB-TTTT).'));
  if (accepted && tmtText === '') errors.push(err('TMT', 'ANSWER_TMT_REQUIRED', 'TMT wajib diisi untuk peserta DITERIMA.'));
  if (faskes !== '' && !/^[0-9A-Z]{8}$/.test(faskes)) {
    errors.push(err('KODE_FASKES', 'ANSWER_FASKES_FORMAT', 'KODE_FASKES harus 8 karakter sesuai kode BPJS.'));
  }
  // A rejection without a reason leaves the officer nothing to tell the applicant.
  if (statusText === 'DITOLAK' && note === '') {
    errors.push(err('KETERANGAN', 'ANSWER_REASON_REQUIRED', 'KETERANGAN (alasan penolakan) wajib diisi untuk DITOLAK.'));
  }
  if (errors.length) return { errors };
  return {
    row: {
      nik,
      cardNumber: card === '' ? null : card,
      status: statusText as AnswerStatus,
      tmt,
      faskesCode: faskes === '' ? null : faskes,
      note: note === '' ? null : note,
    },
  };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Turns what exceljs gives for a cell into the text we validate. */
function answerCellText(column: AnswerColumn, value: ExcelJS.CellValue): { text: string; error?: ErrorDetail } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') {
    if (column === 'TMT') return { text: new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000).toISOString().slice(0, 10) };
    // A 16-digit NIK typed into a number cell is rounded by Excel above 2^53 (Papua codes 9x…),
    // so it cannot be trusted; a card number loses its leading zeros, which are fixed-width.
    if (!Number.isSafeInteger(value)) {
      return { text: '', error: err(column, 'ANSWER_NUMBER_PRECISION', `${column} tersimpan sebagai angka dan kehilangan digit; simpan kolom sebagai teks.`) };
    }
    return { text: column === 'NO_KARTU' ? String(value).padStart(13, '0') : String(value) };
  }
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('').trim() };
    if ('result' in value) return answerCellText(column, (value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return { text: String(value.text).trim() };
  }
  return { text: String(value).trim() };
}

async function* xlsxRecords(input: Buffer | Readable): AsyncGenerator<{ rowNumber: number; cells: ExcelJS.CellValue[] }> {
  const stream = Buffer.isBuffer(input) ? Readable.from([input]) : input;
  // styles: 'cache' so that date cells come back as Date rather than serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
  let sheetSeen = false;
  for await (const worksheet of reader) {
    if (sheetSeen) continue; // only the first sheet; keep reading so the zip is drained
    sheetSeen = true;
    for await (const row of worksheet) {
      const values = row.values as ExcelJS.CellValue[];
      yield { rowNumber: row.number, cells: values.slice(1) };
    }
  }
}

async function* csvRecords(input: Buffer | Readable): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  for await (const record of readCsv(input)) yield { rowNumber: record.line, cells: record.fields };
}

/**
 * Streams the rows of an answer file, each validated on its own. Header problems throw
 * ANSWER_FILE_BAD_HEADER, a file that is not XLSX/CSV throws ANSWER_FILE_UNREADABLE. Unknown
 * NIKs and duplicates are the caller's to report, since only it knows the batch.
 */
export async function* parseAnswerFile(input: Buffer | Readable, kind: AnswerFileKind): AsyncGenerator<AnswerParseItem> {
  const records = kind === 'xlsx' ? xlsxRecords(input) : csvRecords(input);
  let header: Map<AnswerColumn, number> | null = null;
  try {
    for await (const { rowNumber, cells } of records) {
      if (header === null) {
        const texts = cells.map((c) => answerCellText('KETERANGAN', c ?? null).text);
        if (texts.every((t) => t === '')) continue;
        header = mapHeader(texts);
        continue;
      }
      const raw: Raw = {};
      const cellErrors: ErrorDetail[] = [];
      for (const [column, index] of header) {
        const { text, error } = answerCellText(column, cells[index] ?? null);
        if (error) cellErrors.push(error);
        if (text !== '') raw[column] = text;
      }
      if (Object.keys(raw).length === 0 && cellErrors.length === 0) continue; // blank line
      const result = validateAnswerRow(raw);
      if ('row' in result && cellErrors.length === 0) yield { ok: true, rowNumber, row: result.row };
      else yield { ok: false, rowNumber, errors: [...cellErrors, ...('errors' in result ? result.errors : [])], raw };
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw answerFileUnreadable(e instanceof Error ? e.message : String(e));
  }
  if (header === null) throw answerFileBadHeader([...REQUIRED_COLUMNS]);
}
