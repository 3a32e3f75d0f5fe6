import type { ErrorDetail } from '../../platform/errors.js';
import { letterNumberSchemeInvalid, letterNumberValueMissing } from './letters.errors.js';

/**
 * Letter numbers are formatted from an office-configured scheme; the sequence itself is allocated by the
 * caller in the database. Offices number differently (seeds):
 *   Pasuruan decree   100.3.3.6/904/423.104/2024  → '{classification}/{seq}/{unitCode}/{year}'
 *   Tarakan document  000.8.3.2/03.6/DINSOSPM     → '{classification}/{seq:2}.6/DINSOSPM'
 * and many Dinas add the month in Roman numerals ('…/{romanMonth}/{year}').
 *
 * Scheme language: `{name}` or `{name:width}` (zero padding, numeric parts only); `{{` and `}}` write a
 * literal brace; any other text is copied as is.
 */
export interface LetterNumberValues {
  /** Kode klasifikasi arsip, e.g. "100.3.3.6", "400.9". */
  classification?: string | null;
  seq: number;
  /** Unit code, e.g. "423.104" or "Dinsos". */
  unitCode?: string | null;
  year: number;
  /** 1–12; needed by {month} and, unless romanMonth is given, {romanMonth}. */
  month?: number | null;
  /** Explicit Roman month ("XI"); derived from month when absent. */
  romanMonth?: string | null;
}

const TOKENS = ['classification', 'seq', 'unitCode', 'year', 'month', 'romanMonth'] as const;
type TokenName = (typeof TOKENS)[number];
const NUMERIC: ReadonlySet<TokenName> = new Set(['seq', 'year', 'month']);
const MAX_WIDTH = 10;

type Part = { kind: 'text'; text: string } | { kind: 'token'; name: TokenName; width: number };

interface Parsed {
  parts: Part[];
  issues: ErrorDetail[];
}

const issue = (code: string, id: string, en: string, position: number): ErrorDetail => ({
  field: 'numberScheme',
  code,
  message: id,
  en,
  position,
});

function parseScheme(scheme: string): Parsed {
  const parts: Part[] = [];
  const issues: ErrorDetail[] = [];
  let text = '';
  let i = 0;
  while (i < scheme.length) {
    const ch = scheme[i] as string;
    if ((ch === '{' || ch === '}') && scheme[i + 1] === ch) {
      text += ch;
      i += 2;
      continue;
    }
    if (ch === '}') {
      issues.push(issue('NUMBER_SCHEME_STRAY_BRACE', 'Kurung kurawal "}" tanpa pasangan.', 'Unmatched "}".', i));
      i += 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    const end = scheme.indexOf('}', i);
    if (end < 0) {
      issues.push(issue('NUMBER_SCHEME_UNCLOSED', 'Bagian "{" tidak ditutup dengan "}".', 'Unclosed "{".', i));
      break;
    }
    const m = /^([A-Za-z]+)(?::(\d+))?$/.exec(scheme.slice(i + 1, end));
    const name = m?.[1] as TokenName | undefined;
    if (!m || !name || !TOKENS.includes(name)) {
      issues.push(issue(
        'NUMBER_SCHEME_UNKNOWN_TOKEN',
        `Bagian "${scheme.slice(i, end + 1)}" tidak dikenal; gunakan ${TOKENS.map((t) => `{${t}}`).join(', ')}.`,
        `Unknown part "${scheme.slice(i, end + 1)}"; use ${TOKENS.map((t) => `{${t}}`).join(', ')}.`,
        i,
      ));
    } else {
      const width = m[2] === undefined ? 0 : Number(m[2]);
      if (m[2] !== undefined && !NUMERIC.has(name)) {
        issues.push(issue('NUMBER_SCHEME_PADDING_NOT_NUMERIC', `{${name}} bukan angka dan tidak dapat diberi nol di depan.`,
          `{${name}} is not numeric and cannot be zero-padded.`, i));
      } else if (width > MAX_WIDTH) {
        issues.push(issue('NUMBER_SCHEME_PADDING_TOO_WIDE', `Lebar paling banyak ${MAX_WIDTH} digit.`,
          `Width is at most ${MAX_WIDTH} digits.`, i));
      }
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'token', name, width });
    }
    i = end + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  // Without {seq} every letter of the year would get the same number.
  if (issues.length === 0 && !parts.some((p) => p.kind === 'token' && p.name === 'seq')) {
    issues.push(issue('NUMBER_SCHEME_NO_SEQ', 'Format nomor surat wajib memuat {seq} (nomor urut).',
      'The letter number format must contain {seq} (the sequence number).', 0));
  }
  return { parts, issues };
}

/** Issues of an office admin's scheme, as field + rule details (empty when the scheme is usable). */
export function validateNumberScheme(scheme: string): ErrorDetail[] {
  return parseScheme(scheme).issues;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export function toRomanMonth(month: number): string {
  const roman = Number.isInteger(month) ? ROMAN[month - 1] : undefined;
  if (!roman) throw new RangeError(`Month out of range: ${month}`);
  return roman;
}

function tokenValue(name: TokenName, values: LetterNumberValues): string | number | null {
  switch (name) {
    case 'seq':
      return values.seq;
    case 'year':
      return values.year;
    case 'month':
      return values.month ?? null;
    case 'romanMonth':
      return values.romanMonth ?? (values.month == null ? null : toRomanMonth(values.month));
    case 'classification':
      return values.classification?.trim() || null;
    case 'unitCode':
      return values.unitCode?.trim() || null;
  }
}

/** Formats one letter number; throws LETTER_NUMBER_SCHEME_INVALID / LETTER_NUMBER_VALUE_MISSING. */
export function formatLetterNumber(scheme: string, values: LetterNumberValues): string {
  const { parts, issues } = parseScheme(scheme);
  if (issues.length > 0) throw letterNumberSchemeInvalid(issues);
  if (!Number.isInteger(values.seq) || values.seq < 1) throw new RangeError(`Sequence must be a positive integer: ${values.seq}`);
  if (values.month != null) toRomanMonth(values.month);
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = tokenValue(part.name, values);
      if (value === null) throw letterNumberValueMissing(part.name);
      return typeof value === 'number' ? String(value).padStart(part.width, '0') : value;
    })
    .join('');
}
