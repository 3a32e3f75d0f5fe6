import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import { invalid } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { resolveDomicile, type Domicile } from './domicile.service.js';
import { assertKkValid, familyRecordUnaudited } from './family.service.js';
import type { HeadChangeInput, KkChangeInput } from './family-changes.schema.js';
import { bpjsIf, changeRelation, isCurrent, previousHeadRelationRequired } from './family-changes.shared.js';
import { assertFaskes } from './person-input.js';
import type { Relation } from './registry.codes.js';
import { familyNotFound, kkExists, noMembership, notAMember, personNotFound, isUniqueViolation, recordedConcurrently } from './registry.errors.js';
import { familyMembers, findFamily, findFamilyIdByKk, findPerson, insertEvent, membershipsOf } from './registry.repository.js';

const sameKk = () =>
  invalid('KK_UNCHANGED', { id: 'Nomor KK baru sama dengan yang lama.', en: 'The new KK number is the current one.' }, [{ field: 'newKkNumber', code: 'KK_UNCHANGED' }]);
const addressRequired = () =>
  invalid('ADDRESS_REQUIRED', {
    id: 'Pindah alamat: isi alamat dan kode desa/kelurahan yang baru.',
    en: 'A move needs the new address and village code.',
  }, [{ field: 'villageCode', code: 'ADDRESS_REQUIRED' }]);
const newHeadRequired = () =>
  invalid('NEW_HEAD_REQUIRED', {
    id: 'KK baru hasil pecah KK perlu kepala keluarga (headPersonId) dari anggota yang pindah.',
    en: 'The new KK from a split needs a head (headPersonId) among the members who move.',
  }, [{ field: 'headPersonId', code: 'NEW_HEAD_REQUIRED' }]);

/**
 * A new KK number: the whole family (reissued card, or a move within the regency) or some members
 * (pecah KK: a split). The KK number is an e-Dabu identity field, the address its own change type, so a
 * reportable membership yields identity_change, plus address_change when the address moved. A move out
 * of the regency is not this: it is a member leaving (DOMICILE_OUTSIDE_REGION here says so).
 */
export async function changeKk(scope: OfficeScope, familyId: string, input: KkChangeInput) {
  assertKkValid('newKkNumber', input.newKkNumber);
  if (input.reason === 'moved' && input.villageCode === undefined) throw addressRequired();
  const domicile: Domicile | null = input.villageCode !== undefined ? await resolveDomicile(scope, input.villageCode) : null;

  const targetId = await scope.mutate(async (tx, audit) => {
    const family = await findFamily(scope, tx, familyId, true);
    if (!family) throw familyNotFound();
    if (family.kk_number === input.newKkNumber) throw sameKk();
    const taken = await findFamilyIdByKk(scope, tx, input.newKkNumber);
    if (taken) throw kkExists(taken);

    const current = (await familyMembers(tx, family.id)).filter(isCurrent);
    const byId = new Map(current.map((p) => [p.id, p]));
    const movers: { personId: string; relation?: Relation }[] = input.members ?? current.map((p) => ({ personId: p.id }));
    movers.forEach((m, i) => {
      if (!byId.has(m.personId)) throw notAMember(`members.${i}.personId`);
    });
    const whole = new Set(movers.map((m) => m.personId)).size === current.length;
    const memberships = await membershipsOf(tx, current.map((p) => p.id));
    const next = {
      address: input.address ?? family.address,
      rt: input.address !== undefined ? (input.rt ?? null) : (input.rt ?? family.rt),
      rw: input.address !== undefined ? (input.rw ?? null) : (input.rw ?? family.rw),
      villageCode: domicile?.villageCode ?? family.village_code,
      districtCode: domicile?.districtCode ?? family.district_code,
    };
    const addressChanged =
      next.address !== family.address || next.rt !== family.rt || next.rw !== family.rw || next.villageCode !== family.village_code;
    const ctx = { reason: input.note ?? null, applicationId: input.applicationId ?? null };

    let target = family.id;
    let newHeadId: string | undefined;
    if (whole) {
      await tx.execute(sql`UPDATE families SET kk_number = ${input.newKkNumber}, address = ${next.address}, rt = ${next.rt}, rw = ${next.rw},
        village_code = ${next.villageCode}, district_code = ${next.districtCode}, updated_at = now() WHERE id = ${family.id}`);
    } else {
      const headId = input.headPersonId ?? (movers.length === 1 ? movers[0]!.personId : undefined);
      if (headId === undefined || !movers.some((m) => m.personId === headId)) throw newHeadRequired();
      newHeadId = headId;
      const [created] = await execRows<{ id: string }>(tx, sql`
        INSERT INTO families (office_id, kk_number, address, rt, rw, village_code, district_code, head_person_id)
        VALUES (${scope.officeId}, ${input.newKkNumber}, ${next.address}, ${next.rt}, ${next.rw}, ${next.villageCode}, ${next.districtCode}, ${headId})
        RETURNING id`);
      target = created!.id;
      const moverIds = movers.map((m) => sql`${m.personId}::uuid`);
      await tx.execute(sql`UPDATE persons SET family_id = ${target}, updated_at = now() WHERE id IN (${sql.join(moverIds, sql`, `)})`);
      // The old KK keeps a head: the one named, when its head left with the movers.
      if (family.head_person_id !== null && movers.some((m) => m.personId === family.head_person_id)) {
        const stays = current.filter((p) => !movers.some((m) => m.personId === p.id));
        const heir = stays.find((p) => p.id === input.remainingHeadPersonId);
        if (!heir) throw notAMember('remainingHeadPersonId');
        await changeRelation(scope, tx, heir, 'kepala_keluarga', memberships.get(heir.id), { ...ctx, familyId: family.id, kind: 'head_changed' });
        await tx.execute(sql`UPDATE families SET head_person_id = ${heir.id}, updated_at = now() WHERE id = ${family.id}`);
      }
      const head = byId.get(headId)!;
      await changeRelation(scope, tx, head, 'kepala_keluarga', memberships.get(headId), { ...ctx, familyId: target, kind: 'head_changed' });
    }

    for (const mover of movers) {
      const person = byId.get(mover.personId)!;
      const m = memberships.get(person.id);
      if (mover.relation !== undefined && mover.personId !== newHeadId) {
        await changeRelation(scope, tx, person, mover.relation, m, { ...ctx, familyId: target, kind: 'relation_changed' });
      }
      await insertEvent(scope, tx, {
        personId: person.id, membershipId: m?.id ?? null, familyId: target, kind: 'kk_changed',
        before: { familyId: family.id, kkNumber: family.kk_number },
        after: { familyId: target, kkNumber: input.newKkNumber, cause: input.reason },
        ...ctx, bpjsChange: bpjsIf(m, 'identity_change'),
      });
      if (addressChanged) {
        await insertEvent(scope, tx, {
          personId: person.id, membershipId: m?.id ?? null, familyId: target, kind: 'address_changed',
          before: { address: family.address, rt: family.rt, rw: family.rw, villageCode: family.village_code },
          after: { address: next.address, rt: next.rt, rw: next.rw, villageCode: next.villageCode },
          ...ctx, bpjsChange: bpjsIf(m, 'address_change'),
        });
      }
    }
    await audit({
      action: 'family.kk_changed', entityType: 'family', entityId: family.id,
      before: { kkNumber: family.kk_number }, after: { kkNumber: input.newKkNumber, familyId: target, reason: input.reason, members: movers.length },
    });
    return target;
  }).catch((err: unknown) => {
    throw isUniqueViolation(err) ? recordedConcurrently() : err;
  });
  return { family: await familyRecordUnaudited(scope, targetId) };
}

/** Change of head of family (e.g. after a divorce or when the head moves to care for a parent). */
export async function changeHead(scope: OfficeScope, familyId: string, input: HeadChangeInput) {
  await scope.mutate(async (tx, audit) => {
    const family = await findFamily(scope, tx, familyId, true);
    if (!family) throw familyNotFound();
    const current = (await familyMembers(tx, family.id)).filter(isCurrent);
    const next = current.find((p) => p.id === input.personId);
    if (!next || next.id === family.head_person_id) throw notAMember('personId');
    const memberships = await membershipsOf(tx, current.map((p) => p.id));
    const ctx = { familyId: family.id, kind: 'head_changed', reason: input.note ?? null, applicationId: input.applicationId ?? null };
    const former = current.find((p) => p.id === family.head_person_id);
    if (former) {
      if (input.previousHeadRelation === undefined || input.previousHeadRelation === 'kepala_keluarga') throw previousHeadRelationRequired();
      await changeRelation(scope, tx, former, input.previousHeadRelation, memberships.get(former.id), ctx);
    }
    await changeRelation(scope, tx, next, 'kepala_keluarga', memberships.get(next.id), ctx);
    await tx.execute(sql`UPDATE families SET head_person_id = ${next.id}, updated_at = now() WHERE id = ${family.id}`);
    await audit({ action: 'family.head_changed', entityType: 'family', entityId: family.id, before: { head: family.head_person_id }, after: { head: next.id } });
  });
  return { family: await familyRecordUnaudited(scope, familyId) };
}

/** Picks the member's first-level facility (FKTP) from the office's list. */
export async function setFaskes(scope: OfficeScope, personId: string, faskesId: string) {
  await scope.mutate(async (tx, audit) => {
    const person = await findPerson(scope, tx, personId, true);
    // The person first: another office's person is "not found", whatever facility was sent.
    if (!person) throw personNotFound();
    await assertFaskes(scope, tx, faskesId);
    const m = (await membershipsOf(tx, [person.id])).get(person.id);
    if (!m) throw noMembership();
    if (m.faskes_id === faskesId) return;
    await tx.execute(sql`UPDATE memberships SET faskes_id = ${faskesId}, updated_at = now() WHERE id = ${m.id}`);
    await insertEvent(scope, tx, {
      personId: person.id, membershipId: m.id, familyId: person.family_id, kind: 'faskes_changed',
      before: { faskesId: m.faskes_id, faskesCode: m.faskes_code }, after: { faskesId },
    });
    await audit({ action: 'membership.faskes_changed', entityType: 'person', entityId: person.id, before: { faskesId: m.faskes_id }, after: { faskesId } });
  });
  const m = (await membershipsOf(scope.db, [personId])).get(personId);
  return { personId, faskes: m?.faskes_id ? { id: m.faskes_id, code: m.faskes_code ?? '', name: m.faskes_name ?? '' } : null };
}
