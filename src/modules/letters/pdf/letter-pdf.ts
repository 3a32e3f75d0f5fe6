import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderPdf } from '../../../platform/pdf.js';
import { formatDateId, formatDateTimeId } from '../letter-dates.js';
import { formatNip, numberWordsId } from '../letter-format.js';
import type { ApprovalStep, Letter } from '../letter.types.js';
import { signerOf } from '../letters.service.js';
import { BODY_FONT_SIZE, bodyContent } from './letter-pdf-body.js';
import { A4, ALIGN_ONLY, GREY, THIN_GRID, letterheadContent, pageFooter, wrapLongText } from './pdf-parts.js';

/**
 * A letter on A4, laid out as Indonesian government letters are (tata naskah dinas): margins of about 3 cm
 * left and 2 cm right, the kop, then either the surat dinas heading (Nomor/Sifat/Lampiran/Hal beside the
 * date and "Yth." address) or a centred title with its number, the body, and the signature block with
 * room for the wet signature and stamp the seeds rely on (Pasuruan component 14, Malinau component 13).
 */
const MARGIN = { left: 85, top: 40, right: 57, bottom: 56 } as const;
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const SIGNATURE_WIDTH = 220;
const ADDRESS_WIDTH = 180;

export interface LetterPdfOptions {
  /** Uncompressed output lets tests search the text; production keeps compression. */
  compress?: boolean;
}

function attachmentsLabel(count: number): string {
  return count === 0 ? '-' : `${count} (${numberWordsId(count)}) berkas`;
}

function officialHeading(letter: Letter): Content[] {
  const date = `${letter.place}, ${formatDateId(letter.issuedAt, letter.office.timeZone)}`;
  const rows: string[][] = [['Nomor', ':', letter.number]];
  if (letter.urgency) rows.push(['Sifat', ':', letter.urgency]);
  rows.push(['Lampiran', ':', attachmentsLabel(letter.attachments.length)], ['Hal', ':', letter.subject]);
  const address: Content = {
    table: {
      widths: [24, '*'],
      body: [
        ['', 'Kepada'],
        ['Yth.', letter.recipient],
        ['', 'di –'],
        ['', { text: letter.recipientPlace ?? '', margin: [14, 0, 0, 0] }],
      ],
    },
    layout: ALIGN_ONLY,
  };
  return [
    {
      columns: [
        { width: '*', table: { widths: [50, 8, '*'], body: rows }, layout: ALIGN_ONLY },
        { width: ADDRESS_WIDTH, stack: [{ text: date, margin: [24, 1, 0, 12] }, address] },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 20],
    },
  ];
}

function titledHeading(letter: Letter): Content[] {
  return [
    { text: letter.title ?? letter.subject.toUpperCase(), bold: true, decoration: 'underline', alignment: 'center', fontSize: 12.5 },
    { text: `Nomor: ${letter.number}`, alignment: 'center', margin: [0, 2, 0, 0] },
    { text: `Hal: ${letter.subject}`, alignment: 'center', margin: [0, 1, 0, 18] },
  ];
}

/**
 * The paraf box: heads of division initial beside the signature before the head of office signs (Malinau,
 * seed 004). The box stays empty for the pen; the time the system recorded the step is printed small.
 */
function initialsBox(steps: ApprovalStep[], timeZone: string): Content | null {
  if (steps.length === 0) return null;
  return {
    table: {
      widths: ['*', 40],
      heights: (row: number) => (row === 0 ? 0 : 26),
      body: [
        [{ text: 'Paraf', bold: true, colSpan: 2, alignment: 'center' }, ''],
        ...steps.map((s) => [
          {
            stack: [
              { text: s.title },
              ...(s.at ? [{ text: `dicatat ${formatDateTimeId(s.at, timeZone)}`, fontSize: 6, color: GREY }] : []),
            ],
          },
          '',
        ]),
      ],
    },
    layout: THIN_GRID,
    fontSize: 7.5,
    margin: [0, 0, 30, 8],
  };
}

function verificationBlock(url: string): Content {
  return {
    columns: [
      { qr: url, fit: 68, width: 72, eccLevel: 'M' },
      {
        width: '*',
        stack: [
          { text: 'Pindai untuk memeriksa keaslian surat', bold: true, fontSize: 7, margin: [0, 2, 0, 2] },
          { text: wrapLongText(url, 34), fontSize: 6, color: GREY, lineHeight: 1.05 },
        ],
      },
    ],
    columnGap: 4,
  };
}

function signatureBlock(letter: Letter): Content {
  const signer = signerOf(letter.approvals);
  const initials = letter.approvals.filter((s) => s.action === 'initial');
  const right: Content[] = [];
  if (letter.layout === 'titled') {
    right.push({ text: `${letter.place}, ${formatDateId(letter.issuedAt, letter.office.timeZone)}`, margin: [0, 0, 0, 4] });
  }
  if (signer.onBehalfOf) right.push({ text: `a.n. ${signer.onBehalfOf}` });
  right.push(
    { text: `${signer.title.trim()},` },
    { text: '', margin: [0, 0, 0, 58] },
    { text: signer.name, bold: true, decoration: 'underline' },
  );
  if (signer.rank) right.push({ text: signer.rank });
  if (signer.nip) right.push({ text: `NIP. ${formatNip(signer.nip)}` });
  const left: Content[] = [];
  const box = initialsBox(initials, letter.office.timeZone);
  if (box) left.push(box);
  if (letter.verificationUrl) left.push(verificationBlock(letter.verificationUrl));
  return {
    stack: [
      {
        columns: [
          { width: '*', stack: left, margin: [0, 6, 0, 0] },
          { width: SIGNATURE_WIDTH, stack: right, alignment: 'center' },
        ],
        columnGap: 10,
      },
    ],
    unbreakable: true,
    margin: [0, 10, 0, 0],
  };
}

function numberedList(title: string, items: string[]): Content[] {
  if (items.length === 0) return [];
  return [
    { text: `${title}:`, fontSize: 9, margin: [0, 10, 0, 1] },
    {
      table: { widths: [14, '*'], body: items.map((item, i) => [`${i + 1}.`, item]) },
      layout: ALIGN_ONLY,
      fontSize: 9,
    },
  ];
}

export function buildLetterDocument(letter: Letter, options: LetterPdfOptions = {}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    compress: options.compress ?? true,
    info: { title: `${letter.subject} – ${letter.number}`, author: letter.office.letterhead.agencyName, subject: letter.kind },
    defaultStyle: { font: 'Helvetica', fontSize: BODY_FONT_SIZE, lineHeight: 1.1 },
    footer: pageFooter(`Nomor ${letter.number}`, MARGIN),
    content: [
      ...letterheadContent(letter.office.letterhead, CONTENT_WIDTH),
      ...(letter.layout === 'official' ? officialHeading(letter) : titledHeading(letter)),
      ...bodyContent(letter.body, letter.members, letter.dataChanges),
      signatureBlock(letter),
      ...numberedList('Dokumen terlampir', letter.attachments),
      ...numberedList('Tembusan', letter.carbonCopies),
    ],
  };
}

export function renderLetterPdf(letter: Letter, options: LetterPdfOptions = {}): Promise<Buffer> {
  return renderPdf(buildLetterDocument(letter, options));
}
