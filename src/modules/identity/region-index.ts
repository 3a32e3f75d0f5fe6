/**
 * In-memory index of provinces, regencies (current and historical) and districts for validation.
 *
 * Built once, lazily, on the first NIK/KK check (~10 ms; call `getRegionIndex()` at boot to pay it early).
 * The hot path looks regions up by integer key (`3575` for 35.75) so that checking a NIK never builds
 * a string just to find its region.
 */
import { HISTORICAL_REGENCIES, type HistoricalRegency } from './historical-regions.js';
import { loadDistricts, loadProvinces, loadRegencies, type RegionRow } from './regions.js';

export interface RegencyEntry {
  /** Dotted code as found in the number (`64.06` for an old Malinau NIK). */
  code: string;
  name: string;
  provinceCode: string;
  /** Province at the time the code was issued (`KALIMANTAN TIMUR` for 64.06). */
  provinceName: string;
  /** Set when the code is no longer current; then `historical.currentCode` is today's code. */
  historical: HistoricalRegency | null;
}

export interface DistrictEntry {
  code: string;
  name: string;
  regencyCode: string;
}

/** `'35.75.01'` → 357501, or -1 when not all digits. Used only while building the index. */
function codeToNumber(dotted: string): number {
  let n = 0;
  for (let i = 0; i < dotted.length; i++) {
    const c = dotted.charCodeAt(i);
    if (c === 46) continue;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

export class RegionIndex {
  readonly provinces: ReadonlyMap<string, RegionRow>;
  readonly regencies: ReadonlyMap<string, RegionRow>;
  readonly districts: ReadonlyMap<string, RegionRow>;
  readonly historicalRegencies: ReadonlyMap<string, HistoricalRegency>;

  private readonly provinceByNum = new Map<number, RegionRow>();
  private readonly regencyByNum = new Map<number, RegencyEntry>();
  private readonly districtByNum = new Map<number, DistrictEntry>();
  private readonly districtsByRegency = new Map<string, RegionRow[]>();

  constructor(
    provinces: readonly RegionRow[],
    regencies: readonly RegionRow[],
    districts: readonly RegionRow[],
    historical: readonly HistoricalRegency[],
  ) {
    this.provinces = new Map(provinces.map((p) => [p.code, p]));
    this.regencies = new Map(regencies.map((r) => [r.code, r]));
    this.districts = new Map(districts.map((d) => [d.code, d]));
    this.historicalRegencies = new Map(historical.map((h) => [h.oldCode, h]));

    for (const p of provinces) this.provinceByNum.set(codeToNumber(p.code), p);
    for (const r of regencies) {
      const provinceCode = r.parentCode ?? r.code.slice(0, 2);
      const provinceName = this.provinces.get(provinceCode)?.name ?? '';
      this.regencyByNum.set(codeToNumber(r.code), { code: r.code, name: r.name, provinceCode, provinceName, historical: null });
    }
    for (const h of historical) {
      const key = codeToNumber(h.oldCode);
      // A code reused by a current regency must win: current data is authoritative.
      if (this.regencyByNum.has(key)) continue;
      this.regencyByNum.set(key, {
        code: h.oldCode,
        name: h.name,
        provinceCode: h.oldCode.slice(0, 2),
        provinceName: h.oldProvinceName,
        historical: h,
      });
    }
    for (const d of districts) {
      const regencyCode = d.parentCode ?? d.code.slice(0, 5);
      this.districtByNum.set(codeToNumber(d.code), { code: d.code, name: d.name, regencyCode });
      let list = this.districtsByRegency.get(regencyCode);
      if (list === undefined) this.districtsByRegency.set(regencyCode, (list = []));
      list.push(d);
    }
  }

  /** Province by its two digits as a number (35). */
  provinceByNumber(pp: number): RegionRow | undefined {
    return this.provinceByNum.get(pp);
  }

  /** Regency by four digits as a number (3575); includes historical codes such as 6406. */
  regencyByNumber(ppkk: number): RegencyEntry | undefined {
    return this.regencyByNum.get(ppkk);
  }

  /** District by six digits as a number (357501); current districts only. */
  districtByNumber(ppkkcc: number): DistrictEntry | undefined {
    return this.districtByNum.get(ppkkcc);
  }

  /** Current districts of a current regency, in code order (empty for unknown or historical codes). */
  districtsOf(regencyCode: string): readonly RegionRow[] {
    return this.districtsByRegency.get(regencyCode) ?? [];
  }

  /** Whether a dotted regency code is valid for an identity number: current or historical. */
  isKnownRegency(regencyCode: string): boolean {
    return this.regencies.has(regencyCode) || this.historicalRegencies.has(regencyCode);
  }
}

let shared: RegionIndex | undefined;

/** The process-wide index over the installed `idn-area-data` and the historical table. */
export function getRegionIndex(): RegionIndex {
  shared ??= new RegionIndex(loadProvinces(), loadRegencies(), loadDistricts(), HISTORICAL_REGENCIES);
  return shared;
}
