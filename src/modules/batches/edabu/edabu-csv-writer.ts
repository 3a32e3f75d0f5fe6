import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportRows, type EdabuExportOptions, type EdabuExportResult } from './edabu-export-rows.js';
import { rowTexts } from './edabu-row.js';
import { edabuTemplate, type EdabuTemplate } from './edabu-templates.js';

export interface EdabuCsvOptions extends EdabuExportOptions {
  /**
   * 'form' (default) keeps the form's rows: header block on lines 1–5, titles on 7, numbers on 8,
   * data from 9, so row numbers in validation errors match the XLSX. 'table' is the title line
   * followed by the data, for tools that expect one header line.
   */
  layout?: 'form' | 'table';
  /** ',' by default; ';' is what Excel expects under the Indonesian locale. */
  delimiter?: ',' | ';';
  /** Prefix a UTF-8 byte order mark so Excel reads names with non-ASCII letters correctly. */
  bom?: boolean;
}

function csvField(value: string | number | null | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return s.includes('"') || s.includes(delimiter) || s.includes('\n') || s.includes('\r')
    ? `"${s.replace(/"/g, '""')}"`
    : s;
}

function csvLine(cells: readonly (string | number | null | undefined)[], delimiter: string): string {
  return cells.map((c) => csvField(c, delimiter)).join(delimiter) + '\r\n';
}

function formHeader(template: EdabuTemplate, opts: EdabuCsvOptions, delimiter: string): string {
  const width = template.columns.length;
  const lines: string[] = [];
  for (let r = 1; r < template.firstDataRow; r++) {
    const cells: (string | number | null)[] = new Array<string | null>(width).fill(null);
    const field = template.headerFields.find((f) => f.row === r);
    if (field) {
      cells[0] = field.label;
      cells[template.headerValueColumn - 1] = opts.office[field.key];
    }
    if (r === template.banner.row) cells[template.banner.from - 1] = template.banner.text;
    if (r === template.titleRow) template.columns.forEach((c) => (cells[c.position - 1] = c.title));
    if (r === template.numberRow) template.columns.forEach((c) => (cells[c.position - 1] = c.number));
    lines.push(csvLine(cells, delimiter));
  }
  return lines.join('');
}

/**
 * Writes the e-Dabu batch as CSV (RFC 4180, CRLF), with the same validation and refusal rules as
 * writeEdabuXlsx. Meant for machines: Excel opens a CSV NIK as 3.20101E+15 and drops leading
 * zeros, so officers get the XLSX. A truncated CSV would look complete, hence the stream is
 * destroyed when a one-shot source turns out invalid halfway.
 */
export async function writeEdabuCsv(stream: Writable, opts: EdabuCsvOptions): Promise<EdabuExportResult> {
  const template = edabuTemplate(opts.changeType);
  const delimiter = opts.delimiter ?? ',';
  const rows = exportRows(opts);
  let next = await rows.next();

  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  try {
    let head = opts.bom ? '\uFEFF' : '';
    head +=
      (opts.layout ?? 'form') === 'form'
        ? formHeader(template, opts, delimiter)
        : csvLine(template.columns.map((c) => c.title), delimiter);
    await write(head);
    while (!next.done) {
      let text = '';
      for (const { row, position } of next.value) text += csvLine(rowTexts(template, row, position), delimiter);
      await write(text);
      next = await rows.next();
    }
    stream.end();
    await once(stream, 'finish');
    return next.value;
  } catch (err) {
    stream.destroy();
    throw err;
  }
}
