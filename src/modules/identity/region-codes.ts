/**
 * Kemendagri region codes in their two spellings.
 *
 * The regulation (Kepmendagri 300.2.2-2138/2025, shipped by `idn-area-data`) writes codes dotted:
 * province `35`, regency/city `35.75`, district (kecamatan) `35.75.01`, village `35.75.01.1001`.
 * NIK and KK numbers carry the same digits without dots (`357501…`). Everything in this module stores
 * the dotted form; these helpers convert at the edges.
 */

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

/** Digits per level, undotted: 2, 4, 6, 10. */
const LEVEL_BY_DIGITS: Readonly<Record<number, RegionLevel>> = {
  2: 'province',
  4: 'regency',
  6: 'district',
  10: 'village',
};

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** `'357501'` → `'35.75.01'`; `'3575011001'` → `'35.75.01.1001'`. Returns null for other lengths. */
export function dotRegionDigits(digits: string): string | null {
  if (!allDigits(digits)) return null;
  switch (digits.length) {
    case 2:
      return digits;
    case 4:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}`;
    case 6:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}`;
    case 10:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6, 10)}`;
    default:
      return null;
  }
}

/**
 * Accepts a region code as people type it (`3575`, `35.75`, ` 35.75.01 `) and returns the dotted form, or
 * null when it is not a well-formed code of one of the four levels. Does not check that the region exists.
 */
export function normaliseRegionCode(input: string): string | null {
  const s = input.trim();
  if (s.indexOf('.') === -1) return dotRegionDigits(s);
  const parts = s.split('.');
  const expected = [2, 2, 2, 4];
  if (parts.length > expected.length) return null;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    if (p.length !== expected[i] || !allDigits(p)) return null;
  }
  return s;
}

/** The level of a dotted or undotted code, or null when malformed. */
export function regionLevelOf(code: string): RegionLevel | null {
  const dotted = normaliseRegionCode(code);
  if (dotted === null) return null;
  return LEVEL_BY_DIGITS[dotted.length - countDots(dotted)] ?? null;
}

function countDots(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 46) n++;
  return n;
}

/** `'35.75.01'` → `'35.75'`; a province has no parent (null). */
export function parentRegionCode(code: string): string | null {
  const dotted = normaliseRegionCode(code);
  if (dotted === null) return null;
  const at = dotted.lastIndexOf('.');
  return at === -1 ? null : dotted.slice(0, at);
}

/**
 * The issuing district of a NIK or KK: its first six digits, dotted. Accepts the six digits alone or the
 * whole number. This is where the number was FIRST issued, never the holder's domicile: a NIK keeps its
 * code for life, even after the person moves or the region is split or renumbered.
 */
export function nikPrefixToDistrictCode(nikOrPrefix: string): string | null {
  if (nikOrPrefix.length < 6) return null;
  return dotRegionDigits(nikOrPrefix.slice(0, 6));
}

/** `'35.75.01'` → `'357501'` (the first six digits of a NIK issued there). */
export function districtCodeToNikPrefix(districtCode: string): string | null {
  const dotted = normaliseRegionCode(districtCode);
  if (dotted === null || regionLevelOf(dotted) !== 'district') return null;
  return dotted.replaceAll('.', '');
}
