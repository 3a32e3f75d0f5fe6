import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ANSWER_COLUMNS, type AnswerFileKind, type AnswerRow } from './answer-file.js';
import { rowChunks, type EdabuRowSource } from './edabu-row.js';
import { waitForZip } from './xlsx-backpressure.js';

/**
 * What the BPJS simulator sends back for an uploaded batch. Deterministic for a given seed so
 * tests and demos see the same cards and the same rejections every run.
 */
export interface SimulateAnswerOptions {
  seed?: number;
  /** Share of rows rejected at random, 0–1 (default 0.05). */
  rejectRate?: number;
  /** NIKs always rejected, e.g. to stage "NIK tidak ditemukan di Dukcapil" in a demo. */
  rejectNiks?: Iterable<string>;
  /** TMT of accepted rows (ISO). Default: the first day of the month after `today`. */
  tmt?: string;
  today?: string;
  reasons?: readonly string[];
}

export const DEFAULT_REJECTION_REASONS: readonly string[] = [
  'NIK tidak ditemukan di Dukcapil',
  'NIK sudah terdaftar sebagai peserta aktif segmen lain',
  'Data tidak padan dengan Dukcapil (nama/tanggal lahir)',
  'Kode faskes tidak sesuai wilayah domisili',
];

/** mulberry32: tiny seeded PRNG; Math.random cannot be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function firstOfNextMonth(todayIso: string): string {
  const [y, m] = todayIso.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export async function* simulateBpjsAnswer(rows: EdabuRowSource, opts: SimulateAnswerOptions = {}): AsyncGenerator<AnswerRow> {
  const random = prng(opts.seed ?? 1);
  const rejectRate = opts.rejectRate ?? 0.05;
  const rejectNiks = new Set(opts.rejectNiks ?? []);
  const reasons = opts.reasons?.length ? opts.reasons : DEFAULT_REJECTION_REASONS;
  const tmt = opts.tmt ?? firstOfNextMonth(opts.today ?? new Date().toISOString().slice(0, 10));
  // Fake card numbers 0001 + 9 digits. Stepping by a prime coprime with 10^9 from a random start
  // gives distinct numbers for a billion rows without remembering the ones handed out.
  let serial = Math.floor(random() * 1e9);
  for await (const chunk of rowChunks(rows, 1024)) {
    for (const row of chunk) {
      const forced = rejectNiks.has(row.nik);
      if (forced || random() < rejectRate) {
        const note = forced ? (reasons[0] ?? 'Ditolak') : (reasons[Math.floor(random() * reasons.length)] ?? 'Ditolak');
        yield { nik: row.nik, cardNumber: null, status: 'DITOLAK', tmt: null, faskesCode: null, note };
        continue;
      }
      serial = (serial + 7919) % 1e9;
      yield {
        nik: row.nik,
        cardNumber: row.cardNumber ?? `0001${String(serial).padStart(9, '0')}`,
        status: 'DITERIMA',
        tmt,
        faskesCode: row.faskesCode ?? null,
        note: null,
      };
    }
  }
}

function answerCells(row: AnswerRow): string[] {
  return [row.nik, row.cardNumber ?? '', row.status, row.tmt ?? '', row.faskesCode ?? '', row.note ?? ''];
}

/** Writes answer rows in the format parseAnswerFile reads. Ends the stream. */
export async function writeAnswerFile(
  stream: Writable,
  rows: Iterable<AnswerRow> | AsyncIterable<AnswerRow>,
  kind: AnswerFileKind,
): Promise<number> {
  let count = 0;
  if (kind === 'csv') {
    const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    let buf = ANSWER_COLUMNS.join(',') + '\r\n';
    for await (const row of rows) {
      buf += answerCells(row).map(quote).join(',') + '\r\n';
      if (++count % 1000 === 0) {
        if (!stream.write(buf)) await once(stream, 'drain');
        buf = '';
      }
    }
    stream.end(buf);
    await once(stream, 'finish');
    return count;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const ws = workbook.addWorksheet('JAWABAN BPJS');
  // Text columns, so an officer editing the file in Excel keeps NIKs and card numbers intact.
  ws.columns = ANSWER_COLUMNS.map((c) => ({ header: c, width: c === 'KETERANGAN' ? 50 : 20, style: { numFmt: '@' } }));
  for await (const row of rows) {
    ws.addRow(answerCells(row)).commit();
    if (++count % 512 === 0) await waitForZip(ws);
  }
  ws.commit();
  await workbook.commit();
  return count;
}
