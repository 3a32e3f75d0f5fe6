import { describe, expect, it } from 'vitest';
import { checkKk } from './kk.js';
import { checkNik } from './nik.js';
import { getRegionIndex } from './region-index.js';
import { generateFamilies, generatePeople, generatePerson, SyntheticPopulation, type SyntheticFamily } from './synthetic.js';

// Generated data uses 2026-01-01 as "today" by default; check it against the same date.
const today = new Date('2026-01-01T00:00:00Z');
const OFFICES = ['35.75', '51.07', '16.71', '65.71', '65.02'];

function ageOn(birthDate: string, ref = '2026-01-01'): number {
  const b = Number(birthDate.replaceAll('-', ''));
  return Math.floor((Number(ref.replaceAll('-', '')) - b) / 10000);
}

describe('synthetic generator', () => {
  it('is deterministic: same seed, same families; another seed, others', () => {
    const run = (seed: number | string) => JSON.stringify([...generateFamilies({ regencyCode: '35.75', count: 300, seed })]);
    expect(run(42)).toBe(run(42));
    expect(run('demo')).toBe(run('demo'));
    expect(run(42)).not.toBe(run(43));
  });

  it('gives different people for the same seed in different regencies', () => {
    const a = [...generateFamilies({ regencyCode: '35.75', count: 5, seed: 1 })].map((f) => f.members[0]?.birthDate);
    const b = [...generateFamilies({ regencyCode: '65.02', count: 5, seed: 1 })].map((f) => f.members[0]?.birthDate);
    expect(a).not.toEqual(b);
  });

  it('generates 50,000 people with valid, unique NIKs and valid, unique KKs', () => {
    const niks = new Set<string>();
    const kks = new Set<string>();
    let people = 0;
    for (const p of generatePeople({ regencyCode: '16.71', count: 50_000, seed: 2026 })) {
      people++;
      const r = checkNik(p.nik, { birthDate: p.birthDate, sex: p.sex, today });
      // Plain checks, not expect(), in this 50,000-row loop: expect() per row would dominate the run time.
      if (!r.valid || r.warnings.length > 0 || r.regencyCode !== '16.71') {
        throw new Error(`${p.nik}: ${JSON.stringify(r.errors)} ${r.regencyCode}`);
      }
      niks.add(p.nik);
      if (!kks.has(p.kk)) {
        kks.add(p.kk);
        const k = checkKk(p.kk, { today });
        if (!k.valid) throw new Error(`${p.kk}: ${JSON.stringify(k.errors)}`);
      }
    }
    expect(people).toBe(50_000);
    expect(niks.size).toBe(people);
    for (const kk of kks) expect(niks.has(kk)).toBe(false); // shared serial counters keep the two apart
    expect(kks.size).toBeGreaterThan(10_000);
  });

  it.each(OFFICES)('families in %s live in real villages of the regency and have consistent roles', (regencyCode) => {
    const index = getRegionIndex();
    const districtCodes = new Set(index.districtsOf(regencyCode).map((d) => d.code));
    for (const f of generateFamilies({ regencyCode, count: 2_000, seed: 7 })) {
      checkFamily(f, regencyCode, districtCodes);
    }
  });

  it('can give older people of renumbered regencies a NIK with the old code, still valid', () => {
    let old = 0;
    for (const p of generatePeople({ regencyCode: '65.02', count: 5_000, seed: 3, historicalNikShare: 0.5 })) {
      const r = checkNik(p.nik, { birthDate: p.birthDate, sex: p.sex, today });
      expect(r.valid).toBe(true);
      if (p.nik.startsWith('6406')) {
        old++;
        expect(r.issuingRegion?.historical).toBe(true);
        expect(Number(p.birthDate.slice(0, 4))).toBeLessThanOrEqual(2012);
      }
    }
    expect(old).toBeGreaterThan(500);
  });

  it('generatePerson draws standalone people from the same counters', () => {
    const population = new SyntheticPopulation({ regencyCode: '51.07', seed: 9 });
    const family = population.family();
    const a = generatePerson(population, { sex: 'F', minAge: 30, maxAge: 30 });
    const b = generatePerson(population, { sex: 'F', minAge: 30, maxAge: 30, kk: family.kk });
    expect(a.sex).toBe('F');
    expect(ageOn(a.birthDate)).toBe(30);
    expect(b.kk).toBe(family.kk);
    expect(a.nik).not.toBe(b.nik);
    expect(checkNik(a.nik, { birthDate: a.birthDate, sex: 'F', today }).valid).toBe(true);
    expect(a.name).toMatch(/^Ni /); // Balinese women's names in Karangasem
  });
});

function checkFamily(f: SyntheticFamily, regencyCode: string, districtCodes: Set<string>): void {
  const a = f.address;
  expect(a.regencyCode).toBe(regencyCode);
  expect(a.villageCode.startsWith(`${a.districtCode}.`)).toBe(true);
  expect(districtCodes.has(a.districtCode)).toBe(true);
  expect(a.villageKind).toBe(a.villageCode.charAt(9) === '1' ? 'KELURAHAN' : 'DESA');
  expect(a.rt).toMatch(/^\d{3}$/);
  // The KK is issued where the family lives (its domicile), unlike NIKs.
  expect(f.kk.slice(0, 6)).toBe(a.districtCode.replaceAll('.', ''));
  expect(checkKk(f.kk, { today }).recordedOn).toBe(f.kkRecordedOn);

  const [head, ...others] = f.members;
  if (head === undefined) throw new Error('family without members');
  expect(head.relation).toBe('KEPALA KELUARGA');
  const headAge = ageOn(head.birthDate);
  expect(headAge).toBeGreaterThanOrEqual(25);
  expect(headAge).toBeLessThanOrEqual(70);
  const spouse = others.find((m) => m.relation === 'ISTRI' || m.relation === 'SUAMI');
  if (spouse) {
    expect(head.maritalStatus).toBe('KAWIN');
    expect(spouse.sex).not.toBe(head.sex);
    expect(spouse.relation).toBe(spouse.sex === 'F' ? 'ISTRI' : 'SUAMI');
  }
  const mother = head.sex === 'F' ? head : spouse;
  for (const m of f.members) {
    expect(m.kk).toBe(f.kk);
    expect(districtCodes.has(`${m.nik.slice(0, 2)}.${m.nik.slice(2, 4)}.${m.nik.slice(4, 6)}`)).toBe(true);
    const dd = Number(m.nik.slice(6, 8));
    expect(m.sex === 'F' ? dd > 40 : dd <= 31).toBe(true);
    expect(m.phone === null || /^08\d{10}$/.test(m.phone)).toBe(true);
    if (m.relation === 'ANAK') {
      expect(m.maritalStatus).toBe('BELUM KAWIN');
      expect(ageOn(m.birthDate)).toBeLessThan(headAge);
      if (mother) expect(ageOn(mother.birthDate) - ageOn(m.birthDate)).toBeGreaterThanOrEqual(17);
    }
  }
}
