/**
 * NIK (Nomor Induk Kependudukan) checks.
 *
 * Layout `PPKKCC DDMMYY SSSS` (PP 37/2007 art. 37; dukcapil.klaten.go.id "Arti 16 digit NIK";
 * python-stdnum `stdnum/id/nik.py`): district where the NIK was first issued, birth date with 40 added to
 * the day for women, serial from 0001. There is no check digit, so these rules catch typing errors and
 * impossible numbers, not forgeries: only Dukcapil (padu padan) can say a NIK exists.
 *
 * Hot path (imports of 100,000 rows, every API call with a NIK): no regex, no Date, no Intl per call;
 * regions by integer Map lookups. Errors are collected, not thrown, so a form can show all of them.
 */
import { daysInMonth, indonesianDate, isoFromPacked, packedFromIso, resolveCentury } from './civil-date.js';
import { datePart, resolveIssuingRegion, twoDigits, type IssuingRegion } from './id-number.js';
import { formatIssue, formatProblem, serialZero, type IdentityIssue, type NikIssueCode } from './identity.errors.js';
import { getRegionIndex, type RegionIndex } from './region-index.js';

export type { IssuingRegion } from './id-number.js';
export { checkKk, type KkCheckResult } from './kk.js';

export type Sex = 'M' | 'F';
export type NikIssue = IdentityIssue<NikIssueCode>;

export interface NikCheckOptions {
  /** Birth date from the form or the card, 'YYYY-MM-DD'; also settles the century of the NIK's year. */
  birthDate?: string;
  /** Sex from the form or the card. */
  sex?: Sex;
  /** Reference date for the two-digit year (default: now). Read as the calendar date in Indonesia. */
  today?: Date;
  /** Region index to use (default: the shared one over idn-area-data). */
  index?: RegionIndex;
}

export interface NikCheckResult {
  valid: boolean;
  errors: NikIssue[];
  /** Non-blocking findings (e.g. NIK_DISTRICT_UNKNOWN); `valid` ignores them. */
  warnings: NikIssue[];
  /** 'YYYY-MM-DD'; the entered birth date when it matches (it fixes the century), else decoded. */
  birthDate: string | null;
  sex: Sex | null;
  /** Dotted district code of issue, e.g. `35.75.01`. Where the NIK was issued, NOT the domicile. */
  regionCode: string | null;
  /** District name when known, else the (possibly historical) regency name. Not the domicile. */
  regionName: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  /** Full issuing region, with `historical` set for codes of split/renumbered regions. */
  issuingRegion: IssuingRegion | null;
}

const REGION_CODES = {
  province: 'NIK_PROVINCE_UNKNOWN',
  regency: 'NIK_REGENCY_UNKNOWN',
  district: 'NIK_DISTRICT_UNKNOWN',
} as const;

const SEX_ID: Record<Sex, string> = { M: 'laki-laki', F: 'perempuan' };
const SEX_EN: Record<Sex, string> = { M: 'male', F: 'female' };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function birthDateInvalid(ddmmyy: string, reason: string, reasonEn: string): NikIssue {
  return {
    code: 'NIK_BIRTHDATE_INVALID',
    message: `Tanggal lahir pada NIK (digit 7–12: ${ddmmyy}) tidak valid: ${reason}`,
    messageEn: `The birth date in the NIK (digits 7–12: ${ddmmyy}) is invalid: ${reasonEn}`,
  };
}

/** Why the day digits cannot be a day of birth, or null when they can (1–31 men, 41–71 women). */
function badDayReason(dd: number): [string, string] | null {
  if ((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71)) return null;
  const two = pad2(dd);
  if (dd > 71) {
    return [
      `angka tanggal ${two} berarti tanggal ${dd - 40} untuk perempuan (tanggal + 40), dan tanggal ${dd - 40} tidak ada.`,
      `day digits ${two} would mean day ${dd - 40} for a woman (day + 40), and there is no day ${dd - 40}.`,
    ];
  }
  return [
    `angka tanggal ${two} tidak mungkin: laki-laki 01–31, perempuan 41–71 (tanggal + 40).`,
    `day digits ${two} are impossible: 01–31 for men, 41–71 for women (day + 40).`,
  ];
}

/**
 * Checks a NIK. `nik` must be exactly the 16 digits: spaces, dots and letters are reported, not stripped,
 * so that what is stored is what was checked (strip separators in the input layer if you want to).
 *
 * The region in the result is the ISSUING region (`issuingRegion`): never use it as the domicile.
 */
export function checkNik(nik: string, opts: NikCheckOptions = {}): NikCheckResult {
  const errors: NikIssue[] = [];
  const warnings: NikIssue[] = [];
  const problem = nik.length === 16 ? formatProblemFast(nik) : formatProblem(nik);
  if (problem !== null) {
    errors.push(formatIssue('NIK_FORMAT', 'NIK', problem));
    return {
      valid: false,
      errors,
      warnings,
      birthDate: null,
      sex: null,
      regionCode: null,
      regionName: null,
      provinceCode: null,
      regencyCode: null,
      issuingRegion: null,
    };
  }

  const region = resolveIssuingRegion(nik, opts.index ?? getRegionIndex(), 'NIK', REGION_CODES, errors, warnings);

  // Birth date and sex.
  const dd = twoDigits(nik, 6);
  const mm = twoDigits(nik, 8);
  const yy = twoDigits(nik, 10);
  const today = indonesianDate(opts.today === undefined ? Date.now() : opts.today.getTime());
  let sex: Sex | null = null;
  let decoded = -1; // yyyymmdd when the date is real
  const dayReason = badDayReason(dd);
  if (dayReason !== null) {
    errors.push(birthDateInvalid(datePart(nik), dayReason[0], dayReason[1]));
  } else {
    sex = dd > 40 ? 'F' : 'M';
    const day = dd > 40 ? dd - 40 : dd;
    if (mm < 1 || mm > 12) {
      errors.push(birthDateInvalid(datePart(nik), `bulan ${pad2(mm)} tidak ada.`, `there is no month ${pad2(mm)}.`));
    } else {
      const year = resolveCentury(yy, mm, day, today);
      if (day > daysInMonth(year, mm)) {
        errors.push(nonexistentDate(nik, day, mm, year, sex));
      } else {
        decoded = year * 10000 + mm * 100 + day;
      }
    }
  }

  let birthDate = decoded === -1 ? null : isoFromPacked(decoded);
  if (opts.birthDate !== undefined) {
    const entered = packedFromIso(opts.birthDate);
    if (entered === -1) {
      errors.push({
        code: 'BIRTHDATE_INPUT_INVALID',
        message: `Tanggal lahir yang dimasukkan (${opts.birthDate}) bukan tanggal yang valid (format TTTT-BB-HH).`,
        messageEn: `The entered birth date (${opts.birthDate}) is not a valid date (format YYYY-MM-DD).`,
      });
    } else if (decoded !== -1) {
      // The NIK holds only two year digits: a match on day, month and yy is a match, and the entered
      // four-digit year settles the century (a 101-year-old is otherwise read as a newborn).
      if (entered % 1_000_000 === decoded % 1_000_000) {
        birthDate = isoFromPacked(entered);
      } else {
        errors.push(birthDateMismatch(opts.birthDate, nik));
      }
    }
  }

  if (opts.sex !== undefined && sex !== null && opts.sex !== sex) {
    errors.push({
      code: 'NIK_SEX_MISMATCH',
      message: `Jenis kelamin yang dimasukkan (${SEX_ID[opts.sex]}) tidak sesuai dengan NIK: angka tanggal ${pad2(dd)} berarti ${SEX_ID[sex]}${sex === 'F' ? ' (tanggal + 40)' : ' (perempuan ditambah 40)'}.`,
      messageEn: `The entered sex (${SEX_EN[opts.sex]}) does not match the NIK: day digits ${pad2(dd)} mean ${SEX_EN[sex]}${sex === 'F' ? ' (day + 40)' : ' (women have 40 added)'}.`,
    });
  }

  if (nik.charCodeAt(12) === 48 && nik.charCodeAt(13) === 48 && nik.charCodeAt(14) === 48 && nik.charCodeAt(15) === 48) {
    errors.push(serialZero('NIK_SERIAL_ZERO', 'NIK'));
  }

  return {
    valid: errors.length === 0,
    errors,
    warnings,
    birthDate,
    sex,
    regionCode: region === null ? null : region.districtCode,
    regionName: region === null ? null : (region.districtName ?? region.regencyName),
    provinceCode: region === null ? null : region.provinceCode,
    regencyCode: region === null ? null : region.regencyCode,
    issuingRegion: region,
  };
}

/** The common case (16 characters) without the allocation of a problem object when all are digits. */
function formatProblemFast(s: string) {
  for (let i = 0; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return formatProblem(s);
  }
  return null;
}

function nonexistentDate(nik: string, day: number, mm: number, year: number, sex: Sex): NikIssue {
  const leap = mm === 2 && day === 29 ? ` (${year} bukan tahun kabisat)` : '';
  const leapEn = mm === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
  const women = sex === 'F' ? ` (angka tanggal ${day + 40} = tanggal ${day} + 40)` : '';
  const womenEn = sex === 'F' ? ` (day digits ${day + 40} = day ${day} + 40)` : '';
  return birthDateInvalid(
    datePart(nik),
    `tanggal ${pad2(day)}-${pad2(mm)}-${year} tidak ada${leap}${women}.`,
    `${year}-${pad2(mm)}-${pad2(day)} does not exist${leapEn}${womenEn}.`,
  );
}

function birthDateMismatch(entered: string, nik: string): NikIssue {
  return {
    code: 'NIK_BIRTHDATE_MISMATCH',
    message: `Tanggal lahir yang dimasukkan (${entered}) tidak sesuai dengan NIK (digit 7–12: ${datePart(nik)}).`,
    messageEn: `The entered birth date (${entered}) does not match the NIK (digits 7–12: ${datePart(nik)}).`,
  };
}

/**
 * Shows the first 4 and last 4 digits (`3575••••••••0001`): enough for a person to recognise their number
 * on a receipt or a list, while hiding the birth date and district (UU PDP 27/2022: NIK is personal data).
 * Input that is not 16 characters is masked whole except its last 4, so a typo never leaks more.
 */
export function maskNik(nik: string): string {
  if (nik.length === 16) return `${nik.slice(0, 4)}••••••••${nik.slice(12)}`;
  if (nik.length <= 4) return '•'.repeat(nik.length);
  return '•'.repeat(nik.length - 4) + nik.slice(-4);
}
