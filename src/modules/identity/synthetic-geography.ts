/**
 * The districts and villages of one regency, shaped for the synthetic generator.
 */
import { normaliseRegionCode, regionLevelOf } from './region-codes.js';
import { getRegionIndex } from './region-index.js';
import { loadVillagesOf, type RegionRow } from './regions.js';

export interface GeoDistrict {
  code: string;
  name: string;
  /** The two district digits as a number (`35.75.03` → 3), the serial-counter key. */
  suffix: number;
  villages: readonly RegionRow[];
}

export interface RegencyGeography {
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  regencyName: string;
  districts: readonly GeoDistrict[];
  /** Old code of this regency (e.g. `64.06` for `65.02`) and its last year, for older NIKs. */
  historical: { code: string; until: number } | null;
}

const cache = new Map<string, RegencyGeography>();

export function regencyGeography(regencyCode: string): RegencyGeography {
  const code = normaliseRegionCode(regencyCode);
  if (code === null || regionLevelOf(code) !== 'regency') {
    throw new RangeError(`Expected a regency code like 35.75, got "${regencyCode}"`);
  }
  const hit = cache.get(code);
  if (hit !== undefined) return hit;

  const index = getRegionIndex();
  const regency = index.regencies.get(code);
  if (regency === undefined) throw new RangeError(`Unknown regency code ${code}`);
  const province = index.provinces.get(code.slice(0, 2));
  const villagesByDistrict = new Map<string, RegionRow[]>();
  for (const v of loadVillagesOf(code)) {
    const key = v.parentCode ?? v.code.slice(0, 8);
    let list = villagesByDistrict.get(key);
    if (list === undefined) villagesByDistrict.set(key, (list = []));
    list.push(v);
  }
  const districts: GeoDistrict[] = [];
  for (const d of index.districtsOf(code)) {
    const villages = villagesByDistrict.get(d.code);
    // A district without villages cannot host an address; none exist in the 2025 data, but be safe.
    if (villages === undefined || villages.length === 0) continue;
    districts.push({ code: d.code, name: d.name, suffix: Number(d.code.slice(6, 8)), villages });
  }
  if (districts.length === 0) throw new RangeError(`Regency ${code} has no districts with villages`);

  let historical: RegencyGeography['historical'] = null;
  for (const h of index.historicalRegencies.values()) {
    if (h.currentCode === code) historical = { code: h.oldCode, until: h.until };
  }

  const geo: RegencyGeography = {
    provinceCode: code.slice(0, 2),
    provinceName: province?.name ?? '',
    regencyCode: code,
    regencyName: regency.name,
    districts,
    historical,
  };
  cache.set(code, geo);
  return geo;
}

/** 'KABUPATEN MALINAU' → 'Malinau', for a place of birth as people write it. */
export function placeName(regencyName: string): string {
  const bare = regencyName.replace(/^(KABUPATEN|KOTA)\s+/, '');
  return bare
    .toLowerCase()
    .split(' ')
    .map((w) => (w.length === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
