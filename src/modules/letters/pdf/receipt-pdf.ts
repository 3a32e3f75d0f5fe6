import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderPdf } from '../../../platform/pdf.js';
import { formatDateTimeId } from '../letter-dates.js';
import { maskNik } from '../letter-format.js';
import type { RegistrationReceipt } from '../letter.types.js';
import { A5, ALIGN_ONLY, GREY, THIN_GRID, fieldRows, letterheadContent, pageFooter, wrapLongText } from './pdf-parts.js';
import type { LetterPdfOptions } from './letter-pdf.js';

/**
 * The bukti pendaftaran handed over at the counter or sent back by WhatsApp (Pasuruan, seed 000: "Petugas
 * Mengirim Bukti Pendaftaran Kepada Peserta"). A5, because it is printed at a counter or viewed on a phone.
 * It travels outside the office, so NIKs are masked; tracking needs the receipt number plus the applicant's
 * birth date, which the receipt deliberately does not print.
 */
const MARGIN = { left: 34, top: 28, right: 34, bottom: 44 } as const;
const CONTENT_WIDTH = A5.width - MARGIN.left - MARGIN.right;
const FONT_SIZE = 9;

function sectionTitle(text: string): Content {
  return { text, bold: true, fontSize: FONT_SIZE + 0.5, margin: [0, 8, 0, 3] };
}

function dueText(receipt: RegistrationReceipt): string {
  // Palembang's standard states no completion time (seed 002): say so instead of inventing one.
  return receipt.dueAt
    ? formatDateTimeId(receipt.dueAt, receipt.office.timeZone)
    : 'Tidak ditetapkan dalam Standar Pelayanan';
}

export function buildReceiptDocument(receipt: RegistrationReceipt, options: LetterPdfOptions = {}): TDocumentDefinitions {
  const tz = receipt.office.timeZone;
  const rows = [
    { label: 'Diterima', value: formatDateTimeId(receipt.receivedAt, tz) },
    { label: 'Layanan', value: receipt.service },
    { label: 'Saluran', value: receipt.channel },
    { label: 'Nama pemohon', value: receipt.applicant.name },
    { label: 'NIK pemohon', value: maskNik(receipt.applicant.nik) },
    { label: 'Perkiraan selesai', value: dueText(receipt) },
  ];
  if (receipt.officerName) rows.push({ label: 'Petugas', value: receipt.officerName });
  const content: Content[] = [
    ...letterheadContent(receipt.office.letterhead, CONTENT_WIDTH, 0.72),
    { text: 'BUKTI PENDAFTARAN', bold: true, fontSize: 13, alignment: 'center', characterSpacing: 0.5 },
    { text: `Layanan PBI Daerah ${receipt.office.regionName}`, alignment: 'center', color: GREY, margin: [0, 1, 0, 8] },
    {
      table: {
        widths: ['*'],
        body: [[{
          stack: [
            { text: 'Nomor Pendaftaran', fontSize: 8, color: GREY },
            { text: receipt.receiptNumber, fontSize: 16, bold: true, characterSpacing: 0.5 },
          ],
          alignment: 'center',
          margin: [0, 3, 0, 3],
        }]],
      },
      layout: THIN_GRID,
      margin: [60, 0, 60, 8],
    },
    fieldRows(rows, 78),
  ];
  if (receipt.members.length > 0) {
    content.push(sectionTitle('Orang yang didaftarkan'), {
      table: {
        headerRows: 1,
        widths: [16, '*', 78, 64],
        body: [
          ['No.', 'Nama', 'NIK', 'Hubungan'].map((t) => ({ text: t, bold: true, fillColor: '#eeeeee' })),
          ...receipt.members.map((m, i) => [`${i + 1}.`, m.name, maskNik(m.nik), m.relationship ?? '-']),
        ],
      },
      layout: THIN_GRID,
      fontSize: FONT_SIZE - 0.5,
    });
  }
  if (receipt.documents.length > 0) {
    content.push(sectionTitle('Dokumen yang diterima'), {
      table: { widths: [14, '*'], body: receipt.documents.map((d, i) => [`${i + 1}.`, d]) },
      layout: ALIGN_ONLY,
    });
  }
  content.push(sectionTitle('Cara memantau permohonan'), {
    columns: [
      { qr: receipt.trackingUrl, fit: 76, width: 80, eccLevel: 'M' },
      {
        width: '*',
        stack: [
          {
            table: {
              widths: [12, '*'],
              body: [
                ['1.', { text: [{ text: 'Pindai kode QR ini atau buka ' }, { text: wrapLongText(receipt.trackingUrl, 60), bold: true }] }],
                ['2.', { text: [{ text: 'Masukkan nomor pendaftaran ' }, { text: receipt.receiptNumber, bold: true }, { text: ' dan tanggal lahir pemohon.' }] }],
                ['3.', 'Simpan bukti ini sampai layanan selesai.'],
              ],
            },
            layout: ALIGN_ONLY,
          },
        ],
        margin: [0, 4, 0, 0],
      },
    ],
    columnGap: 8,
  });
  for (const note of receipt.notes ?? []) {
    content.push({ text: note, italics: true, fontSize: FONT_SIZE - 0.5, margin: [0, 6, 0, 0] });
  }
  return {
    pageSize: 'A5',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    compress: options.compress ?? true,
    info: { title: `Bukti Pendaftaran ${receipt.receiptNumber}`, author: receipt.office.letterhead.agencyName },
    defaultStyle: { font: 'Helvetica', fontSize: FONT_SIZE, lineHeight: 1.1 },
    footer: pageFooter(receipt.receiptNumber, MARGIN),
    content,
  };
}

export function renderProofOfRegistrationPdf(receipt: RegistrationReceipt, options: LetterPdfOptions = {}): Promise<Buffer> {
  return renderPdf(buildReceiptDocument(receipt, options));
}
