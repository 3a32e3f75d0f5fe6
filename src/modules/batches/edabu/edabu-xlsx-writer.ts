import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportRows, type EdabuExportOptions, type EdabuExportResult } from './edabu-export-rows.js';
import { rowTexts, type EdabuOffice } from './edabu-row.js';
import { edabuTemplate, type EdabuTemplate } from './edabu-templates.js';
import * as style from './edabu-xlsx-style.js';
import { abortWorkbook, waitForZip } from './xlsx-backpressure.js';

export type { EdabuExportOptions, EdabuExportResult } from './edabu-export-rows.js';

export interface EdabuXlsxOptions extends EdabuExportOptions {
  /**
   * Border every cell of every data row, like the blank form. Off by default: the twelve
   * wage-earner columns (NIP, golongan, gaji, NPWP…) never hold data in PBI Daerah, and writing
   * 1.2 million empty styled cells for a 100,000-row batch costs about a quarter of the export
   * time. Columns that can hold data are bordered either way.
   */
  fullGrid?: boolean;
}

function writeHeader(ws: ExcelJS.Worksheet, template: EdabuTemplate, office: EdabuOffice): void {
  for (const field of template.headerFields) {
    const row = ws.getRow(field.row);
    const label = row.getCell(1);
    label.value = field.label;
    label.style = style.headerLabelStyle;
    for (let c = 2; c <= template.headerValueColumn; c++) row.getCell(c).style = style.headerBlankStyle;
    const value = row.getCell(template.headerValueColumn);
    value.value = office[field.key];
    value.style = style.headerValueStyle;
  }
  const { banner } = template;
  const bannerRow = ws.getRow(banner.row);
  for (let c = banner.from; c <= banner.to; c++) bannerRow.getCell(c).style = style.bannerStyle;
  bannerRow.getCell(banner.from).value = banner.text;
  ws.mergeCells(banner.row, banner.from, banner.row, banner.to);

  const titles = ws.getRow(template.titleRow);
  const numbers = ws.getRow(template.numberRow);
  for (const col of template.columns) {
    const t = titles.getCell(col.position);
    t.value = col.title;
    t.style = style.titleStyle(col);
    const n = numbers.getCell(col.position);
    // The forms store the column numbers as numbers, not text.
    if (col.number !== null) n.value = col.number;
    n.style = col.numberWrap ? style.numberWrapStyle : style.numberStyle;
  }
  const last = template.columns.length;
  for (let c = last + 1; c <= last + style.NUMBER_TRAIL_CELLS; c++) numbers.getCell(c).style = style.numberTrailStyle;

  for (const [r, height] of Object.entries(style.HEADER_ROW_HEIGHTS)) ws.getRow(Number(r)).height = height;
  for (let r = 1; r < template.firstDataRow; r++) ws.getRow(r).commit();
}

/**
 * Streams an e-Dabu upload form: header rows exactly as the BPJS form (values in C1:C5, titles on
 * row 7, numbers on row 8) and one row per member from row 9, committed as it is written, so
 * memory stays flat whatever the batch size.
 *
 * Refuses invalid batches with BATCH_HAS_INVALID_ROWS (all errors, per row). With an array or a
 * factory as `rows`, the refusal comes before any byte is written and `stream` is left untouched
 * (an HTTP handler can still answer with the error). With a one-shot iterator it comes at the
 * end: the stream is then destroyed (without an 'error' event) and holds an unfinished zip that
 * cannot be opened; the caller deletes it. The stream is ended on success.
 */
export async function writeEdabuXlsx(stream: Writable, opts: EdabuXlsxOptions): Promise<EdabuExportResult> {
  const template = edabuTemplate(opts.changeType);
  const rows = exportRows(opts);
  // Pulling the first row runs the first validation pass: nothing is written if it fails.
  let next = await rows.next();

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Layanan PBI';
  const ws = workbook.addWorksheet(template.sheetName, { properties: { defaultRowHeight: 15 } });
  ws.columns = template.columns.map((c) => ({ width: c.width, style: style.columnStyleOf(c) }));
  const cellStyles = template.columns.map((c) => style.dataStyle(c));
  const written = template.columns.map((c) => Boolean(opts.fullGrid) || c.key !== null);

  try {
    writeHeader(ws, template, opts.office);
    let rowNumber = template.firstDataRow;
    while (!next.done) {
      for (const { row: member, position } of next.value) {
        const texts = rowTexts(template, member, position);
        const row = ws.getRow(rowNumber++);
        (row as unknown as { style: Partial<ExcelJS.Style> }).style = style.dataRowStyle;
        for (let i = 0; i < texts.length; i++) {
          if (!written[i]) continue;
          const cell = row.getCell(i + 1);
          const text = texts[i];
          if (text !== null && text !== undefined) cell.value = text;
          // Empty cells keep their border: the form is a grid and officers read it as one.
          cell.style = cellStyles[i] ?? style.columnStyle;
        }
        row.commit();
      }
      await waitForZip(ws);
      next = await rows.next();
    }
    ws.commit();
    await workbook.commit();
    return next.value;
  } catch (err) {
    // Stop deflating a file nobody will use, and make sure no reader takes it for a whole one.
    abortWorkbook(workbook);
    stream.destroy();
    throw err;
  }
}
