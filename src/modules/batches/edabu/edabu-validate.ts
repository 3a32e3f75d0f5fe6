import type { ErrorDetail } from '../../../platform/errors.js';
import type { EdabuOffice, EdabuRow } from './edabu-row.js';
import { edabuTemplate, type ChangeType, type ColumnFormat, type EdabuFieldKey, type EdabuTemplate } from './edabu-templates.js';

/**
 * Checks that a row can be written into the e-Dabu form. This is a form check, not identity
 * validation: callers pass rows already validated by the identity module (NIK birth date,
 * region, serial, KK rules), so a 16-digit check is all the form itself needs.
 */
export interface EdabuFieldError extends ErrorDetail {
  field: string;
  code: string;
  message: string;
  /** Column number printed on row 8 of the form, when the field has a column. */
  column?: number | null;
}

const LABELS: Record<EdabuFieldKey, string> = {
  cardNumber: 'Nomor JKN',
  kkNumber: 'Nomor KK',
  nik: 'NIK',
  name: 'Nama lengkap',
  sex: 'Jenis kelamin',
  maritalStatus: 'Status kawin',
  relation: 'Hubungan keluarga',
  birthPlace: 'Tempat lahir',
  address: 'Alamat',
  rt: 'RT',
  rw: 'RW',
  postalCode: 'Kode pos',
  districtCode: 'Kode kecamatan',
  districtName: 'Nama kecamatan',
  villageCode: 'Kode desa/kelurahan',
  villageName: 'Nama desa/kelurahan',
  birthDate: 'Tanggal lahir',
  faskesCode: 'Kode faskes tingkat I',
  faskesName: 'Nama faskes tingkat I',
  dentalFaskesCode: 'Kode faskes gigi',
  dentalFaskesName: 'Nama faskes gigi',
  phone: 'Nomor telepon',
  effectiveDate: 'TMT (tanggal berlaku)',
  deathDate: 'Tanggal meninggal',
  careClass: 'Kelas rawat',
};

export interface ValidateOptions {
  /** Today in the office's time zone (YYYY-MM-DD), for "not in the future" checks. */
  today?: string;
}

function present(v: unknown): v is string | number {
  return v !== null && v !== undefined && String(v).trim() !== '';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date in ISO form (rejects 2023-02-30, which Date would roll over). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  return d <= max;
}

// Control characters break the form's cells and BPJS's parser, and a leading = or @ makes Excel
// run the cell as a formula when the CSV export is opened. The rest of Unicode is allowed because
// names such as "Nurhayati Ma'ruf" or "I Gusti Ngurah Rai" carry punctuation.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]|^[=@]/;

type Problem = { code: string; message: string };
type Check = (value: string) => Problem | null;

/** Turns a column format into a check with its message built once, not once per row. */
function compileCheck(format: ColumnFormat, label: string): Check | null {
  const when = (re: RegExp, code: string, message: string): Check => {
    const problem = { code, message };
    return (v) => (re.test(v) ? null : problem);
  };
  switch (format.kind) {
    case 'digits':
      return when(new RegExp(`^\\d{${format.length}}$`), 'EDABU_DIGITS', `${label} harus ${format.length} angka.`);
    case 'digitRange':
      return when(
        new RegExp(`^\\d{${format.min},${format.max}}$`),
        'EDABU_DIGITS',
        `${label} harus berupa angka (${format.min}–${format.max} digit).`,
      );
    case 'regionCode':
      // BPJS's own district/village codes are not published; accept Kemendagri-style codes
      // with or without dots (65.02.01 / 650201) and leave the mapping to the office's data.
      return when(/^\d[\d.]{0,15}$/, 'EDABU_REGION_CODE', `${label} hanya boleh berisi angka dan titik.`);
    case 'faskesCode':
      // BPJS provider codes are 8 characters (kdProvider, e.g. 17050101 or 0114U001).
      return when(/^[0-9A-Z]{8}$/, 'EDABU_FASKES_CODE', `${label} harus 8 karakter (angka/huruf besar) sesuai kode BPJS.`);
    case 'phone':
      return when(/^\+?\d{8,15}$/, 'EDABU_PHONE', `${label} harus 8–15 angka, boleh diawali +.`);
    case 'date': {
      const problem = { code: 'EDABU_DATE_FORMAT', message: `${label} bukan tanggal yang sah.` };
      return (v) => (isIsoDate(v) ? null : problem);
    }
    case 'text': {
      const control = { code: 'EDABU_INVALID_TEXT', message: `${label} berisi karakter yang tidak diizinkan.` };
      const long = { code: 'EDABU_TOO_LONG', message: `${label} paling banyak ${format.maxLength} karakter.` };
      return (v) => (CONTROL.test(v) ? control : v.length > format.maxLength ? long : null);
    }
    case 'code': {
      const codes = format.codes;
      return (v) =>
        Object.hasOwn(codes, v) ? null : { code: 'EDABU_CODE_UNKNOWN', message: `${label} tidak dikenal: "${v}".` };
    }
    default:
      return null;
  }
}

interface FieldRule {
  key: EdabuFieldKey;
  label: string;
  column: number | null;
  required: boolean;
  check: Check | null;
}

function compileRules(template: EdabuTemplate): FieldRule[] {
  const rules: FieldRule[] = [];
  for (const col of template.columns) {
    if (col.key === null || col.key === 'sequence' || col.key === 'mutationCode' || col.format === null) continue;
    rules.push({ key: col.key, label: LABELS[col.key], column: col.number, required: col.required, check: compileCheck(col.format, LABELS[col.key]) });
  }
  // Dates our process keeps although the form has no column for them.
  for (const key of ['effectiveDate', 'deathDate'] as const) {
    const label = LABELS[key];
    rules.push({ key, label, column: null, required: template.alsoRequired.includes(key), check: compileCheck({ kind: 'date', pattern: 'DD-MM-YYYY' }, label) });
  }
  return rules;
}

const rulesByType = new Map<ChangeType, FieldRule[]>();
function rulesFor(changeType: ChangeType): FieldRule[] {
  let rules = rulesByType.get(changeType);
  if (!rules) rulesByType.set(changeType, (rules = compileRules(edabuTemplate(changeType))));
  return rules;
}

/**
 * Default "today" when the caller gives none: the date in WIT (UTC+9), Indonesia's easternmost
 * zone, so a child born today in any office is never taken for a birth in the future. Callers
 * that know the office's zone should pass `today` themselves.
 */
export function todayIso(nowMs: number = Date.now()): string {
  return new Date(nowMs + 9 * 3_600_000).toISOString().slice(0, 10);
}

export function validateEdabuRow(row: EdabuRow, changeType: ChangeType, opts: ValidateOptions = {}): EdabuFieldError[] {
  const today = opts.today ?? todayIso();
  const errors: EdabuFieldError[] = [];
  for (const rule of rulesFor(changeType)) {
    const raw = row[rule.key];
    if (!present(raw)) {
      if (rule.required) errors.push({ field: rule.key, code: 'EDABU_REQUIRED', message: `${rule.label} wajib diisi.`, column: rule.column });
      continue;
    }
    const problem = rule.check?.(String(raw).trim());
    if (problem) errors.push({ field: rule.key, code: problem.code, message: problem.message, column: rule.column });
  }

  const birth = typeof row.birthDate === 'string' && isIsoDate(row.birthDate) ? row.birthDate : null;
  const death = typeof row.deathDate === 'string' && isIsoDate(row.deathDate) ? row.deathDate : null;
  if (birth && birth > today) {
    errors.push({ field: 'birthDate', code: 'EDABU_DATE_IN_FUTURE', message: 'Tanggal lahir tidak boleh di masa depan.', column: 20 });
  }
  if (death && death > today) {
    errors.push({ field: 'deathDate', code: 'EDABU_DATE_IN_FUTURE', message: 'Tanggal meninggal tidak boleh di masa depan.' });
  }
  if (birth && death && death < birth) {
    errors.push({ field: 'deathDate', code: 'EDABU_DEATH_BEFORE_BIRTH', message: 'Tanggal meninggal tidak boleh sebelum tanggal lahir.' });
  }
  if (present(row.careClass) && Number(row.careClass) !== 3) {
    errors.push({ field: 'careClass', code: 'EDABU_CARE_CLASS', message: 'Peserta PBI selalu kelas III.' });
  }
  return errors;
}

export function validateEdabuOffice(office: EdabuOffice): EdabuFieldError[] {
  const labels: Record<keyof EdabuOffice, string> = {
    satkerCode: 'Kode Satker',
    satkerName: 'Nama Satker',
    membershipType: 'Jenis Kepesertaan',
    kcCode: 'Kode KC',
    dati2Code: 'Kode Dati2',
  };
  return (Object.keys(labels) as (keyof EdabuOffice)[])
    .filter((k) => !present(office[k]))
    .map((k) => ({ field: `office.${k}`, code: 'EDABU_REQUIRED', message: `${labels[k]} kantor wajib diisi.` }));
}

