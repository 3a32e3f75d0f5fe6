import ExcelJS from 'exceljs';
import { renderPdf, type Content, type TDocumentDefinitions } from '../../platform/pdf.js';
import type { Counts, MonthlyReport, RegisterRow } from './reports.queries.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

const COLUMNS: [keyof Counts, string][] = [
  ['new', 'Baru'], ['reactivated', 'Aktif kembali'], ['transferred', 'Pindah segmen'], ['terminated', 'Dinonaktifkan'],
  ['changed', 'Perubahan data'], ['emergency', 'Darurat'], ['accepted', 'Diterima BPJS'], ['rejected', 'Ditolak BPJS'], ['total', 'Jumlah'],
];

// Changes recorded straight in the registry (no application behind them) still go to BPJS and are reported.
const serviceLabel = (code: string) => (code === 'registry' ? 'Tanpa permohonan (registri)' : code);

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10}%`);

function dateTime(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

export async function monthlyXlsx(r: MonthlyReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Layanan PBI';
  const add = (name: string, title: string, head: string[], rows: (string | number)[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([title]).font = { bold: true, size: 12 };
    ws.addRow([`${r.officeName} — ${monthLabel(r.month)}`]);
    ws.addRow([]);
    const h = ws.addRow(head);
    h.font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 32 : 14; });
  };
  const counts = (c: Counts) => COLUMNS.map(([k]) => c[k]);
  add('Ringkasan', 'Laporan Bulanan Kepesertaan PBI Daerah', ['Uraian', ...COLUMNS.map(([, l]) => l)], [['Jumlah', ...counts(r.totals)]]);
  add('Per Kelurahan', 'Per kelurahan/desa', ['Kelurahan/Desa', 'Kode', ...COLUMNS.map(([, l]) => l)], r.byVillage.map((v) => [v.name, v.code, ...counts(v)]));
  add('Per Layanan', 'Per jenis layanan', ['Layanan', ...COLUMNS.map(([, l]) => l)], r.byService.map((s) => [serviceLabel(s.serviceCode), ...counts(s)]));
  add('Kepatuhan Waktu', 'Kepatuhan jangka waktu penyelesaian', ['Selesai', 'Tepat waktu', 'Terlambat', 'Tanpa batas waktu', '% tepat waktu'],
    [[r.compliance.closed, r.compliance.onTime, r.compliance.late, r.compliance.withoutDue, pct(r.compliance.onTimeShare)]]);
  add('Waktu Langkah', 'Waktu per langkah dibanding mutu baku', ['Langkah', 'Jumlah', 'Rata-rata waktu', 'Mutu baku', 'Sesuai mutu baku', '% sesuai'],
    r.steps.map((s) => [s.stepCode, s.count, s.averageElapsed ?? '–', s.mutuBaku ?? '–', s.within, pct(s.withinShare)]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function table(head: string[], rows: (string | number)[][], widths?: (string | number)[]): Content {
  return {
    table: { headerRows: 1, widths: widths ?? head.map((_, i) => (i === 0 ? '*' : 'auto')), body: [head.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })), ...rows.map((r) => r.map(String))] },
    layout: 'lightHorizontalLines', fontSize: 8, margin: [0, 4, 0, 12],
  } as Content;
}

export async function monthlyPdf(r: MonthlyReport): Promise<Buffer> {
  const head = COLUMNS.map(([, l]) => l);
  const counts = (c: Counts) => COLUMNS.map(([k]) => c[k]);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4', pageOrientation: 'landscape', pageMargins: [36, 40, 36, 40],
    info: { title: `Laporan bulanan kepesertaan ${r.month}` },
    content: [
      { text: 'LAPORAN BULANAN KEPESERTAAN PBI DAERAH (JKN-KIS)', bold: true, fontSize: 13 },
      { text: `${r.officeName} — ${monthLabel(r.month)}`, margin: [0, 2, 0, 10] },
      { text: 'Ringkasan', bold: true }, table(['Uraian', ...head], [['Jumlah', ...counts(r.totals)]]),
      { text: 'Per kelurahan/desa', bold: true }, table(['Kelurahan/Desa', ...head], r.byVillage.map((v) => [v.name, ...counts(v)])),
      { text: 'Per jenis layanan', bold: true }, table(['Layanan', ...head], r.byService.map((s) => [serviceLabel(s.serviceCode), ...counts(s)])),
      { text: 'Kepatuhan jangka waktu penyelesaian', bold: true },
      table(['Selesai', 'Tepat waktu', 'Terlambat', 'Tanpa batas waktu', '% tepat waktu'], [[r.compliance.closed, r.compliance.onTime, r.compliance.late, r.compliance.withoutDue, pct(r.compliance.onTimeShare)]]),
      { text: 'Waktu per langkah dibanding mutu baku', bold: true },
      r.steps.length ? table(['Langkah', 'Jumlah', 'Rata-rata', 'Mutu baku', 'Sesuai', '% sesuai'], r.steps.map((s) => [s.stepCode, s.count, s.averageElapsed ?? '–', s.mutuBaku ?? '–', s.within, pct(s.withinShare)]))
        : { text: 'Belum ada data langkah permohonan bulan ini.', italics: true, fontSize: 9 },
    ],
    footer: (page, pages) => ({ text: `Layanan PBI — halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 7, margin: [0, 10, 36, 0] }),
  };
  return renderPdf(doc);
}

/** The office's register of registrations (buku agenda), printable: one line per receipt. */
export async function registerPdf(officeName: string, month: string, rows: RegisterRow[], timeZone: string): Promise<Buffer> {
  const body = rows.map((r, i) => [String(i + 1), r.receiptNumber, dateTime(r.receivedAt, timeZone), r.applicantName + (r.priority ? ' (darurat)' : ''),
    r.villageName ?? r.villageCode, r.serviceCode, r.status, r.closedAt ? dateTime(r.closedAt, timeZone) : '', '']);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4', pageOrientation: 'landscape', pageMargins: [30, 40, 30, 40],
    info: { title: `Buku agenda pendaftaran ${month}` },
    content: [
      { text: 'BUKU AGENDA PENDAFTARAN PBI DAERAH', bold: true, fontSize: 13 },
      { text: `${officeName} — ${monthLabel(month)} — ${rows.length} pendaftaran`, margin: [0, 2, 0, 10] },
      table(['No', 'Nomor tanda terima', 'Diterima', 'Nama pemohon', 'Kelurahan/Desa', 'Layanan', 'Status', 'Selesai', 'Paraf'], body,
        [20, 90, 70, '*', 90, 70, 70, 70, 40]),
    ],
    footer: (page, pages) => ({ text: `halaman ${page} dari ${pages}`, alignment: 'right', fontSize: 7, margin: [0, 10, 30, 0] }),
  };
  return renderPdf(doc);
}

export async function registerXlsx(officeName: string, month: string, rows: RegisterRow[], timeZone: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Buku Agenda');
  ws.addRow([`Buku agenda pendaftaran — ${officeName} — ${monthLabel(month)}`]).font = { bold: true };
  ws.addRow(['No', 'Nomor tanda terima', 'Diterima', 'Nama pemohon', 'Kelurahan/Desa', 'Layanan', 'Status', 'Selesai', 'Darurat']).font = { bold: true };
  rows.forEach((r, i) => ws.addRow([i + 1, r.receiptNumber, dateTime(r.receivedAt, timeZone), r.applicantName, r.villageName ?? r.villageCode, r.serviceCode, r.status, r.closedAt ? dateTime(r.closedAt, timeZone) : '', r.priority ? 'ya' : '']));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
