import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import {
  ACTIVE_PBID,
  createFamily,
  familyBody,
  kelurahanOperator,
  officeWithStaff,
  personBody,
  population,
  type OfficeFixture,
} from './registry.test-helpers.js';

describe('registry: families, search, full records', () => {
  let t: TestApp;
  let a: OfficeFixture;
  let b: OfficeFixture;
  const pop = population('registry-test');
  const families = Array.from({ length: 4 }, () => pop.family());
  const created: { id: string; headPersonId: string; members: { id: string; nik: string }[] }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    a = await officeWithStaff(t);
    b = await officeWithStaff(t);
    for (const f of families.slice(0, 3)) created.push((await createFamily(t, a.as.bo, familyBody(f, ACTIVE_PBID))).family);
  });
  afterAll(async () => t?.close());

  const post = (url: string, who: { headers: Record<string, string> } | null, payload: object, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...(who?.headers ?? {}), ...extra }, payload });
  const get = (url: string, who: { headers: Record<string, string> } | null) => t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });

  it('records a family with its members, head and memberships', async () => {
    const f = created[0]!;
    expect(f.members).toHaveLength(families[0]!.members.length);
    expect(f.headPersonId).toBe(f.members[0]!.id);
    const res = await get(`/api/v1/registry/families/${f.id}`, a.as.bo);
    expect(res.statusCode).toBe(200);
    expect(res.json().members[0].membership).toMatchObject({ segment: 'PBI_DAERAH', status: 'active', careClass: 3 });
    expect(res.json().villageName).toBe(families[0]!.address.villageName);
  });

  it('refuses a KK address outside the office\'s regency, naming that regency', async () => {
    const palembang = population('registry-test-plg', '16.71').family();
    const res = await post('/api/v1/registry/families', a.as.bo, familyBody(palembang));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('DOMICILE_OUTSIDE_REGION');
    expect(res.json().error.message).toContain('KOTA PALEMBANG');
    const en = await post('/api/v1/registry/domicile/check', a.as.fo, { villageCode: palembang.address.villageCode }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(422);
    expect(en.json().error.message).toMatch(/outside KOTA PASURUAN/);
  });

  it('never uses the NIK\'s region as domicile: a Palembang-born NIK with a Pasuruan KK is served', async () => {
    const incomer = population('registry-test-plg2', '16.71').person({ minAge: 30, maxAge: 40 });
    const home = families[3]!;
    const body = familyBody(home);
    body.members = [{ ...personBody(incomer), relation: 'kepala_keluarga' }];
    const res = await post('/api/v1/registry/families', a.as.bo, body);
    expect(res.statusCode).toBe(201);
    expect(incomer.nik.startsWith('1671')).toBe(true);
  });

  it('validates NIKs with the entered birth date and sex, per member field', async () => {
    const f = pop.family();
    const body = familyBody(f);
    body.members[0] = { ...body.members[0]!, sex: body.members[0]!.sex === 'M' ? 'F' : 'M' };
    const res = await post('/api/v1/registry/families', a.as.bo, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('NIK_SEX_MISMATCH');
    expect(res.json().error.details[0].field).toBe('members.0.nik');
    const badKk = await post('/api/v1/registry/families', a.as.bo, { ...familyBody(f), kkNumber: '35750224021600' });
    expect(badKk.json().error.code).toBe('KK_FORMAT');
  });

  it('refuses a NIK already active in PBI Daerah with a pointer to the record', async () => {
    const existing = families[0]!.members[0]!;
    const res = await post('/api/v1/registry/duplicates/check', a.as.fo, { nik: existing.nik, name: existing.name, birthDate: existing.birthDate });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PERSON_ALREADY_ACTIVE');
    expect(res.json().error.details.personId).toBe(created[0]!.members[0]!.id);
    // The same NIK in office B is B's business: no refusal there.
    const inB = await post('/api/v1/registry/duplicates/check', b.as.fo, { nik: existing.nik, name: existing.name, birthDate: existing.birthDate });
    expect(inB.statusCode).toBe(200);
    expect(inB.json()).toEqual({ existing: null, warnings: [] });
  });

  it('warns about near-duplicates: same birth date, similar name, other NIK', async () => {
    // The longest name of the family, typed in capitals with one extra letter: a typical counter typo.
    const idx = families[1]!.members.reduce((best, m, i, all) => (m.name.length > all[best]!.name.length ? i : best), 0);
    const existing = families[1]!.members[idx]!;
    const twin = pop.person({ sex: existing.sex, minAge: 20, maxAge: 60 });
    const res = await post('/api/v1/registry/duplicates/check', a.as.fo, {
      nik: twin.nik, name: `${existing.name.toUpperCase()}H`, birthDate: existing.birthDate,
    });
    expect(res.statusCode).toBe(200);
    const w = res.json().warnings;
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'NEAR_DUPLICATE', personId: created[1]!.members.find((m) => m.nik === existing.nik)!.id });
    expect(w[0].nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    const other = await post('/api/v1/registry/duplicates/check', a.as.fo, { nik: twin.nik, name: 'Zzzzz Qqqqq', birthDate: existing.birthDate });
    expect(other.json().warnings).toEqual([]);
  });

  it('searches by NIK, KK and name with masked NIKs; NIK never in the URL', async () => {
    const f = families[0]!;
    const byNik = await post('/api/v1/registry/search', a.as.viewer, { nik: f.members[0]!.nik });
    expect(byNik.statusCode).toBe(200);
    const hit = byNik.json().results[0];
    expect(hit.nikMasked).toBe(`${f.members[0]!.nik.slice(0, 4)}••••••••${f.members[0]!.nik.slice(12)}`);
    expect(JSON.stringify(byNik.json())).not.toContain(f.members[0]!.nik);
    expect(hit).toMatchObject({ name: f.members[0]!.name, membershipStatus: 'active', villageCode: f.address.villageCode });
    const byKk = await post('/api/v1/registry/search', a.as.fo, { kk: f.kk });
    expect(byKk.json().results).toHaveLength(f.members.length);
    const word = f.members[0]!.name.split(' ')[0]!;
    const byName = await post('/api/v1/registry/search', a.as.fo, { name: word.toLowerCase(), limit: 1 });
    expect(byName.json().results[0].name.toLowerCase()).toContain(word.toLowerCase());
    const two = await post('/api/v1/registry/search', a.as.fo, { nik: f.members[0]!.nik, name: 'abc' });
    expect(two.statusCode).toBe(400);
    // The people of one kelurahan, alone or with a name; nobody of another village.
    const village = f.address.villageCode;
    const inVillage = await post('/api/v1/registry/search', a.as.fo, { villageCode: village, limit: 100 });
    expect(inVillage.statusCode).toBe(200);
    const expected = families.filter((x) => x.address.villageCode === village).flatMap((x) => x.members.map((m) => m.name)).sort();
    expect(inVillage.json().results.map((r: { name: string }) => r.name).sort()).toEqual(expected);
    const narrowed = await post('/api/v1/registry/search', a.as.fo, { villageCode: village, name: word });
    expect(narrowed.json().results.every((r: { villageCode: string; name: string }) => r.villageCode === village && r.name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    expect(narrowed.json().results.length).toBeGreaterThan(0);
    const bad = await post('/api/v1/registry/search', a.as.fo, { villageCode: '3575' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'villageCode' });
  });

  it('pages name search with a keyset cursor', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await post('/api/v1/registry/search', a.as.fo, { name: 'a', limit: 2, ...(cursor ? { cursor } : {}) });
      if (res.statusCode === 400) break; // single letters are refused (min 3)
      pages++;
      for (const r of res.json().results) seen.add(r.id);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(pages).toBe(0);
    const all: string[] = [];
    cursor = null;
    do {
      const res = await post('/api/v1/registry/search', a.as.fo, { name: 'ana', limit: 1, ...(cursor ? { cursor } : {}) });
      all.push(...res.json().results.map((r: { id: string }) => r.id));
      cursor = res.json().nextCursor;
    } while (cursor && all.length < 50);
    expect(new Set(all).size).toBe(all.length);
    expect((await post('/api/v1/registry/search', a.as.fo, { name: 'ana', cursor: 'garbage' })).json().error.code).toBe('CURSOR_INVALID');
  });

  it('opens a full record with the NIK and audits the read', async () => {
    const person = created[0]!.members[0]!;
    const res = await get(`/api/v1/registry/persons/${person.id}`, a.as.approver);
    expect(res.statusCode).toBe(200);
    expect(res.json().nik).toBe(families[0]!.members[0]!.nik);
    expect(res.json().history[0]).toMatchObject({ kind: 'person_registered', bpjsChange: null });
    expect(res.json().family.members[0].nikMasked).toMatch(/•/);
    const audit = await t.database.query<{ action: string; entity_id: string; chain: number }>(
      `SELECT action, entity_id, chain FROM audit_log WHERE action IN ('person.viewed', 'family.viewed') ORDER BY id`,
    );
    expect(audit.some((r) => r.action === 'person.viewed' && r.entity_id === person.id && r.chain === a.officeId)).toBe(true);
    expect(audit.some((r) => r.action === 'family.viewed' && r.entity_id === created[0]!.id)).toBe(true);
  });

  it('keeps offices apart: B gets 404 for A\'s records and finds none of A\'s people', async () => {
    const person = created[0]!.members[0]!;
    expect((await get(`/api/v1/registry/persons/${person.id}`, b.as.bo)).statusCode).toBe(404);
    expect((await get(`/api/v1/registry/families/${created[0]!.id}`, b.as.bo)).statusCode).toBe(404);
    expect((await post('/api/v1/registry/search', b.as.bo, { nik: families[0]!.members[0]!.nik })).json().results).toEqual([]);
    expect((await post('/api/v1/registry/search', b.as.bo, { kk: families[0]!.kk })).json().results).toEqual([]);
    expect((await post('/api/v1/registry/search', b.as.bo, { name: families[0]!.members[0]!.name })).json().results).toEqual([]);
  });

  it('limits kelurahan operators to their villages', async () => {
    const op = await kelurahanOperator(t, a.officeId, [families[0]!.address.villageCode]);
    expect((await get(`/api/v1/registry/persons/${created[0]!.members[0]!.id}`, op)).statusCode).toBe(200);
    const others = created.slice(1).filter((_, i) => families[i + 1]!.address.villageCode !== families[0]!.address.villageCode);
    for (const f of others) expect((await get(`/api/v1/registry/families/${f.id}`, op)).statusCode).toBe(404);
    const search = await post('/api/v1/registry/search', op, { name: 'a a' });
    expect(search.statusCode).toBe(200);
    for (const r of search.json().results) expect(r.villageCode).toBe(families[0]!.address.villageCode);
  });

  it('two officers recording the same family at once: one succeeds, the other gets a 409', async () => {
    const body = familyBody(pop.family());
    const [x, y] = await Promise.all([post('/api/v1/registry/families', a.as.bo, body), post('/api/v1/registry/families', a.as.fo, body)]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
  });

  it('answers 400, 401, 403 and 404 as documented', async () => {
    expect((await get('/api/v1/registry/persons/not-a-uuid', a.as.bo)).statusCode).toBe(400);
    expect((await get(`/api/v1/registry/persons/${created[0]!.id}`, null)).statusCode).toBe(401);
    expect((await get('/api/v1/registry/persons/00000000-0000-4000-8000-000000000000', a.as.bo)).statusCode).toBe(404);
    expect((await post('/api/v1/registry/families', a.as.viewer, familyBody(pop.family()))).statusCode).toBe(403);
    expect((await post('/api/v1/registry/search', null, { nik: '3575010101900001' })).statusCode).toBe(401);
    const kk = await post('/api/v1/registry/families', a.as.bo, familyBody(families[0]!));
    expect(kk.statusCode).toBe(409);
  });
});
