import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { endOfMonth } from './registry.codes.js';
import { todayIso } from './person-input.js';
import { ACTIVE_PBID, createFamily, familyBody, officeWithStaff, personBody, population, type OfficeFixture } from './registry.test-helpers.js';

interface EventRow {
  person_id: string;
  kind: string;
  bpjs_change: string | null;
  effective_date: string | null;
  batch_id: string | null;
}

describe('family changes follow the KK and yield BPJS changes', () => {
  let t: TestApp;
  let a: OfficeFixture;
  let b: OfficeFixture;
  const pop = population('family-changes');

  beforeAll(async () => {
    t = await createTestApp();
    a = await officeWithStaff(t);
    b = await officeWithStaff(t);
  });
  afterAll(async () => t?.close());

  const post = (url: string, who: { headers: Record<string, string> }, payload: object) => t.app.inject({ method: 'POST', url, headers: who.headers, payload });
  const eventsOf = (personId: string) =>
    t.database.query<EventRow>(
      `SELECT person_id, kind, bpjs_change, effective_date::text AS effective_date, batch_id FROM membership_events WHERE person_id = $1 ORDER BY id`,
      [personId],
    );
  /** What the batches module will pick: changes not yet in a batch. */
  const unbatched = (officeId: number) =>
    t.database.query<EventRow>(
      `SELECT person_id, kind, bpjs_change, effective_date::text AS effective_date, batch_id FROM membership_events
        WHERE office_id = $1 AND bpjs_change IS NOT NULL AND batch_id IS NULL ORDER BY id`,
      [officeId],
    );

  /** A family of at least three (head, spouse, child) with active PBI Daerah memberships. */
  async function bigFamily() {
    for (;;) {
      const f = pop.family();
      if (f.members.length >= 3 && f.members[1]!.relation !== 'ANAK') return { synthetic: f, ...(await createFamily(t, a.as.bo, familyBody(f, ACTIVE_PBID))).family };
    }
  }

  it('adds a newborn with a birth certificate: add_family_member, ready for a batch', async () => {
    const fam = await bigFamily();
    const baby = pop.person({ minAge: 0, maxAge: 0, relation: 'ANAK', maritalStatus: 'BELUM KAWIN' });
    const noDoc = await post(`/api/v1/registry/families/${fam.id}/members`, a.as.bo, {
      person: personBody(baby, { segment: 'PBI_DAERAH', status: 'pending' }), evidence: { kind: 'ktp' },
    });
    expect(noDoc.statusCode).toBe(400);
    expect(noDoc.json().error.code).toBe('EVIDENCE_REQUIRED');
    const res = await post(`/api/v1/registry/families/${fam.id}/members`, a.as.bo, {
      person: personBody(baby, { segment: 'PBI_DAERAH', status: 'pending' }), evidence: { kind: 'birth_certificate', number: '3575-LT-01012026-0001' },
    });
    expect(res.statusCode).toBe(201);
    const added = res.json().family.members.find((m: { nik: string }) => m.nik === baby.nik);
    expect(added.membership).toMatchObject({ segment: 'PBI_DAERAH', status: 'pending' });
    const ev = await eventsOf(added.id);
    expect(ev).toEqual([expect.objectContaining({ kind: 'member_added', bpjs_change: 'add_family_member', batch_id: null })]);
    expect((await unbatched(a.officeId)).some((e) => e.person_id === added.id)).toBe(true);
    // Office B cannot add to A's family.
    const other = pop.person({ minAge: 20, maxAge: 30 });
    expect((await post(`/api/v1/registry/families/${fam.id}/members`, b.as.bo, { person: { ...personBody(other), relation: 'istri' }, evidence: { kind: 'kk' } })).statusCode).toBe(404);
  });

  it('a member who moved away is deactivated at the end of the month', async () => {
    const fam = await bigFamily();
    const child = fam.members[fam.members.length - 1]!;
    const date = todayIso();
    const res = await post(`/api/v1/registry/persons/${child.id}/leave`, a.as.bo, { reason: 'moved_away', date });
    expect(res.statusCode).toBe(200);
    const ev = (await eventsOf(child.id)).at(-1)!;
    expect(ev).toMatchObject({ kind: 'member_moved_away', bpjs_change: 'deactivate_month_end', effective_date: endOfMonth(date) });
    const again = await post(`/api/v1/registry/persons/${child.id}/leave`, a.as.bo, { reason: 'moved_away', date });
    expect(again.statusCode).toBe(409);
    const future = await post(`/api/v1/registry/persons/${fam.members[1]!.id}/leave`, a.as.bo, { reason: 'died', date: '2999-01-01' });
    expect(future.json().error.code).toBe('DATE_IN_FUTURE');
  });

  it('a head who died needs a successor; the death yields deactivate_death on the date of death', async () => {
    const fam = await bigFamily();
    const head = fam.members.find((m) => m.id === fam.headPersonId)!;
    const spouse = fam.members.find((m) => m.id !== head.id && m.relation !== 'anak')!;
    const date = '2026-01-15';
    const missing = await post(`/api/v1/registry/persons/${head.id}/leave`, a.as.bo, { reason: 'died', date });
    expect(missing.json().error.code).toBe('HEAD_MUST_BE_REPLACED');
    const res = await post(`/api/v1/registry/persons/${head.id}/leave`, a.as.bo, { reason: 'died', date, newHeadPersonId: spouse.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().family.headPersonId).toBe(spouse.id);
    expect((await eventsOf(head.id)).at(-1)).toMatchObject({ kind: 'member_died', bpjs_change: 'deactivate_death', effective_date: date });
    expect((await eventsOf(spouse.id)).at(-1)).toMatchObject({ kind: 'head_changed', bpjs_change: 'identity_change' });
    const record = await t.app.inject({ method: 'GET', url: `/api/v1/registry/persons/${head.id}`, headers: a.as.bo.headers });
    expect(record.json()).toMatchObject({ deathDate: date, membership: { status: 'inactive', effectiveTo: date } });
  });

  it('a split gives the movers a new KK and identity changes; the address change is its own change', async () => {
    const fam = await bigFamily();
    const mover = fam.members[fam.members.length - 1]!;
    const newKk = pop.family().kk;
    const res = await post(`/api/v1/registry/families/${fam.id}/kk-change`, a.as.bo, {
      newKkNumber: newKk, reason: 'split', members: [{ personId: mover.id }], address: 'Jl. Baru No. 1', rt: '001', rw: '002',
      villageCode: fam.synthetic.address.villageCode,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().family).toMatchObject({ kkNumber: newKk, headPersonId: mover.id, address: 'Jl. Baru No. 1' });
    const kinds = (await eventsOf(mover.id)).map((e) => [e.kind, e.bpjs_change]);
    expect(kinds).toContainEqual(['kk_changed', 'identity_change']);
    expect(kinds).toContainEqual(['address_changed', 'address_change']);
    expect(kinds).toContainEqual(['head_changed', 'identity_change']);
    const old = await t.app.inject({ method: 'GET', url: `/api/v1/registry/families/${fam.id}`, headers: a.as.bo.headers });
    expect(old.json().members.map((m: { id: string }) => m.id)).not.toContain(mover.id);
    const taken = await post(`/api/v1/registry/families/${fam.id}/kk-change`, a.as.bo, { newKkNumber: newKk, reason: 'reissued' });
    expect(taken.json().error.code).toBe('KK_EXISTS');
  });

  it('a reissued KK for the whole family: same family record, an identity change per member, no address change', async () => {
    const fam = await bigFamily();
    const newKk = pop.family().kk;
    const res = await post(`/api/v1/registry/families/${fam.id}/kk-change`, a.as.bo, { newKkNumber: newKk, reason: 'reissued' });
    expect(res.statusCode).toBe(200);
    expect(res.json().family).toMatchObject({ id: fam.id, kkNumber: newKk, headPersonId: fam.headPersonId });
    for (const m of fam.members) {
      const changes = (await eventsOf(m.id)).map((e) => e.bpjs_change).filter((c) => c !== null);
      expect(changes).toEqual(['identity_change']);
    }
    const bad = await post(`/api/v1/registry/families/${fam.id}/kk-change`, a.as.bo, { newKkNumber: '3575014101900002', reason: 'reissued' });
    expect(bad.json().error.code).toBe('KK_DATE_INVALID');
  });

  it('a move out of the regency is refused as a KK change (it is a member leaving)', async () => {
    const fam = await bigFamily();
    const palembang = population('family-changes-plg', '16.71').family();
    const res = await post(`/api/v1/registry/families/${fam.id}/kk-change`, a.as.bo, {
      newKkNumber: palembang.kk, reason: 'moved', address: palembang.address.street, villageCode: palembang.address.villageCode,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('DOMICILE_OUTSIDE_REGION');
  });

  it('changes the head of family with both relations recorded', async () => {
    const fam = await bigFamily();
    const next = fam.members.find((m) => m.id !== fam.headPersonId)!;
    const noRel = await post(`/api/v1/registry/families/${fam.id}/head`, a.as.bo, { personId: next.id });
    expect(noRel.json().error.code).toBe('PREVIOUS_HEAD_RELATION_REQUIRED');
    const res = await post(`/api/v1/registry/families/${fam.id}/head`, a.as.bo, { personId: next.id, previousHeadRelation: 'suami' });
    expect(res.statusCode).toBe(200);
    const members = res.json().family.members as { id: string; relation: string }[];
    expect(members.find((m) => m.id === next.id)!.relation).toBe('kepala_keluarga');
    expect(members.find((m) => m.id === fam.headPersonId)!.relation).toBe('suami');
    expect((await eventsOf(next.id)).at(-1)).toMatchObject({ kind: 'head_changed', bpjs_change: 'identity_change' });
  });

  it('only back office and office admins change families', async () => {
    const fam = await bigFamily();
    for (const who of [a.as.fo, a.as.viewer, a.as.approver]) {
      expect((await post(`/api/v1/registry/families/${fam.id}/head`, who, { personId: fam.members[1]!.id, previousHeadRelation: 'suami' })).statusCode).toBe(403);
    }
    const unknown = await post('/api/v1/registry/persons/00000000-0000-4000-8000-000000000000/leave', a.as.bo, { reason: 'died', date: '2026-01-01' });
    expect(unknown.statusCode).toBe(404);
  });

  it('a member without PBI Daerah gets history but no BPJS change', async () => {
    const f = pop.family();
    const fam = (await createFamily(t, a.as.bo, familyBody(f, { segment: 'PBPU', status: 'active' }))).family;
    const last = fam.members[fam.members.length - 1]!;
    if (last.id === fam.headPersonId) return;
    await post(`/api/v1/registry/persons/${last.id}/leave`, a.as.bo, { reason: 'moved_away', date: todayIso() });
    expect((await eventsOf(last.id)).at(-1)).toMatchObject({ kind: 'member_moved_away', bpjs_change: null });
  });
});
