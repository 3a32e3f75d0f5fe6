/**
 * Stable codes and bilingual messages for NIK and KK checks. Each message names the rule that failed and
 * the offending part, because the reader is a counter officer with the card in hand: "15 digits" tells
 * them to look for the missing digit, "invalid NIK" does not.
 */
import { DomainError, type ErrorDetail } from '../../platform/errors.js';

export type NikIssueCode =
  | 'NIK_FORMAT'
  | 'NIK_PROVINCE_UNKNOWN'
  | 'NIK_REGENCY_UNKNOWN'
  | 'NIK_DISTRICT_UNKNOWN'
  | 'NIK_BIRTHDATE_INVALID'
  | 'NIK_BIRTHDATE_MISMATCH'
  | 'NIK_SEX_MISMATCH'
  | 'NIK_SERIAL_ZERO'
  | 'BIRTHDATE_INPUT_INVALID';

export type KkIssueCode =
  | 'KK_FORMAT'
  | 'KK_PROVINCE_UNKNOWN'
  | 'KK_REGENCY_UNKNOWN'
  | 'KK_DISTRICT_UNKNOWN'
  | 'KK_DATE_INVALID'
  | 'KK_SERIAL_ZERO';

export interface IdentityIssue<C extends string = NikIssueCode | KkIssueCode> {
  code: C;
  /** Bahasa Indonesia (the default UI language). */
  message: string;
  messageEn: string;
}

export type IdLabel = 'NIK' | 'KK';

const LABEL_ID: Record<IdLabel, string> = { NIK: 'NIK', KK: 'Nomor KK' };
const LABEL_EN: Record<IdLabel, string> = { NIK: 'NIK', KK: 'KK number' };

export type FormatProblem =
  | { kind: 'empty' }
  | { kind: 'scientific' }
  | { kind: 'length'; digits: number }
  | { kind: 'char'; char: string; position: number; charKind: 'letter' | 'space' | 'other'; length: number };

/** Matches what Excel shows for a long number typed into a General cell: `3,57501E+15`. */
const SCIENTIFIC = /^\d[.,]\d+e\+?\d+$/i;

/** Null when `s` is exactly 16 ASCII digits; otherwise the first thing wrong with it. */
export function formatProblem(s: string): FormatProblem | null {
  if (s.length === 0) return { kind: 'empty' };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    // Only now, on the error path, is a regex worth running.
    if (SCIENTIFIC.test(s.trim())) return { kind: 'scientific' };
    const ch = s.charAt(i);
    const isSpace = c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const charKind = isSpace ? 'space' : isLetter ? 'letter' : 'other';
    return { kind: 'char', char: ch, position: i + 1, charKind, length: s.length };
  }
  return s.length === 16 ? null : { kind: 'length', digits: s.length };
}

export function formatIssue<C extends string>(code: C, label: IdLabel, p: FormatProblem): IdentityIssue<C> {
  const li = LABEL_ID[label];
  const le = LABEL_EN[label];
  switch (p.kind) {
    case 'empty':
      return { code, message: `${li} wajib diisi: 16 digit angka.`, messageEn: `${le} is required: 16 digits.` };
    case 'scientific':
      return {
        code,
        message: `${li} tertulis sebagai angka ilmiah (mis. 3,57501E+15), biasanya dari Excel; digit terakhirnya sudah hilang. Format kolom sebagai Teks lalu ketik ulang ${li}.`,
        messageEn: `${le} is written in scientific notation (e.g. 3.57501E+15), usually by Excel; its last digits are lost. Format the column as Text and type the ${le} again.`,
      };
    case 'length':
      return {
        code,
        message: `${li} harus 16 digit angka; yang dimasukkan ${p.digits} digit.`,
        messageEn: `${le} must be 16 digits; ${p.digits} digits were entered.`,
      };
    case 'char': {
      const len = p.length === 16 ? '' : ` Panjangnya ${p.length} karakter.`;
      const lenEn = p.length === 16 ? '' : ` It is ${p.length} characters long.`;
      if (p.charKind === 'space') {
        return {
          code,
          message: `${li} harus 16 digit angka tanpa spasi; ada spasi pada posisi ke-${p.position}.${len}`,
          messageEn: `${le} must be 16 digits without spaces; there is a space at position ${p.position}.${lenEn}`,
        };
      }
      const what = p.charKind === 'letter' ? 'huruf' : 'karakter';
      const whatEn = p.charKind === 'letter' ? 'letter' : 'character';
      return {
        code,
        message: `${li} hanya boleh berisi angka; ada ${what} "${p.char}" pada posisi ke-${p.position}.${len}`,
        messageEn: `${le} may contain digits only; there is a ${whatEn} "${p.char}" at position ${p.position}.${lenEn}`,
      };
    }
  }
}

export function provinceUnknown<C extends string>(code: C, label: IdLabel, pp: string): IdentityIssue<C> {
  return {
    code,
    message: `Kode provinsi ${pp} pada ${LABEL_ID[label]} (digit 1–2) tidak dikenal.`,
    messageEn: `Province code ${pp} in the ${LABEL_EN[label]} (digits 1–2) is unknown.`,
  };
}

export function regencyUnknown<C extends string>(
  code: C,
  label: IdLabel,
  regencyCode: string,
  provinceName: string,
): IdentityIssue<C> {
  return {
    code,
    message: `Kode kabupaten/kota ${regencyCode} pada ${LABEL_ID[label]} (digit 1–4) tidak dikenal di provinsi ${provinceName}.`,
    messageEn: `Regency/city code ${regencyCode} in the ${LABEL_EN[label]} (digits 1–4) is unknown in province ${provinceName}.`,
  };
}

export function districtUnknown<C extends string>(code: C, label: IdLabel, districtCode: string): IdentityIssue<C> {
  return {
    code,
    message: `Kode kecamatan ${districtCode} pada ${LABEL_ID[label]} (digit 1–6) tidak ada dalam daftar kecamatan saat ini; mungkin kecamatan lama yang sudah dimekarkan. Periksa dengan KTP/KK aslinya.`,
    messageEn: `District code ${districtCode} in the ${LABEL_EN[label]} (digits 1–6) is not in the current district list; it may be an older district since split. Check against the original card.`,
  };
}

export function serialZero<C extends string>(code: C, label: IdLabel): IdentityIssue<C> {
  return {
    code,
    message: `Nomor urut ${LABEL_ID[label]} (digit 13–16) tidak boleh 0000; nomor urut dimulai dari 0001.`,
    messageEn: `The serial of the ${LABEL_EN[label]} (digits 13–16) cannot be 0000; serials start at 0001.`,
  };
}

/**
 * One error for a request that carried a bad NIK or KK, shaped for the central HTTP mapper: the first
 * issue is the headline, every issue is a detail on `field` so a form can mark the input.
 */
export function identityNumberInvalid(field: string, issues: readonly IdentityIssue[]): DomainError {
  const first = issues[0];
  const details: ErrorDetail[] = issues.map((i) => ({ field, code: i.code, message: i.message, messageEn: i.messageEn }));
  return new DomainError(
    first?.code ?? 'IDENTITY_NUMBER_INVALID',
    400,
    { id: first?.message ?? 'Nomor identitas tidak valid.', en: first?.messageEn ?? 'Invalid identity number.' },
    details,
  );
}
