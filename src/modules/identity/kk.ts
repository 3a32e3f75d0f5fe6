/**
 * Family card (Kartu Keluarga) number checks.
 *
 * Layout, as the SIAK rules describe it ("Nomor KK terdiri dari 16 digit … kombinasi variabel kode
 * wilayah, tanggal pencatatan dan nomor seri keluarga", quoted on agibalaja.blogspot.com, 2022, and in
 * /work/shared/reference/README.md "Identity numbers"):
 *   digits 1–6   issuing region (province, regency/city, district), as in the NIK;
 *   digits 7–12  recording date DDMMYY: a real calendar date, with NO +40 (a KK has no sex);
 *   digits 13–16 serial, from 0001.
 * A new KK (new number) is issued when a family moves or splits, so unlike a NIK the region of a
 * recent KK is the family's domicile at the time of issue; it is still reported as `issuingRegion`.
 * The regulation text itself (the Permendagri on SIAK forms) was not available to verify; the rules
 * here are the ones every published explanation agrees on. KK cards from before SIAK may not follow it.
 */
import { daysInMonth, indonesianDate, isoFromPacked, resolveCentury } from './civil-date.js';
import { datePart, resolveIssuingRegion, twoDigits, type IssuingRegion } from './id-number.js';
import { formatIssue, formatProblem, serialZero, type IdentityIssue, type KkIssueCode } from './identity.errors.js';
import { getRegionIndex, type RegionIndex } from './region-index.js';

export type KkIssue = IdentityIssue<KkIssueCode>;

export interface KkCheckOptions {
  /** Reference date for the two-digit year (default: now), read as the calendar date in Indonesia. */
  today?: Date;
  index?: RegionIndex;
}

export interface KkCheckResult {
  valid: boolean;
  errors: KkIssue[];
  warnings: KkIssue[];
  /** Recording date 'YYYY-MM-DD' (century: the latest one not in the future). */
  recordedOn: string | null;
  regionCode: string | null;
  regionName: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  issuingRegion: IssuingRegion | null;
}

const REGION_CODES = {
  province: 'KK_PROVINCE_UNKNOWN',
  regency: 'KK_REGENCY_UNKNOWN',
  district: 'KK_DISTRICT_UNKNOWN',
} as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function dateInvalid(kk: string, reason: string, reasonEn: string): KkIssue {
  return {
    code: 'KK_DATE_INVALID',
    message: `Tanggal pencatatan pada Nomor KK (digit 7–12: ${datePart(kk)}) tidak valid: ${reason}`,
    messageEn: `The recording date in the KK number (digits 7–12: ${datePart(kk)}) is invalid: ${reasonEn}`,
  };
}

export function checkKk(kk: string, opts: KkCheckOptions = {}): KkCheckResult {
  const errors: KkIssue[] = [];
  const warnings: KkIssue[] = [];
  const problem = formatProblem(kk);
  if (problem !== null) {
    errors.push(formatIssue('KK_FORMAT', 'KK', problem));
    return {
      valid: false,
      errors,
      warnings,
      recordedOn: null,
      regionCode: null,
      regionName: null,
      provinceCode: null,
      regencyCode: null,
      issuingRegion: null,
    };
  }

  const region = resolveIssuingRegion(kk, opts.index ?? getRegionIndex(), 'KK', REGION_CODES, errors, warnings);

  const dd = twoDigits(kk, 6);
  const mm = twoDigits(kk, 8);
  const yy = twoDigits(kk, 10);
  let recordedOn: string | null = null;
  if (dd >= 41 && dd <= 71) {
    // The most common way to get here is a NIK (of a woman) typed into the KK field.
    errors.push(
      dateInvalid(
        kk,
        `angka tanggal ${pad2(dd)} tidak mungkin: Nomor KK memakai tanggal pencatatan tanpa tambahan 40. Apakah yang dimasukkan NIK?`,
        `day digits ${pad2(dd)} are impossible: a KK number uses the recording date without adding 40. Was a NIK entered?`,
      ),
    );
  } else if (dd < 1 || dd > 31) {
    errors.push(dateInvalid(kk, `tanggal ${pad2(dd)} tidak ada.`, `there is no day ${pad2(dd)}.`));
  } else if (mm < 1 || mm > 12) {
    errors.push(dateInvalid(kk, `bulan ${pad2(mm)} tidak ada.`, `there is no month ${pad2(mm)}.`));
  } else {
    const today = indonesianDate(opts.today === undefined ? Date.now() : opts.today.getTime());
    const year = resolveCentury(yy, mm, dd, today);
    if (dd > daysInMonth(year, mm)) {
      errors.push(
        dateInvalid(kk, `tanggal ${pad2(dd)}-${pad2(mm)}-${year} tidak ada.`, `${year}-${pad2(mm)}-${pad2(dd)} does not exist.`),
      );
    } else {
      recordedOn = isoFromPacked(year * 10000 + mm * 100 + dd);
    }
  }

  if (kk.endsWith('0000')) errors.push(serialZero('KK_SERIAL_ZERO', 'KK'));

  return {
    valid: errors.length === 0,
    errors,
    warnings,
    recordedOn,
    regionCode: region === null ? null : region.districtCode,
    regionName: region === null ? null : (region.districtName ?? region.regencyName),
    provinceCode: region === null ? null : region.provinceCode,
    regencyCode: region === null ? null : region.regencyCode,
    issuingRegion: region,
  };
}
