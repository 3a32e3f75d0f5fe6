import { describe, expect, it } from 'vitest';
import { HISTORICAL_REGENCIES } from './historical-regions.js';
import {
  districtCodeToNikPrefix,
  nikPrefixToDistrictCode,
  normaliseRegionCode,
  parentRegionCode,
  regionLevelOf,
} from './region-codes.js';
import { getRegionIndex } from './region-index.js';
import { loadDistricts, loadProvinces, loadRegencies, loadVillagesOf, streamVillages, streamVillagesOf } from './regions.js';

describe('region loaders', () => {
  it('loads all levels with dotted codes and parent codes', () => {
    const provinces = loadProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces[0]).toEqual({ code: '11', name: 'ACEH', parentCode: null });
    const regencies = loadRegencies();
    expect(regencies.length).toBeGreaterThan(500);
    for (const r of regencies) expect(r.code.startsWith(`${r.parentCode}.`)).toBe(true);
    const districts = loadDistricts();
    expect(districts.length).toBeGreaterThan(7000);
    expect(districts.find((d) => d.code === '35.75.01')).toEqual({ code: '35.75.01', name: 'Gadingrejo', parentCode: '35.75' });
  });

  it.each([
    ['35.75', 'KOTA PASURUAN', 'JAWA TIMUR'],
    ['51.07', 'KABUPATEN KARANGASEM', 'BALI'],
    ['16.71', 'KOTA PALEMBANG', 'SUMATERA SELATAN'],
    ['65.71', 'KOTA TARAKAN', 'KALIMANTAN UTARA'],
    ['65.02', 'KABUPATEN MALINAU', 'KALIMANTAN UTARA'],
  ])("the office's regency %s is %s in %s, with districts and villages", (code, name, province) => {
    const index = getRegionIndex();
    expect(index.regencies.get(code)?.name).toBe(name);
    expect(index.provinces.get(code.slice(0, 2))?.name).toBe(province);
    const districts = index.districtsOf(code);
    expect(districts.length).toBeGreaterThan(3);
    const villages = loadVillagesOf(code);
    expect(villages.length).toBeGreaterThan(districts.length);
    for (const v of villages) {
      expect(v.code.startsWith(`${code}.`)).toBe(true);
      expect(index.districts.get(v.parentCode as string)?.parentCode).toBe(code);
    }
  });

  it('filters villages by district too', () => {
    const villages = loadVillagesOf('35.75.01');
    expect(villages.length).toBeGreaterThan(0);
    expect(villages.every((v) => v.parentCode === '35.75.01')).toBe(true);
  });

  it('streams all villages, and the streaming filter agrees with the in-memory one', async () => {
    let count = 0;
    let unsorted = 0;
    let last = '';
    for await (const v of streamVillages()) {
      count++;
      if (v.code <= last) unsorted++; // loadVillagesOf relies on the file being sorted
      last = v.code;
    }
    expect(count).toBeGreaterThan(80_000);
    expect(unsorted).toBe(0);
    expect((await streamVillagesOf('65.02')).map((v) => v.code)).toEqual(loadVillagesOf('65.02').map((v) => v.code));
  });

  it('keeps names verbatim, including a bare quote (Madurese glottal stop)', () => {
    expect(loadVillagesOf('35.13.15').some((v) => v.name.includes('"'))).toBe(true);
  });
});

describe('region code helpers', () => {
  it.each([
    ['3575', '35.75'],
    ['35.75', '35.75'],
    [' 357501 ', '35.75.01'],
    ['3575011001', '35.75.01.1001'],
    ['35', '35'],
    ['357', null],
    ['35.7', null],
    ['35.75.01.1001.1', null],
    ['3a75', null],
  ])('normaliseRegionCode(%j) = %j', (input, expected) => {
    expect(normaliseRegionCode(input)).toBe(expected);
  });

  it('converts NIK digits to a district code and back', () => {
    expect(nikPrefixToDistrictCode('357501')).toBe('35.75.01');
    expect(nikPrefixToDistrictCode('3575010101900001')).toBe('35.75.01');
    expect(nikPrefixToDistrictCode('3575')).toBeNull();
    expect(districtCodeToNikPrefix('35.75.01')).toBe('357501');
    expect(districtCodeToNikPrefix('35.75')).toBeNull();
  });

  it('knows levels and parents', () => {
    expect(regionLevelOf('35.75.01.1001')).toBe('village');
    expect(regionLevelOf('357501')).toBe('district');
    expect(parentRegionCode('35.75.01')).toBe('35.75');
    expect(parentRegionCode('35')).toBeNull();
  });
});

describe('historical regency codes', () => {
  const index = getRegionIndex();

  it('are all absent from the current list (else they would not be historical)', () => {
    for (const h of HISTORICAL_REGENCIES) expect(index.regencies.has(h.oldCode), h.oldCode).toBe(false);
  });

  it('each map to a current regency of the same name', () => {
    for (const h of HISTORICAL_REGENCIES) expect(index.regencies.get(h.currentCode)?.name, h.oldCode).toBe(h.name);
  });

  it('include the five North Kalimantan regencies once numbered under East Kalimantan', () => {
    const kaltara = HISTORICAL_REGENCIES.filter((h) => h.oldCode.startsWith('64.'));
    expect(kaltara.map((h) => [h.oldCode, h.currentCode]).sort()).toEqual([
      ['64.04', '65.01'],
      ['64.05', '65.03'],
      ['64.06', '65.02'],
      ['64.10', '65.04'],
      ['64.73', '65.71'],
    ]);
    for (const h of HISTORICAL_REGENCIES) expect(h.source.length).toBeGreaterThan(20);
  });

  it('are valid regencies for identity numbers', () => {
    expect(index.isKnownRegency('64.06')).toBe(true);
    expect(index.regencyByNumber(6406)?.historical?.currentCode).toBe('65.02');
    expect(index.isKnownRegency('64.99')).toBe(false);
  });
});
