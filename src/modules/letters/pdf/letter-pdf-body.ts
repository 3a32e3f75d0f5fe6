import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { formatCalendarDateId } from '../letter-dates.js';
import type { DataChange, LetterBlock, LetterPerson } from '../letter.types.js';
import { ALIGN_ONLY, THIN_GRID, fieldRows, labelWidth } from './pdf-parts.js';

/** The filled-in body blocks of a letter, laid out as on paper. */

export const BODY_FONT_SIZE = 11;
const TABLE_FONT_SIZE = 9;
const FIELD_INDENT = 24;

const header = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: '#eeeeee' });

function birthDate(p: LetterPerson): string {
  if (!p.birthDate) return '-';
  try {
    return formatCalendarDateId(p.birthDate);
  } catch {
    return p.birthDate;
  }
}

/**
 * Persons listed with full NIK: the letter goes to BPJS, which matches members on NIK (only the receipt and
 * the public verification page hide it). Optional columns appear only when they carry something: the KK
 * number when the persons come from several families (a batch proposal), the KIS number when one is known.
 */
export function membersTable(members: LetterPerson[]): Content {
  const kks = new Set(members.map((m) => m.kkNumber ?? ''));
  const showKk = kks.size > 1 || (kks.size === 1 && !kks.has('') && members.length === 1);
  const showKis = members.some((m) => m.kisNumber);
  const showRelationship = members.some((m) => m.relationship);
  const columns: Array<{ title: string; width: number | string; cell: (m: LetterPerson, i: number) => TableCell }> = [
    { title: 'No.', width: 18, cell: (_m, i) => ({ text: String(i + 1), alignment: 'center' }) },
    { title: 'Nama', width: '*', cell: (m) => m.name },
    { title: 'NIK', width: 86, cell: (m) => m.nik },
  ];
  if (showKk) columns.push({ title: 'Nomor KK', width: 86, cell: (m) => m.kkNumber ?? '-' });
  if (showKis) columns.push({ title: 'Nomor Kartu KIS', width: 66, cell: (m) => m.kisNumber ?? '-' });
  columns.push({ title: 'Tanggal Lahir', width: 76, cell: (m) => birthDate(m) });
  if (showRelationship && !(showKk && showKis)) columns.push({ title: 'Hubungan Keluarga', width: 66, cell: (m) => m.relationship ?? '-' });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width),
      body: [columns.map((c) => header(c.title)), ...members.map((m, i) => columns.map((c) => c.cell(m, i)))],
    },
    layout: THIN_GRID,
    fontSize: TABLE_FONT_SIZE,
    margin: [0, 0, 0, 10],
  };
}

export function changesTable(changes: DataChange[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [18, 90, '*', '*'],
      body: [
        [header('No.'), header('Data'), header('Semula'), header('Menjadi')],
        ...changes.map((c, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, c.field, c.oldValue, c.newValue]),
      ],
    },
    layout: THIN_GRID,
    fontSize: TABLE_FONT_SIZE + 0.5,
    margin: [0, 0, 0, 10],
  };
}

/**
 * pdfmake may break a line after "-" or "/" and, in a justified line, then spreads the gap into the word
 * ("PBI JKN- KIS", "470/215/ KA/2026"). Such words are kept whole; very long ones (URLs) may still break.
 */
export function justifiedInlines(text: string): { text: Array<string | { text: string; noWrap: true }> } {
  const parts: Array<string | { text: string; noWrap: true }> = [];
  let plain = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (/[-/]/.test(word.trim()) && word.trim().length <= 30) {
      if (plain) parts.push(plain);
      plain = '';
      parts.push({ text: word, noWrap: true });
    } else {
      plain += word;
    }
  }
  if (plain) parts.push(plain);
  return { text: parts };
}

export function bodyContent(blocks: LetterBlock[], members: LetterPerson[], changes: DataChange[]): Content[] {
  return blocks.map((block): Content => {
    switch (block.type) {
      case 'paragraph':
        return { ...justifiedInlines(block.text), alignment: 'justify', lineHeight: 1.15, margin: [0, 0, 0, 8] };
      case 'fields':
        return fieldRows(block.rows, labelWidth(block.rows.map((r) => r.label), BODY_FONT_SIZE), [FIELD_INDENT, 0, 0, 8]);
      case 'list':
        return {
          table: { widths: [16, '*'], body: block.items.map((item) => [item.marker, { ...justifiedInlines(item.text), alignment: 'justify' }]) },
          layout: ALIGN_ONLY,
          margin: [FIELD_INDENT, 0, 0, 8],
        };
      case 'members_table':
        return members.length > 0 ? membersTable(members) : { text: '' };
      case 'changes_table':
        return changes.length > 0 ? changesTable(changes) : { text: '' };
    }
  });
}
