import type { EdabuColumn, EdabuTemplate, FamilyRelation, MaritalStatus, Sex } from './edabu-templates.js';

/**
 * One person in an e-Dabu batch, in our own words. Dates are ISO `YYYY-MM-DD` strings: a
 * calendar date has no time zone, and a JS Date would shift it by a day between WIB and WITA.
 *
 * The Jenis Mutasi is not a row field: BPJS takes one form per change type, so the mutation
 * code comes from the template of the batch and a row cannot contradict its file.
 */
export interface EdabuRow {
  nik: string;
  kkNumber?: string | null;
  name: string;
  /** Nomor JKN (13 digits): identifies an existing member in changes and deactivations. */
  cardNumber?: string | null;
  birthPlace?: string | null;
  birthDate?: string | null;
  sex?: Sex | null;
  maritalStatus?: MaritalStatus | null;
  relation?: FamilyRelation | null;
  address?: string | null;
  rt?: string | null;
  rw?: string | null;
  postalCode?: string | null;
  districtCode?: string | null;
  districtName?: string | null;
  villageCode?: string | null;
  villageName?: string | null;
  faskesCode?: string | null;
  faskesName?: string | null;
  dentalFaskesCode?: string | null;
  dentalFaskesName?: string | null;
  phone?: string | null;
  /** PBI is always class III; the form has no class column, the field documents the rule. */
  careClass?: 3 | null;
  /** TMT: when the change takes effect (kept with the row; the form has no column for it). */
  effectiveDate?: string | null;
  deathDate?: string | null;
}

export interface EdabuOffice {
  satkerCode: string;
  satkerName: string;
  /** Jenis Kepesertaan as the branch office writes it, e.g. "PBI APBD". */
  membershipType: string;
  kcCode: string;
  dati2Code: string;
}

type MaybeAsync<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Rows may come from a database cursor. A factory (or an array) can be read twice, which lets
 * the writers validate everything before writing a byte; a one-shot iterator is validated on
 * the fly instead (see writeEdabuXlsx).
 */
export type EdabuRowSource = MaybeAsync<EdabuRow> | (() => MaybeAsync<EdabuRow>);

export function isRereadable(source: EdabuRowSource): boolean {
  if (typeof source === 'function') return true;
  if (Array.isArray(source)) return true;
  // A generator object returns itself from [Symbol.iterator]: it can be read only once.
  const it = source as { next?: unknown };
  return typeof it.next !== 'function';
}

export function isSyncSource<T>(source: Iterable<T> | AsyncIterable<T>): source is Iterable<T> {
  return typeof (source as Iterable<T>)[Symbol.iterator] === 'function';
}

export async function* openRows(source: EdabuRowSource): AsyncGenerator<EdabuRow> {
  const iterable = typeof source === 'function' ? source() : source;
  yield* iterable as AsyncIterable<EdabuRow>;
}

/**
 * Rows in arrays of up to `size`. Awaiting once per row costs more than writing the row does
 * (100,000 rows → 100,000 promise round-trips), so the writers take rows in chunks.
 */
export async function* rowChunks(source: EdabuRowSource, size: number): AsyncGenerator<EdabuRow[]> {
  const iterable = typeof source === 'function' ? source() : source;
  let chunk: EdabuRow[] = [];
  if (isSyncSource(iterable)) {
    for (const row of iterable) {
      chunk.push(row);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
  } else {
    for await (const row of iterable) {
      chunk.push(row);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length) yield chunk;
}

/** `2024-03-09` → `09-03-2024`; anything else is returned unchanged (validation reports it). */
export function isoToDdMmYyyy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

function rawValue(row: EdabuRow, key: keyof EdabuRow): string | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/** The text written in one cell of a data row, or null for an empty cell. */
export function cellText(
  column: EdabuColumn,
  template: EdabuTemplate,
  row: EdabuRow,
  sequence: number,
): string | null {
  if (column.key === null || column.format === null) return null;
  if (column.key === 'sequence') return String(sequence);
  if (column.key === 'mutationCode') return template.mutationCode;
  const value = rawValue(row, column.key);
  if (value === null) return null;
  switch (column.format.kind) {
    case 'code':
      return column.format.codes[value] ?? value;
    case 'date':
      return isoToDdMmYyyy(value);
    case 'text':
      // Names arrive with doubled spaces from OCR and hand entry; BPJS matches names to Dukcapil.
      return value.replace(/\s+/g, ' ');
    default:
      return value;
  }
}

/** All cells of a data row by position (index 0 = column A). */
export function rowTexts(template: EdabuTemplate, row: EdabuRow, sequence: number): (string | null)[] {
  return template.columns.map((c) => cellText(c, template, row, sequence));
}
