import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';

/**
 * Reads the first sheet of an XLSX file or a CSV text as rows keyed by column title. Titles are compared
 * in one spelling (upper case, spaces and dashes as `_`), so "Tgl Lahir", "TGL_LAHIR" and "tgl-lahir" meet.
 * Cells keep their type: a NIK typed into a number cell must be seen as a number to be refused (Excel keeps
 * 15 significant digits, so the 16th is already lost).
 */
export type Cell = string | number | Date | boolean | null;
export type TableFormat = 'csv' | 'xlsx';

export interface TableRow {
  /** 1-based line/row number in the file as a spreadsheet shows it. */
  rowNumber: number;
  cells: Record<string, Cell>;
}

export const normaliseTitle = (t: string) => t.trim().toUpperCase().replace(/[\s\-.]+/g, '_');

/** What was in a cell, as text for reports. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** Guesses the separator from the title line: spreadsheets with an Indonesian locale write `;`. */
function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = firstLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** RFC 4180 records (quotes, doubled quotes, CRLF or LF, newlines inside quotes). */
export function* parseCsv(text: string): Generator<{ line: number; fields: string[] }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = text.indexOf('\n', i);
  const delimiter = detectDelimiter(text.slice(i, firstEnd === -1 ? text.length : firstEnd));
  const d = delimiter.charCodeAt(0);
  let line = 1;
  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let done = false;
    while (!done) {
      if (text.charCodeAt(i) === 34) {
        // Quoted field.
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            field += text.slice(i);
            i = text.length;
            break;
          }
          field += text.slice(i, q);
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === 10) line++;
          if (text.charCodeAt(q + 1) === 34) {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      // Unquoted part (or what follows a closing quote) up to the delimiter or the end of the line.
      let j = i;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === d || c === 10 || c === 13) break;
        j++;
      }
      field += text.slice(i, j);
      fields.push(field);
      field = '';
      const c = text.charCodeAt(j);
      if (c === d) {
        i = j + 1;
      } else {
        i = c === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        line++;
        done = true;
      }
    }
    if (fields.length > 1 || fields[0] !== '') yield { line: startLine, fields };
  }
}

function* csvRows(text: string): Generator<TableRow> {
  let titles: string[] | null = null;
  for (const { line, fields } of parseCsv(text)) {
    if (titles === null) {
      titles = fields.map(normaliseTitle);
      continue;
    }
    const cells: Record<string, Cell> = {};
    for (let k = 0; k < titles.length; k++) {
      const v = fields[k];
      cells[titles[k]!] = v === undefined || v.trim() === '' ? null : v;
    }
    yield { rowNumber: line, cells };
  }
}

/** exceljs cell values come in several shapes (rich text, formulas, hyperlinks); flatten to a Cell. */
function excelCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return excelCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error !== undefined) return null;
  }
  return String(v);
}

async function* xlsxRows(buffer: Buffer): AsyncGenerator<TableRow> {
  // Streaming reader: a 100,000-row sheet is never held as a workbook object graph.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let titles: string[] | null = null;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      if (titles === null) {
        const t = values.map((v) => normaliseTitle(String(excelCell(v) ?? '')));
        if (t.every((x) => x === '')) continue;
        titles = t;
        continue;
      }
      const cells: Record<string, Cell> = {};
      let any = false;
      for (let k = 1; k < titles.length; k++) {
        const title = titles[k];
        if (!title) continue;
        const c = excelCell(values[k]);
        if (c !== null) any = true;
        cells[title] = c;
      }
      if (any) yield { rowNumber: row.number, cells };
    }
    return; // first sheet only
  }
}

/** Rows of a CSV or XLSX file, lazily. */
export function readTable(buffer: Buffer, format: TableFormat): AsyncIterable<TableRow> | Iterable<TableRow> {
  return format === 'csv' ? csvRows(buffer.toString('utf8')) : xlsxRows(buffer);
}

/** The title row of a table, to report missing required columns before reading any data. */
export async function tableTitles(buffer: Buffer, format: TableFormat): Promise<string[]> {
  if (format === 'csv') {
    const first = parseCsv(buffer.toString('utf8')).next();
    return first.done ? [] : first.value.fields.map(normaliseTitle);
  }
  for await (const row of xlsxRows(buffer)) return Object.keys(row.cells);
  return [];
}

/** Rows in arrays of `size`, so each chunk is validated and written in one transaction. */
export async function* chunks(rows: AsyncIterable<TableRow> | Iterable<TableRow>, size: number): AsyncGenerator<TableRow[]> {
  let chunk: TableRow[] = [];
  for await (const r of rows) {
    chunk.push(r);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Sniffs the format from the first bytes: an XLSX is a ZIP ("PK\x03\x04"). */
export function sniffFormat(buffer: Buffer): TableFormat {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 3 && buffer[3] === 4 ? 'xlsx' : 'csv';
}
