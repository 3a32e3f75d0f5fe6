/**
 * What NIK and KK numbers share: six digits of issuing region (PPKKCC), six of date (DDMMYY), four of
 * serial. Internal to the module; the public entry points are `checkNik` and `checkKk`.
 */
import {
  districtUnknown,
  provinceUnknown,
  regencyUnknown,
  type IdentityIssue,
  type IdLabel,
} from './identity.errors.js';
import type { RegencyEntry, RegionIndex } from './region-index.js';

/**
 * Where a number was issued. NOT the holder's domicile: a NIK keeps its first region for life, and a KK
 * is reissued when a family moves, so only a recent KK says where the family lives. Domicile checks
 * ("a KK of our own region") belong to the application rules, which compare the address, not this.
 */
export interface IssuingRegion {
  readonly provinceCode: string;
  /** Province at the time of issue for historical codes (`KALIMANTAN TIMUR` for 64.06). */
  readonly provinceName: string;
  readonly regencyCode: string;
  readonly regencyName: string;
  /** Dotted district code from the number, e.g. `35.75.01`. */
  readonly districtCode: string;
  /** Null when the district is not in the current list (or the regency code is historical). */
  readonly districtName: string | null;
  /** True when the regency code is no longer current (region split or renumbered). */
  readonly historical: boolean;
  /** Today's code of the same regency; equals `regencyCode` unless historical. */
  readonly currentRegencyCode: string;
  /** Last year the historical code was issued; null for current codes. */
  readonly historicalUntil: number | null;
}

/** Value of the two digits at i and i+1 (the caller has checked they are digits). */
export function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}

/**
 * Looks up the region of a 16-digit number and appends the matching issue codes. Returns the (frozen,
 * shared) region when the province and regency are known (current or historical), else null.
 */
export function resolveIssuingRegion<C extends string>(
  s: string,
  index: RegionIndex,
  label: IdLabel,
  codes: { province: C; regency: C; district: C },
  errors: IdentityIssue<C>[],
  warnings: IdentityIssue<C>[],
): IssuingRegion | null {
  const pp = twoDigits(s, 0);
  const ppkk = pp * 100 + twoDigits(s, 2);
  const ppkkcc = ppkk * 100 + twoDigits(s, 4);
  if (cacheOwner !== index) {
    // A different index (tests, a reloaded data set) must not see regions built from another one.
    regionCache.clear();
    cacheOwner = index;
  }
  let region = regionCache.get(ppkkcc);
  if (region === undefined) {
    const regency = index.regencyByNumber(ppkk);
    if (regency === undefined) {
      const province = index.provinceByNumber(pp);
      if (province === undefined) errors.push(provinceUnknown(codes.province, label, s.slice(0, 2)));
      else errors.push(regencyUnknown(codes.regency, label, `${s.slice(0, 2)}.${s.slice(2, 4)}`, province.name));
      return null;
    }
    region = buildRegion(s, index, regency, ppkkcc);
    // Bounded: at most 100 districts per known regency code (~52,000 entries in all).
    regionCache.set(ppkkcc, region);
  }
  // An unknown district is only a warning: districts are split often and a NIK keeps the old code.
  if (region.districtName === null && !region.historical) {
    warnings.push(districtUnknown(codes.district, label, region.districtCode));
  }
  return region;
}

/**
 * Regions are shared, frozen objects cached per six-digit code: most numbers in a batch come from the
 * same few districts, and building three code strings and an object per call would double the cost.
 */
const regionCache = new Map<number, IssuingRegion>();
let cacheOwner: RegionIndex | undefined;

function buildRegion(s: string, index: RegionIndex, regency: RegencyEntry, ppkkcc: number): IssuingRegion {
  const provinceCode = s.slice(0, 2);
  const regencyCode = `${provinceCode}.${s.slice(2, 4)}`;
  const districtCode = `${regencyCode}.${s.slice(4, 6)}`;
  if (regency.historical !== null) {
    // Old districts were renumbered with their regency; we have no verified mapping, so no name.
    return Object.freeze({
      provinceCode,
      provinceName: regency.provinceName,
      regencyCode,
      regencyName: regency.name,
      districtCode,
      districtName: null,
      historical: true,
      currentRegencyCode: regency.historical.currentCode,
      historicalUntil: regency.historical.until,
    });
  }
  return Object.freeze({
    provinceCode,
    provinceName: regency.provinceName,
    regencyCode,
    regencyName: regency.name,
    districtCode,
    districtName: index.districtByNumber(ppkkcc)?.name ?? null,
    historical: false,
    currentRegencyCode: regencyCode,
    historicalUntil: null,
  });
}

/** "digit 7–12: 310290" as written in messages. */
export function datePart(s: string): string {
  return s.slice(6, 12);
}
