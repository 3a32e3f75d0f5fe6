import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.js';
import { readCsv } from './csv-reader.js';
import { writeEdabuCsv } from './edabu-csv-writer.js';
import type { EdabuRow } from './edabu-row.js';
import { CHANGE_TYPES, EDABU_TEMPLATES, type ChangeType } from './edabu-templates.js';
import { writeEdabuXlsx } from './edabu-xlsx-writer.js';
import { buildEdabuOffice, buildEdabuRow, buildMemberRow } from './edabu.fixtures.js';

const today = '2026-03-15';
const office = buildEdabuOffice();
const LAST_COLUMN = 36; // AJ

class Sink extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.chunks.push(chunk);
    cb();
  }
  get buffer() {
    return Buffer.concat(this.chunks);
  }
}

function rowsFor(type: ChangeType, n: number): EdabuRow[] {
  return Array.from({ length: n }, (_, i) =>
    type === 'deactivate_death' ? buildMemberRow(i, { deathDate: '2026-03-01' }) : buildMemberRow(i),
  );
}

async function exportXlsx(type: ChangeType, rows: EdabuRow[], fullGrid = false) {
  const sink = new Sink();
  const result = await writeEdabuXlsx(sink, { changeType: type, office, rows, today, fullGrid });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sink.buffer as unknown as ArrayBuffer);
  return { result, ws: wb.worksheets[0]! };
}

async function reference(type: ChangeType) {
  const wb = new ExcelJS.Workbook();
  const file = fileURLToPath(new URL(`./templates/${EDABU_TEMPLATES[type].referenceFile}`, import.meta.url));
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}

/** The visible traits of a cell we promise to reproduce. */
function look(cell: ExcelJS.Cell) {
  const solid = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill : null;
  const fill = solid ? (solid.fgColor?.argb ?? `theme ${solid.fgColor?.theme}`) : null;
  return {
    bold: Boolean(cell.font?.bold),
    size: cell.font?.size ?? 11,
    fill,
    border: Boolean(cell.border?.top?.style),
    align: cell.alignment?.horizontal ?? null,
    wrap: Boolean(cell.alignment?.wrapText),
  };
}

describe('writeEdabuXlsx', () => {
  it.each(CHANGE_TYPES)('reproduces rows 1–8 of the %s form cell by cell, and its data-row look', async (type) => {
    const ref = await reference(type);
    const { ws, result } = await exportXlsx(type, rowsFor(type, 3), true);
    expect(result).toEqual({ changeType: type, templateVersion: 'bpjs-mutasi-2018', rowCount: 3 });
    expect(ws.name).toBe(ref.name);
    expect(ws.model.merges).toEqual(ref.model.merges);

    for (let r = 1; r <= 9; r++) {
      for (let c = 1; c <= LAST_COLUMN; c++) {
        const ours = ws.getRow(r).getCell(c);
        const theirs = ref.getRow(r).getCell(c);
        const where = `${type} ${theirs.address}`;
        // C1:C5 hold the office's values, left-aligned without wrapping as bpjs-mutasi's own
        // generator writes them (a wrapped satker name would be cut by the fixed row height).
        if (c === 3 && r <= 5) {
          expect(look(ours), where).toEqual({ ...look(theirs), align: 'left', wrap: false });
          continue;
        }
        expect(look(ours), where).toEqual(look(theirs));
        if (r === 9) continue; // data
        expect(ours.value, where).toEqual(theirs.value);
      }
    }
    for (const r of [1, 2, 3, 4, 5, 7]) expect(ws.getRow(r).height, `row ${r}`).toBe(ref.getRow(r).height);
    for (let c = 1; c <= LAST_COLUMN; c++) expect(ws.getColumn(c).width, `column ${c}`).toBe(ref.getColumn(c).width);
  });

  it('leaves the wage-earner columns of data rows blank unless a full grid is asked for', async () => {
    const { ws } = await exportXlsx('new', rowsFor('new', 1));
    const ref = await reference('new');
    for (const col of EDABU_TEMPLATES.new.columns) {
      const ours = look(ws.getRow(9).getCell(col.position));
      if (col.key === null) expect(ours.border, col.title).toBe(false);
      else expect(ours, col.title).toEqual(look(ref.getRow(9).getCell(col.position)));
    }
  });

  it('writes the office header values in C1:C5', async () => {
    const { ws } = await exportXlsx('new', rowsFor('new', 1));
    expect([1, 2, 3, 4, 5].map((r) => ws.getCell(`C${r}`).value)).toEqual([
      office.satkerCode,
      office.satkerName,
      office.membershipType,
      office.kcCode,
      office.dati2Code,
    ]);
  });

  it.each(CHANGE_TYPES)('puts the members of a %s batch from row 9, with the form codes', async (type) => {
    const ref = await reference(type);
    const rows = rowsFor(type, 3);
    const { ws } = await exportXlsx(type, rows);
    for (let i = 0; i < 3; i++) {
      const r = ws.getRow(9 + i);
      expect(r.getCell('A').value).toBe(String(i + 1));
      // Same Jenis Mutasi as the sample rows of the published form.
      expect(r.getCell('C').value ?? null).toBe(ref.getRow(9 + i).getCell('C').value ?? null);
      expect(r.getCell('E').value).toBe(rows[i]!.nik);
      expect(r.getCell('B').value).toBe(rows[i]!.cardNumber);
    }
    const first = ws.getRow(9);
    expect(first.getCell('D').value).toBe('6502010101150003');
    expect(first.getCell('H').value).toBe('MARIA UDAU 0');
    expect(first.getCell('I').value).toBe('2'); // P
    expect(first.getCell('J').value).toBe('2'); // kawin
    expect(first.getCell('K').value).toBe('3'); // istri
    expect(first.getCell('U').value).toBe('01-01-1990');
    expect(first.getCell('AE').value).toBe('17050101');
    expect(first.getCell('F').value).toBeNull(); // NIP lama stays empty for PBI Daerah
    expect(first.getCell('AB').value).toBeNull(); // Gaji Pokok
    expect(first.getCell('E').numFmt).toBe('@');
    expect(ws.getRow(12).getCell('A').value).toBeNull();
  });

  it('refuses a batch with invalid rows before writing anything', async () => {
    const sink = new Sink();
    const rows = [buildEdabuRow(0), buildEdabuRow(1, { nik: '12' }), buildEdabuRow(2, { faskesCode: null })];
    const error = await writeEdabuXlsx(sink, { changeType: 'new', office, rows, today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('BATCH_HAS_INVALID_ROWS');
    expect(e.status).toBe(422);
    expect(e.details).toEqual([
      expect.objectContaining({ field: 'rows.1.nik', code: 'EDABU_DIGITS', position: 2, sheetRow: 10 }),
      expect.objectContaining({ field: 'rows.2.faskesCode', code: 'EDABU_REQUIRED', position: 3, sheetRow: 11 }),
    ]);
    expect(sink.chunks).toHaveLength(0);
    expect(sink.destroyed).toBe(false);
  });

  it('refuses a one-shot source with every error and destroys the half-written output', async () => {
    function* rows() {
      for (let i = 0; i < 2000; i++) yield buildEdabuRow(i, i === 1500 || i === 1999 ? { sex: null } : {});
    }
    const out = new PassThrough();
    out.resume();
    const error = (await writeEdabuXlsx(out, { changeType: 'new', office, rows: rows(), today }).catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('BATCH_HAS_INVALID_ROWS');
    expect((error.details as { position: number }[]).map((d) => d.position)).toEqual([1501, 2000]);
    expect(out.destroyed).toBe(true);
  });

  it('refuses an empty batch and an office without BPJS codes', async () => {
    await expect(writeEdabuXlsx(new Sink(), { changeType: 'new', office, rows: [], today })).rejects.toMatchObject({ code: 'BATCH_EMPTY' });
    await expect(
      writeEdabuXlsx(new Sink(), { changeType: 'new', office: { ...office, dati2Code: '' }, rows: rowsFor('new', 1), today }),
    ).rejects.toMatchObject({ code: 'EDABU_OFFICE_INCOMPLETE' });
  });

  it('reads rows from an async factory (a database cursor)', async () => {
    const sink = new Sink();
    const factory = async function* () {
      for (let i = 0; i < 1200; i++) yield buildEdabuRow(i);
    };
    const result = await writeEdabuXlsx(sink, { changeType: 'new', office, rows: factory, today });
    expect(result.rowCount).toBe(1200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.buffer as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell('A1208').value).toBe('1200');
    expect(wb.worksheets[0]!.getCell('E1208').value).toBe(String(6502014101900001 + 1199));
  });
});

describe('writeEdabuCsv', () => {
  async function records(type: ChangeType, opts: { layout?: 'form' | 'table'; delimiter?: ',' | ';'; bom?: boolean } = {}) {
    const sink = new Sink();
    await writeEdabuCsv(sink, { changeType: type, office, rows: rowsFor(type, 2), today, ...opts });
    const out = [];
    for await (const r of readCsv(sink.buffer)) out.push(r);
    return { out, raw: sink.buffer };
  }

  it('keeps the form rows: header block, titles on line 7, numbers on 8, data from 9', async () => {
    const { out } = await records('identity_change');
    const titles = EDABU_TEMPLATES.identity_change.columns.map((c) => c.title);
    expect(out[0]!.fields.slice(0, 3)).toEqual(['Kode Satker', '', office.satkerCode]);
    expect(out[4]!.fields[4]).toBe('WARNA KUNING WAJIB DIISI');
    expect(out[6]).toMatchObject({ line: 7, fields: titles });
    expect(out[7]!.fields[17]).toBe(''); // Nama Kecamatan has no number
    expect(out[7]!.fields[18]).toBe('18');
    expect(out[8]!.fields.slice(0, 5)).toEqual(['1', '1234567890000', '1', '6502010101150003', '6502014101900001']);
    expect(out).toHaveLength(10);
    // The multi-line Kode Hubkel title survives quoting, so record 8 starts on line 11.
    expect(out[7]!.line).toBe(11);
  });

  it('can write a single header line with ; and a BOM for Excel', async () => {
    const { out, raw } = await records('new', { layout: 'table', delimiter: ';', bom: true });
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out[0]!.fields[0]).toBe('No Urut');
    expect(out[1]!.fields[4]).toBe('6502014101900001');
    expect(out).toHaveLength(3);
  });
});
