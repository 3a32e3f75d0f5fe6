import type { Content, TableLayout } from 'pdfmake/interfaces.js';
import type { Letterhead } from '../letter.types.js';

/** Shared pieces of the letter and receipt layouts (pdfmake 0.2 document definitions). */

export const A4 = { width: 595.28, height: 841.89 } as const;
export const A5 = { width: 419.53, height: 595.28 } as const;

export const GREY = '#555555';

/** Tables that only align text: no lines, tight padding (the "Nama : …" blocks). */
export const ALIGN_ONLY: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 4,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

/** Thin ruled tables (member lists, paraf box). */
export const THIN_GRID: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const joined = (parts: Array<string | null | false | undefined>, sep: string) =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);

/**
 * The kop surat: government name, agency name in bold capitals, contact lines, and the double rule under it
 * (thick over thin), as on Pasuruan's decree (seed 000). Missing contact fields are simply left out; the
 * words "Laman" and "Pos-el" are the tata naskah dinas terms for website and e-mail.
 */
export function letterheadContent(lh: Letterhead, width: number, scale = 1): Content[] {
  const agency = lh.agencyName.toUpperCase();
  // Long agency names (Karangasem's spans five portfolios) must still fit in two or three lines.
  const agencySize = (agency.length > 70 ? 12 : agency.length > 40 ? 14 : 17) * scale;
  const postal = lh.postalCode ? `Kode Pos ${lh.postalCode}` : null;
  const line1 = joined([lh.address, lh.phone && `Telepon ${lh.phone}`, lh.fax && `Faksimile ${lh.fax}`, postal], ', ');
  const line2 = joined([lh.website && `Laman ${lh.website}`, lh.email && `Pos-el ${lh.email}`], ', ');
  const stack: Content[] = [
    { text: lh.governmentName.toUpperCase(), fontSize: 14 * scale, characterSpacing: 0.3 },
    { text: agency, fontSize: agencySize, bold: true, lineHeight: 1.05 },
  ];
  if (line1) stack.push({ text: line1, fontSize: 8.5 * scale, margin: [0, 2, 0, 0] });
  if (line2) stack.push({ text: line2, fontSize: 8.5 * scale });
  const text: Content = { stack, alignment: 'center' };
  const logoWidth = 58 * scale;
  const head: Content = lh.logo
    ? { columns: [{ image: lh.logo, fit: [logoWidth, logoWidth], width: logoWidth }, { ...text, width: '*' }, { text: '', width: logoWidth }], columnGap: 6 }
    : text;
  return [
    head,
    {
      canvas: [
        { type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 2.25 * scale },
        { type: 'line', x1: 0, y1: 3 + 3.25 * scale, x2: width, y2: 3 + 3.25 * scale, lineWidth: 0.75 },
      ],
      margin: [0, 3, 0, 12 * scale],
    },
  ];
}

/** "Label : value" rows. */
export function fieldRows(rows: Array<{ label: string; value: Content | string }>, labelWidth: number, margin: [number, number, number, number] = [0, 0, 0, 0]): Content {
  return {
    table: {
      widths: [labelWidth, 8, '*'],
      body: rows.map((r) => [r.label, ':', typeof r.value === 'string' ? { text: r.value } : r.value]),
    },
    layout: ALIGN_ONLY,
    margin,
  };
}

/** Rough width of a label in Helvetica, enough to size the label column of a "Label : value" block. */
export function labelWidth(labels: string[], fontSize: number, min = 40, max = 150): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(max, Math.max(min, Math.ceil(longest * fontSize * 0.6) + 8));
}

/**
 * A long token URL has no spaces, and pdfmake does not break inside a word: the URL would run off the page.
 * It is printed as fixed-length lines instead.
 */
export function wrapLongText(text: string, perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += perLine) lines.push(text.slice(i, i + perLine));
  return lines.join('\n');
}

/** "Halaman 1 dari 2" with the document number, small and grey. */
export function pageFooter(reference: string, margins: { left: number; right: number }) {
  return (currentPage: number, pageCount: number): Content => ({
    columns: [
      { text: reference, fontSize: 7.5, color: GREY },
      { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right', fontSize: 7.5, color: GREY },
    ],
    margin: [margins.left, 14, margins.right, 0],
  });
}
