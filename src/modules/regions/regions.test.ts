import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { loadProvinces, loadRegencies, loadVillagesOf } from '../identity/index.js';
import { ensureRegionsLoaded } from './regions.loader.js';

describe('regions from idn-area-data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.database.query<{ n: string }>(sql, params))[0]!.n);

  it('loads provinces, regencies and the villages of the given regencies, idempotently', async () => {
    await ensureRegionsLoaded(t.database, ['35.75', '6502']);
    expect(await count(`SELECT count(*) AS n FROM regions WHERE level = 'province'`)).toBe(loadProvinces().length);
    expect(await count(`SELECT count(*) AS n FROM regions WHERE level = 'regency'`)).toBe(loadRegencies().length);
    const pasuruan = loadVillagesOf('35.75').length;
    const malinau = loadVillagesOf('65.02').length;
    expect(await count(`SELECT count(*) AS n FROM regions WHERE level = 'village'`)).toBe(pasuruan + malinau);
    // Not the whole country: Palembang's villages were not asked for.
    expect(await count(`SELECT count(*) AS n FROM regions WHERE code LIKE '16.71.%'`)).toBe(0);
    // A second process (no memo) loads nothing twice.
    const copy = { ...t.database };
    await ensureRegionsLoaded(copy, ['35.75']);
    expect(await count(`SELECT count(*) AS n FROM regions WHERE level = 'village'`)).toBe(pasuruan + malinau);
    await expect(ensureRegionsLoaded(t.database, ['99.99'])).rejects.toThrow(/Unknown regency/);
  });

  it('serves pickers: provinces, then children of a region, loading a regency on demand', async () => {
    const provinces = await t.app.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(provinces.statusCode).toBe(200);
    expect(provinces.json().regions).toHaveLength(38);
    const districts = await t.app.inject({ method: 'GET', url: '/api/v1/regions?parent=1671' });
    expect(districts.json().regions.length).toBeGreaterThan(10);
    expect(districts.json().regions[0]).toMatchObject({ level: 'district', parentCode: '16.71' });
    const villages = await t.app.inject({ method: 'GET', url: `/api/v1/regions?parent=${districts.json().regions[0].code}&limit=5` });
    expect(villages.json().regions).toHaveLength(5);
    const next = await t.app.inject({ method: 'GET', url: `/api/v1/regions?parent=${districts.json().regions[0].code}&limit=5&cursor=${villages.json().nextCursor}` });
    expect(next.json().regions[0].code > villages.json().regions[4].code).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/regions?parent=abc' })).statusCode).toBe(400);
  });
});
