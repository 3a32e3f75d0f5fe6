import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAnswerFile, parseAnswerDate, type AnswerParseItem } from './answer-file.js';
import { firstOfNextMonth, simulateBpjsAnswer, writeAnswerFile } from './answer-simulator.js';
import { buildEdabuRow } from './edabu.fixtures.js';
import { readCsv } from './csv-reader.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function toBuffer(write: (s: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  await write(stream);
  return Buffer.concat(chunks);
}

const rows = Array.from({ length: 300 }, (_, i) => buildEdabuRow(i));

describe('BPJS answer simulator + parser', () => {
  it.each(['xlsx', 'csv'] as const)('round-trips a simulated answer through %s', async (kind) => {
    const answer = simulateBpjsAnswer(rows, { seed: 7, rejectRate: 0.1, rejectNiks: [rows[5]!.nik], today: '2026-03-15' });
    const buffer = await toBuffer((s) => writeAnswerFile(s, answer, kind));
    const items = await collect(parseAnswerFile(buffer, kind));

    expect(items).toHaveLength(300);
    expect(items.every((i) => i.ok)).toBe(true);
    const parsed = items.flatMap((i) => (i.ok ? [i.row] : []));
    expect(parsed.map((r) => r.nik)).toEqual(rows.map((r) => r.nik));
    expect(items[0]!.rowNumber).toBe(2); // header on row 1

    const accepted = parsed.filter((r) => r.status === 'DITERIMA');
    const rejected = parsed.filter((r) => r.status === 'DITOLAK');
    expect(rejected.length).toBeGreaterThan(10);
    expect(rejected.length).toBeLessThan(60);
    expect(rejected.find((r) => r.nik === rows[5]!.nik)?.note).toBe('NIK tidak ditemukan di Dukcapil');
    expect(rejected.every((r) => r.cardNumber === null && r.note)).toBe(true);
    for (const r of accepted) {
      expect(r.cardNumber).toMatch(/^0001\d{9}$/);
      expect(r.tmt).toBe('2026-04-01');
      expect(r.faskesCode).toBe('17050101');
    }
    expect(new Set(accepted.map((r) => r.cardNumber)).size).toBe(accepted.length);
  });

  it('is deterministic for a seed', async () => {
    const a = await collect(simulateBpjsAnswer(rows, { seed: 3, today: '2026-03-15' }));
    const b = await collect(simulateBpjsAnswer(rows, { seed: 3, today: '2026-03-15' }));
    expect(a).toEqual(b);
    expect(firstOfNextMonth('2026-12-31')).toBe('2027-01-01');
  });
});

describe('parseAnswerFile', () => {
  const csv = (text: string) => collect(parseAnswerFile(Buffer.from(text), 'csv'));
  const errorsOf = (item: AnswerParseItem | undefined) => (item && !item.ok ? item.errors.map((e) => `${e.field}:${e.code}`) : []);

  it('reports parse errors per row and keeps the good rows', async () => {
    const items = await csv(
      [
        'NIK,NO_KARTU,STATUS,TMT,KODE_FASKES,KETERANGAN',
        '6502014101900001,0001000000001,DITERIMA,2026-04-01,17050101,',
        '650201410190000,0001000000002,DITERIMA,2026-04-01,,',
        '6502014101900003,,DITERIMA,31-04-2026,,',
        '6502014101900004,,DITOLAK,,,',
        '6502014101900005,,DIPROSES,,,',
        '',
        '6502014101900006,,ditolak,,,"NIK tidak ditemukan di Dukcapil, cek KK"',
      ].join('\n'),
    );
    expect(items.map((i) => [i.rowNumber, i.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [8, true],
    ]);
    expect(errorsOf(items[1])).toEqual(['NIK:ANSWER_NIK_FORMAT']);
    expect(errorsOf(items[2])).toEqual(['NO_KARTU:ANSWER_CARD_REQUIRED', 'TMT:ANSWER_TMT_FORMAT']);
    expect(errorsOf(items[3])).toEqual(['KETERANGAN:ANSWER_REASON_REQUIRED']);
    expect(errorsOf(items[4])).toEqual(['STATUS:ANSWER_STATUS_UNKNOWN']);
    expect(items[5]).toMatchObject({ ok: true, row: { status: 'DITOLAK', note: 'NIK tidak ditemukan di Dukcapil, cek KK' } });
  });

  it('accepts ; as delimiter, a BOM, retyped headers and Indonesian date order', async () => {
    const items = await csv('\uFEFFnik;No Kartu;Status;tmt\r\n6502014101900001;0001000000001;DITERIMA;1/4/2026\r\n');
    expect(items).toEqual([
      {
        ok: true,
        rowNumber: 2,
        row: { nik: '6502014101900001', cardNumber: '0001000000001', status: 'DITERIMA', tmt: '2026-04-01', faskesCode: null, note: null },
      },
    ]);
  });

  it('refuses a file without the required columns', async () => {
    await expect(csv('NIK,STATUS\n6502014101900001,DITERIMA\n')).rejects.toMatchObject({
      code: 'ANSWER_FILE_BAD_HEADER',
      details: [
        { field: 'NO_KARTU', code: 'ANSWER_COLUMN_MISSING' },
        { field: 'TMT', code: 'ANSWER_COLUMN_MISSING' },
      ],
    });
    await expect(csv('')).rejects.toMatchObject({ code: 'ANSWER_FILE_BAD_HEADER' });
  });

  it('refuses something that is not an xlsx file', async () => {
    await expect(collect(parseAnswerFile(Buffer.from('not a zip at all'), 'xlsx'))).rejects.toMatchObject({
      code: 'ANSWER_FILE_UNREADABLE',
    });
  });

  it('reads number and date cells that an officer typed into Excel', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['NIK', 'NO_KARTU', 'STATUS', 'TMT', 'KODE_FASKES', 'KETERANGAN']);
    ws.addRow([6502014101900001, 1000000001, 'DITERIMA', new Date(Date.UTC(2026, 3, 1)), '17050101', null]);
    // A Papua NIK (94…) is above 2^53: Excel has already rounded it, so it cannot be trusted.
    ws.addRow([Number('9471014101900001'), 1000000002, 'DITERIMA', '2026-04-01', null, null]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const items = await collect(parseAnswerFile(Readable.from([buffer]), 'xlsx'));
    expect(items[0]).toMatchObject({ ok: true, row: { nik: '6502014101900001', cardNumber: '0001000000001', tmt: '2026-04-01' } });
    expect(errorsOf(items[1])).toContain('NIK:ANSWER_NUMBER_PRECISION');
  });

  it('parses dates strictly', () => {
    expect(parseAnswerDate('2026-02-29')).toBeNull();
    expect(parseAnswerDate('29-02-2028')).toBe('2028-02-29');
    expect(parseAnswerDate('04/01/2026')).toBe('2026-01-04');
    expect(parseAnswerDate('2026/04/01')).toBeNull();
  });
});

describe('readCsv', () => {
  it('handles quotes, doubled quotes and line breaks across chunks', async () => {
    const text = 'a,b\r\n"x, ""y""","multi\nline"\r\nlast,';
    const chunks = Readable.from(Array.from(Buffer.from(text)).map((b) => Buffer.from([b])));
    const records = await collect(readCsv(chunks));
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'multi\nline'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });
});
