import { renderPdf, type Content, type TDocumentDefinitions } from '../../platform/pdf.js';
import type { ComponentItem, ItemStyle, OfficeStandard, StandardComponent } from './standard.schema.js';
import {
  addressLine,
  componentTables,
  contactLine,
  decreeFacts,
  formatDate,
  labels,
  marker,
  titleLines,
} from './standard-render.js';

/**
 * The standard as a printable A4 PDF laid out like the seed documents: letterhead (government and
 * agency), title, decree facts, the NO / KOMPONEN / URAIAN tables, and the signature block when the
 * signatory is known. Always Indonesian: it is the office's legal text.
 */

const LANG = 'id' as const;
const A4_CONTENT_WIDTH = 595.28 - 2 * 50;
const GREY = '#666666';

// Explicit marker columns instead of pdfmake's ol/ul: the seeds use "1)" and "-" markers too, and the
// number printed must match the document's own.
function items(list: ComponentItem[], style: ItemStyle): Content {
  if (style === 'none') return { stack: list.map((item) => itemBody(item)) };
  return {
    stack: list.map(
      (item, i): Content => ({
        columns: [
          { text: marker(style, i), width: style === 'dash' ? 10 : 16 },
          { width: '*', ...asStack(itemBody(item)) },
        ],
        columnGap: 2,
        margin: [0, 0, 0, 1],
      }),
    ),
  };
}

function itemBody(item: ComponentItem): Content {
  if (typeof item === 'string') return { text: item, margin: [0, 0, 0, 1] };
  // Unnumbered sub-lines are indented so they do not read as siblings of their heading line.
  const indent = item.itemStyle === 'none' ? 10 : 0;
  return { stack: [{ text: item.text }, { ...asStack(items(item.items, item.itemStyle)), margin: [indent, 1, 0, 1] }] };
}

function asStack(content: Content): { stack: Content[] } {
  return typeof content === 'object' && content !== null && 'stack' in content
    ? { stack: (content as { stack: Content[] }).stack }
    : { stack: [content] };
}

function componentRow(c: StandardComponent): Content[] {
  return [
    { text: c.number ?? '', alignment: 'center' },
    { text: c.title },
    items(c.items, c.itemStyle),
  ];
}

function letterhead(std: OfficeStandard): Content[] {
  const o = std.office;
  const out: Content[] = [];
  if (o.governmentName) {
    out.push({ text: o.governmentName, style: 'government' });
    out.push({ text: o.letterheadName ?? o.agencyName, style: 'agency' });
    const address = addressLine(std, LANG);
    if (address) out.push({ text: address, style: 'letterheadSmall' });
    const contact = contactLine(std);
    if (contact) out.push({ text: contact, style: 'letterheadSmall' });
    // The double rule under an Indonesian kop surat.
    out.push({
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: A4_CONTENT_WIDTH, y2: 4, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 7, x2: A4_CONTENT_WIDTH, y2: 7, lineWidth: 0.5 },
      ],
      margin: [0, 0, 0, 10],
    });
  } else {
    // No letterhead in the seed: the agency name alone heads the page.
    out.push({ text: o.agencyName.toUpperCase(), style: 'agencyPlain' });
  }
  return out;
}

function decreeBlock(std: OfficeStandard): Content {
  const l = labels(LANG);
  const body = decreeFacts(std, LANG).map((f) => [
    { text: f.label, color: GREY },
    { text: ':' },
    f.value === null ? { text: l.notStated, italics: true, color: GREY } : { text: f.value },
  ]);
  const stack: Content[] = [];
  if (std.decree?.title) stack.push({ text: std.decree.title, fontSize: 8, margin: [0, 0, 0, 3] });
  stack.push({ table: { widths: [80, 6, '*'], body }, layout: 'noBorders', fontSize: 8 });
  return { columns: [{ width: '*', text: '' }, { width: 260, stack }], margin: [0, 0, 0, 10] };
}

function signatureBlock(std: OfficeStandard): Content | null {
  const d = std.decree;
  const signer = d?.signedBy;
  if (!d || !signer) return null;
  const l = labels(LANG);
  const stack: Content[] = [];
  if (d.place) stack.push({ text: `${l.issuedAt} : ${d.place}` });
  if (d.date) stack.push({ text: `${l.issuedOn} : ${formatDate(d.date, LANG)}` });
  stack.push({ text: signer.title, bold: true, margin: [0, 6, 0, 0] });
  // Room for the wet signature and stamp (Pasuruan row 14: "tanda tangan serta cap basah").
  stack.push({ text: signer.name, bold: true, decoration: 'underline', margin: [0, 48, 0, 0] });
  if (signer.rank) stack.push({ text: signer.rank });
  if (signer.nip) stack.push({ text: `${l.nip} ${signer.nip}` });
  return { columns: [{ width: '*', text: '' }, { width: 230, stack }], margin: [0, 18, 0, 0], unbreakable: true };
}

/** pdfmake definition, exported so tests can check the layout without parsing a PDF. */
export function buildStandardDocDefinition(std: OfficeStandard): TDocumentDefinitions {
  const l = labels(LANG);
  const content: Content[] = [...letterhead(std)];
  content.push({ text: titleLines(std, LANG).join('\n'), style: 'title' });
  content.push(decreeBlock(std));
  for (const t of componentTables(std, LANG)) {
    if (t.title) content.push({ text: t.title, style: 'part' });
    content.push({
      table: {
        headerRows: 1,
        widths: [26, 120, '*'],
        body: [l.columns.map((c) => ({ text: c, style: 'tableHeader' })), ...t.rows.map(componentRow)],
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        paddingLeft: () => 4,
        paddingRight: () => 4,
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
      margin: [0, 0, 0, 10],
    });
  }
  const signature = signatureBlock(std);
  if (signature) content.push(signature);
  return {
    pageSize: 'A4',
    pageMargins: [50, 40, 50, 44],
    info: { title: std.document.title, author: std.office.agencyName },
    content,
    defaultStyle: { fontSize: 9, lineHeight: 1.1 },
    styles: {
      government: { fontSize: 12, bold: true, alignment: 'center' },
      agency: { fontSize: 15, bold: true, alignment: 'center' },
      agencyPlain: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      letterheadSmall: { fontSize: 8, alignment: 'center' },
      title: { fontSize: 11, bold: true, alignment: 'center', margin: [0, 4, 0, 10] },
      part: { fontSize: 10, bold: true, margin: [0, 4, 0, 4] },
      tableHeader: { bold: true, alignment: 'center', fillColor: '#e6e6e6' },
    },
    footer: (page: number, pages: number) => ({
      text: `${std.office.agencyName} — ${page}/${pages}`,
      fontSize: 7,
      color: GREY,
      alignment: 'center',
    }),
  };
}

export function renderStandardPdf(std: OfficeStandard): Promise<Buffer> {
  return renderPdf(buildStandardDocDefinition(std));
}
