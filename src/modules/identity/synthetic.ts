/**
 * Deterministic synthetic families and people for one regency: for demos, tests and benchmarks, never
 * real data. Every KK and NIK passes `checkKk`/`checkNik`; NIK districts are real districts of the
 * regency, addresses real villages (kelurahan/desa) of it; the same seed gives the same output.
 *
 * Scale: `generateFamilies`/`generatePeople` are lazy generators; the only state that grows is one serial
 * counter per (district, date) pair actually used, so a million people never sit in memory together.
 */
import { civilFromDays, daysFromCivil, packedFromIso } from './civil-date.js';
import type { Sex } from './nik.js';
import { intBetween, mulberry32, pick, pickShare, type Rng } from './prng.js';
import { regencyGeography, placeName, type GeoDistrict, type RegencyGeography } from './synthetic-geography.js';
import {
  ADULT_FEMALE_OCCUPATIONS,
  ADULT_MALE_OCCUPATIONS,
  BALI_ORDER,
  BANJAR,
  EDUCATION,
  flavourOfProvince,
  HAMLETS,
  namePools,
  PALEMBANG_FEMALE_TITLE,
  PALEMBANG_MALE_TITLE,
  PHONE_PREFIXES,
  RELIGION_SHARES,
  STREETS,
  type NameFlavour,
  type NamePools,
  type Religion,
} from './synthetic-names.js';

/** Relation to the head of family as printed on a KK (BPJS e-Dabu maps them to P/S/I/A). */
export type FamilyRelation = 'KEPALA KELUARGA' | 'SUAMI' | 'ISTRI' | 'ANAK' | 'ORANG TUA' | 'MERTUA';
/** Marital status as on a KK; BPJS codes 1–4 in this order. */
export type MaritalStatus = 'BELUM KAWIN' | 'KAWIN' | 'CERAI HIDUP' | 'CERAI MATI';

export interface SyntheticAddress {
  street: string;
  rt: string;
  rw: string;
  villageCode: string;
  villageName: string;
  /** Village codes x.x.x.1xxx are urban kelurahan, x.x.x.2xxx rural desa. */
  villageKind: 'KELURAHAN' | 'DESA';
  districtCode: string;
  districtName: string;
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  provinceName: string;
}

export interface SyntheticPerson {
  nik: string;
  kk: string;
  name: string;
  sex: Sex;
  birthDate: string;
  birthPlace: string;
  relation: FamilyRelation;
  maritalStatus: MaritalStatus;
  religion: Religion;
  education: string;
  occupation: string;
  phone: string | null;
}

export interface SyntheticFamily {
  kk: string;
  /** Recording date encoded in the KK number. */
  kkRecordedOn: string;
  address: SyntheticAddress;
  members: SyntheticPerson[];
}

export interface PopulationOptions {
  regencyCode: string;
  seed: number | string;
  /** "Today" for ages and dates, 'YYYY-MM-DD'. Fixed rather than the clock, so output is reproducible. */
  referenceDate?: string;
  /**
   * Share (0–1) of people born before their regency was renumbered whose NIK keeps the old code
   * (e.g. 64.06 for Malinau). Default 0: all NIKs use current district codes.
   */
  historicalNikShare?: number;
}

export interface PersonSpec {
  sex?: Sex;
  minAge?: number;
  maxAge?: number;
  relation?: FamilyRelation;
  maritalStatus?: MaritalStatus;
  /** KK number to attach; a new one is allocated when absent. */
  kk?: string;
  /** District where the NIK is issued; random district of the regency when absent. */
  district?: GeoDistrict;
  /** Balinese order of birth (0 = first child). */
  birthOrder?: number;
}

export const DEFAULT_REFERENCE_DATE = '2026-01-01';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const pad4 = (n: number) => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`);

export class SyntheticPopulation {
  readonly geography: RegencyGeography;
  private readonly rng: Rng;
  private readonly refPacked: number;
  private readonly refDay: number;
  private readonly flavour: NameFlavour;
  private readonly pools: NamePools;
  private readonly birthPlace: string;
  private readonly prefix: string;
  private readonly oldPrefix: string | null;
  private readonly oldUntilYear: number;
  private readonly historicalShare: number;
  /** Next serial per (prefix, district, DDMMYY); shared by NIKs and KKs so a KK never equals a NIK. */
  private readonly serials = new Map<number, number>();

  constructor(opts: PopulationOptions) {
    this.geography = regencyGeography(opts.regencyCode);
    // The regency is part of the seed so that seed 42 gives different people in Pasuruan and in Malinau.
    this.rng = mulberry32(`${opts.seed}|${this.geography.regencyCode}`);
    this.refPacked = packedFromIso(opts.referenceDate ?? DEFAULT_REFERENCE_DATE);
    if (this.refPacked === -1) throw new RangeError(`referenceDate must be YYYY-MM-DD, got ${opts.referenceDate}`);
    this.refDay = daysFromCivil(Math.floor(this.refPacked / 10000), Math.floor(this.refPacked / 100) % 100, this.refPacked % 100);
    this.flavour = flavourOfProvince(this.geography.provinceCode);
    this.pools = namePools(this.flavour);
    this.birthPlace = placeName(this.geography.regencyName);
    this.prefix = this.geography.regencyCode.replace('.', '');
    this.oldPrefix = this.geography.historical?.code.replace('.', '') ?? null;
    this.oldUntilYear = this.geography.historical?.until ?? 0;
    this.historicalShare = opts.historicalNikShare ?? 0;
  }

  /** A random day (packed yyyymmdd) on which a person turns between minAge and maxAge on the reference date. */
  birthBetween(minAge: number, maxAge: number): number {
    const y = Math.floor(this.refPacked / 10000);
    const md = this.refPacked % 10000;
    const lo = daysFromCivil(y - maxAge - 1, Math.floor(md / 100), md % 100) + 1;
    const hi = Math.min(daysFromCivil(y - minAge, Math.floor(md / 100), md % 100), this.refDay);
    return civilFromDays(intBetween(this.rng, lo, Math.max(lo, hi)));
  }

  ageOf(birthPacked: number): number {
    return Math.floor((this.refPacked - birthPacked) / 10000);
  }

  private allocate(prefix: string, historical: boolean, district: GeoDistrict, ddmmyy: number): string {
    const districts = this.geography.districts;
    let d = district;
    for (let tries = 0; tries <= districts.length; tries++) {
      const key = ((historical ? 100 : 0) + d.suffix) * 1_000_000 + ddmmyy;
      const serial = (this.serials.get(key) ?? 0) + 1;
      if (serial <= 9999) {
        this.serials.set(key, serial);
        return `${prefix}${pad2(d.suffix)}${pad2(Math.floor(ddmmyy / 10000))}${pad2(Math.floor(ddmmyy / 100) % 100)}${pad2(ddmmyy % 100)}${pad4(serial)}`;
      }
      // 9,999 people of one sex born on one day in one district: move on to the next district.
      d = districts[(districts.indexOf(d) + 1) % districts.length] as GeoDistrict;
    }
    throw new RangeError(`No NIK/KK serial left for ${ddmmyy} in any district of ${this.geography.regencyCode}`);
  }

  private nik(district: GeoDistrict, birthPacked: number, sex: Sex): string {
    const y = Math.floor(birthPacked / 10000);
    const m = Math.floor(birthPacked / 100) % 100;
    const d = birthPacked % 100;
    const ddmmyy = (sex === 'F' ? d + 40 : d) * 10000 + m * 100 + (y % 100);
    const old = this.oldPrefix !== null && y <= this.oldUntilYear && this.rng() < this.historicalShare;
    return this.allocate(old ? (this.oldPrefix as string) : this.prefix, old, district, ddmmyy);
  }

  private kkNumber(district: GeoDistrict, recordedPacked: number): string {
    const y = Math.floor(recordedPacked / 10000);
    const ddmmyy = (recordedPacked % 100) * 10000 + (Math.floor(recordedPacked / 100) % 100) * 100 + (y % 100);
    return this.allocate(this.prefix, false, district, ddmmyy);
  }

  private name(sex: Sex, birthOrder: number): string {
    const r = this.rng;
    const p = this.pools;
    if (this.flavour === 'bali') {
      const order = pick(r, BALI_ORDER[birthOrder % 4] as readonly string[]);
      return `${sex === 'M' ? 'I' : 'Ni'} ${order} ${pick(r, sex === 'M' ? p.maleFirst : p.femaleFirst)}`;
    }
    const first = pick(r, sex === 'M' ? p.maleFirst : p.femaleFirst);
    const single = this.flavour === 'java' ? 0.3 : 0.15;
    const base = r() < single ? first : `${first} ${pick(r, sex === 'M' ? p.maleSecond : p.femaleSecond)}`;
    if (this.flavour === 'palembang' && r() < 0.08) {
      return `${pick(r, sex === 'M' ? PALEMBANG_MALE_TITLE : PALEMBANG_FEMALE_TITLE)} ${base}`;
    }
    return base;
  }

  private phone(probability: number): string | null {
    if (this.rng() >= probability) return null;
    return `${pick(this.rng, PHONE_PREFIXES)}${pad4(intBetween(this.rng, 0, 9999))}${pad4(intBetween(this.rng, 0, 9999))}`;
  }

  private education(age: number): string {
    if (age < 7) return EDUCATION.none;
    if (age < 13) return EDUCATION.primaryUnfinished;
    if (age < 16) return EDUCATION.primary;
    if (age < 19) return EDUCATION.juniorHigh;
    return pickShare(this.rng, [
      [EDUCATION.none, 0.1],
      [EDUCATION.primaryUnfinished, 0.25],
      [EDUCATION.primary, 0.65],
      [EDUCATION.juniorHigh, 0.85],
      [EDUCATION.seniorHigh, 1],
    ]);
  }

  private occupation(age: number, sex: Sex): string {
    if (age < 5) return 'BELUM/TIDAK BEKERJA';
    if (age < 19) return 'PELAJAR/MAHASISWA';
    if (age >= 65 && this.rng() < 0.7) return 'BELUM/TIDAK BEKERJA';
    return pick(this.rng, sex === 'M' ? ADULT_MALE_OCCUPATIONS : ADULT_FEMALE_OCCUPATIONS);
  }

  randomDistrict(): GeoDistrict {
    return pick(this.rng, this.geography.districts);
  }

  /** One person; fields not given in `spec` are drawn at random (an adult head of a one-person KK). */
  person(spec: PersonSpec = {}): SyntheticPerson {
    const sex = spec.sex ?? (this.rng() < 0.5 ? 'M' : 'F');
    const birth = this.birthBetween(spec.minAge ?? 18, spec.maxAge ?? 70);
    const age = this.ageOf(birth);
    const district = spec.district ?? this.randomDistrict();
    const kk = spec.kk ?? this.kkNumber(district, this.kkDate(birth));
    return {
      nik: this.nik(district, birth, sex),
      kk,
      name: this.name(sex, spec.birthOrder ?? intBetween(this.rng, 0, 3)),
      sex,
      birthDate: isoOf(birth),
      birthPlace: this.birthPlace,
      relation: spec.relation ?? 'KEPALA KELUARGA',
      maritalStatus: spec.maritalStatus ?? (age < 19 ? 'BELUM KAWIN' : 'KAWIN'),
      religion: pickShare(this.rng, RELIGION_SHARES[this.flavour]),
      education: this.education(age),
      occupation: this.occupation(age, sex),
      phone: this.phone(age >= 17 ? 0.6 : 0),
    };
  }

  /** KK recording date: within the last 20 years and after the head turned 17. */
  private kkDate(headBirth: number): number {
    const y = Math.floor(headBirth / 10000);
    const from = Math.max(daysFromCivil(y + 17, Math.floor(headBirth / 100) % 100, headBirth % 100), this.refDay - 20 * 365);
    return civilFromDays(intBetween(this.rng, Math.min(from, this.refDay), this.refDay));
  }

  private address(district: GeoDistrict): SyntheticAddress {
    const r = this.rng;
    const village = pick(r, district.villages);
    const kind = village.code.charCodeAt(9) === 49 ? 'KELURAHAN' : 'DESA';
    let street: string;
    if (kind === 'DESA') street = this.flavour === 'bali' ? pick(r, BANJAR) : `Dusun ${pick(r, HAMLETS)}`;
    else street = `${r() < 0.2 ? 'Gg.' : 'Jl.'} ${pick(r, STREETS)} No. ${intBetween(r, 1, 150)}`;
    const g = this.geography;
    return {
      street,
      rt: pad3(intBetween(r, 1, 12)),
      rw: pad3(intBetween(r, 1, 8)),
      villageCode: village.code,
      villageName: village.name,
      villageKind: kind,
      districtCode: district.code,
      districtName: district.name,
      regencyCode: g.regencyCode,
      regencyName: g.regencyName,
      provinceCode: g.provinceCode,
      provinceName: g.provinceName,
    };
  }

  /** One family: head 25–70, usually a spouse, 0–5 children consistent with the mother's age. */
  family(): SyntheticFamily {
    const r = this.rng;
    const home = this.randomDistrict();
    // Most members got their NIK where the family lives; some moved in from elsewhere in the regency.
    const nikDistrict = () => (r() < 0.75 ? home : this.randomDistrict());
    const headSex: Sex = r() < 0.82 ? 'M' : 'F';
    const headBirth = this.birthBetween(25, 70);
    const headAge = this.ageOf(headBirth);
    const headStatus: MaritalStatus =
      headSex === 'M'
        ? pickShare<MaritalStatus>(r, [['KAWIN', 0.85], ['CERAI MATI', 0.93], ['CERAI HIDUP', 0.98], ['BELUM KAWIN', 1]])
        : pickShare<MaritalStatus>(r, [['CERAI MATI', 0.55], ['CERAI HIDUP', 0.85], ['BELUM KAWIN', 0.95], ['KAWIN', 1]]);
    const recorded = this.kkDate(headBirth);
    const kk = this.kkNumber(home, recorded);
    // One religion per household: mixed households exist but are rare enough to leave out.
    const religion = pickShare(r, RELIGION_SHARES[this.flavour]);
    const members: SyntheticPerson[] = [];
    const add = (spec: PersonSpec & { birth: number; sex: Sex; phoneShare: number }) => {
      const age = this.ageOf(spec.birth);
      members.push({
        nik: this.nik(spec.district ?? nikDistrict(), spec.birth, spec.sex),
        kk,
        name: this.name(spec.sex, spec.birthOrder ?? intBetween(r, 0, 3)),
        sex: spec.sex,
        birthDate: isoOf(spec.birth),
        birthPlace: this.birthPlace,
        relation: spec.relation ?? 'ANAK',
        maritalStatus: spec.maritalStatus ?? 'BELUM KAWIN',
        religion,
        education: this.education(age),
        occupation: this.occupation(age, spec.sex),
        phone: this.phone(spec.phoneShare),
      });
    };

    add({ birth: headBirth, sex: headSex, relation: 'KEPALA KELUARGA', maritalStatus: headStatus, phoneShare: 0.9 });
    let motherAge = headSex === 'F' ? headAge : Math.max(20, headAge - intBetween(r, 0, 8));
    if (headStatus === 'KAWIN') {
      const spouseSex: Sex = headSex === 'M' ? 'F' : 'M';
      const spouseAge =
        headSex === 'M' ? Math.max(19, headAge - intBetween(r, 0, 8)) : Math.min(75, headAge + intBetween(r, 0, 6));
      if (spouseSex === 'F') motherAge = spouseAge;
      add({
        birth: this.birthBetween(spouseAge, spouseAge),
        sex: spouseSex,
        relation: spouseSex === 'F' ? 'ISTRI' : 'SUAMI',
        maritalStatus: 'KAWIN',
        phoneShare: 0.6,
      });
    }
    if (headStatus !== 'BELUM KAWIN') {
      const children = pickShare(r, [[0, 0.1], [1, 0.3], [2, 0.6], [3, 0.82], [4, 0.94], [5, 1]] as const);
      // Children born when the mother was 18–42, and never after the reference date.
      const oldest = motherAge - 18;
      const youngest = Math.max(0, motherAge - 42);
      for (let i = 0; i < children && oldest >= youngest; i++) {
        const birth = this.birthBetween(youngest, oldest);
        add({ birth, sex: r() < 0.5 ? 'M' : 'F', birthOrder: i, phoneShare: this.ageOf(birth) >= 17 ? 0.5 : 0 });
      }
    }
    if (headAge < 55 && r() < 0.08) {
      const parentAge = Math.min(95, headAge + intBetween(r, 20, 35));
      const ofSpouse = headStatus === 'KAWIN' && r() < 0.4;
      add({
        birth: this.birthBetween(parentAge, parentAge),
        sex: r() < 0.7 ? 'F' : 'M',
        relation: ofSpouse ? 'MERTUA' : 'ORANG TUA',
        maritalStatus: 'CERAI MATI',
        phoneShare: 0.2,
      });
    }
    return { kk, kkRecordedOn: isoOf(recorded), address: this.address(home), members };
  }
}

function isoOf(packed: number): string {
  return `${Math.floor(packed / 10000)}-${pad2(Math.floor(packed / 100) % 100)}-${pad2(packed % 100)}`;
}

export interface GenerateOptions extends PopulationOptions {
  count: number;
}

/** `count` families, lazily. */
export function* generateFamilies(opts: GenerateOptions): Generator<SyntheticFamily, void, undefined> {
  const population = new SyntheticPopulation(opts);
  for (let i = 0; i < opts.count; i++) yield population.family();
}

/** `count` people, lazily, drawn family by family (the last family may be cut short). */
export function* generatePeople(opts: GenerateOptions): Generator<SyntheticPerson, void, undefined> {
  const population = new SyntheticPopulation(opts);
  let n = 0;
  while (n < opts.count) {
    for (const person of population.family().members) {
      if (n >= opts.count) return;
      yield person;
      n++;
    }
  }
}

/** One person from a population (its serial counters guarantee no NIK repeats within it). */
export function generatePerson(population: SyntheticPopulation, spec: PersonSpec = {}): SyntheticPerson {
  return population.person(spec);
}
