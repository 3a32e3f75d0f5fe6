import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { checkDuplicates } from './duplicates.service.js';
import { familyRecordUnaudited } from './family.service.js';
import type { AddMemberInput, LeaveInput } from './family-changes.schema.js';
import { ageOn, bpjsIf, changeRelation, isCurrent, relationUnchangeable, reportable } from './family-changes.shared.js';
import { assertFaskes, assertPersonValid, insertPerson, todayIso } from './person-input.js';
import { endOfMonth } from './registry.codes.js';
import {
  dateInFuture,
  evidenceRequired,
  familyNotFound,
  headMustBeReplaced,
  notAMember,
  personExists,
  personLeft,
  personNotFound,
  isUniqueViolation,
  recordedConcurrently,
} from './registry.errors.js';
import { familyMembers, findFamily, findPerson, insertEvent, membershipsOf } from './registry.repository.js';

/** A child's identity document before the KTP at 17 (Permendagri 2/2016 on KIA). */
const CHILD_EVIDENCE = new Set(['kia', 'birth_certificate']);

/**
 * Adds a member to a family as the new KK shows it: a newborn (with KIA or birth certificate), a spouse, a
 * relative. A person recorded here earlier who left another KK moves in. With a PBI Daerah membership the
 * change BPJS must receive is "tambah anggota keluarga" (add_family_member).
 */
export async function addMember(scope: OfficeScope, familyId: string, input: AddMemberInput) {
  const p = input.person;
  if (p.relation === 'kepala_keluarga') throw relationUnchangeable();
  assertPersonValid('person.nik', p);
  if ((p.relation === 'anak' || p.relation === 'cucu') && ageOn(p.birthDate, todayIso()) < 17 && !CHILD_EVIDENCE.has(input.evidence.kind)) {
    throw evidenceRequired();
  }
  await assertFaskes(scope, scope.db, p.membership?.faskesId);
  const dup = await checkDuplicates(scope, { nik: p.nik, name: p.name, birthDate: p.birthDate });
  if (dup.existing && !dup.existing.left) throw personExists(dup.existing.personId, dup.existing.familyId);

  const addsToBpjs = p.membership?.segment === 'PBI_DAERAH' && p.membership.status !== 'inactive' ? 'add_family_member' : null;
  const evidence = { evidence: input.evidence.kind, ...(input.evidence.number ? { evidenceNumber: input.evidence.number } : {}) };
  await scope.mutate(async (tx, audit) => {
    const family = await findFamily(scope, tx, familyId, true);
    if (!family) throw familyNotFound();
    let personId: string;
    if (dup.existing) {
      // Someone who left another KK here (marriage, moving in with relatives) keeps their record and history.
      const before = await findPerson(scope, tx, dup.existing.personId, true);
      if (!before) throw personNotFound();
      if (before.death_date !== null) throw personLeft();
      personId = before.id;
      await tx.execute(sql`UPDATE persons SET family_id = ${familyId}, relation = ${p.relation}, left_family_date = NULL,
        left_reason = NULL, marital_status = COALESCE(${p.maritalStatus ?? null}, marital_status),
        phone = COALESCE(${p.phone ?? null}, phone), updated_at = now() WHERE id = ${personId}`);
      const m = p.membership;
      let membershipId: string | null = null;
      if (m) {
        const [row] = await execRows<{ id: string }>(tx, sql`
          INSERT INTO memberships (office_id, person_id, segment, status, card_number, faskes_id, effective_from)
          VALUES (${scope.officeId}, ${personId}, ${m.segment}, ${m.status}, ${m.cardNumber ?? null}, ${m.faskesId ?? null}, ${m.effectiveFrom ?? null}::date)
          ON CONFLICT (person_id) DO UPDATE SET segment = EXCLUDED.segment, status = EXCLUDED.status,
            card_number = COALESCE(EXCLUDED.card_number, memberships.card_number), faskes_id = COALESCE(EXCLUDED.faskes_id, memberships.faskes_id),
            effective_from = EXCLUDED.effective_from, effective_to = NULL, updated_at = now()
          RETURNING id`);
        membershipId = row!.id;
      }
      await insertEvent(scope, tx, {
        personId,
        membershipId,
        familyId,
        kind: 'member_added',
        before: { familyId: before.family_id, relation: before.relation, leftFamilyDate: before.left_family_date },
        after: { familyId, kkNumber: family.kk_number, relation: p.relation, ...(m ? { segment: m.segment, status: m.status } : {}), ...evidence },
        reason: input.reason ?? null,
        applicationId: input.applicationId ?? null,
        bpjsChange: m ? addsToBpjs : null,
      });
    } else {
      const inserted = await insertPerson(scope, tx, familyId, p, {
        kind: 'member_added',
        reason: input.reason ?? null,
        applicationId: input.applicationId ?? null,
        bpjsChange: addsToBpjs,
        extra: { kkNumber: family.kk_number, ...evidence },
      });
      personId = inserted.personId;
    }
    await audit({ action: 'family.member_added', entityType: 'person', entityId: personId, after: { familyId, relation: p.relation, ...evidence } });
  }).catch((err: unknown) => {
    throw isUniqueViolation(err) ? recordedConcurrently() : err;
  });
  return { family: await familyRecordUnaudited(scope, familyId), warnings: dup.warnings };
}

/**
 * A member leaves the KK. Moved away: a PBI Daerah membership ends at the end of the month
 * (e-Dabu kode 5, "non aktif akhir bulan"); died: it ends on the date of death (kode 6). When the head
 * leaves and others stay, the KK needs its new head in the same change.
 */
export async function memberLeaves(scope: OfficeScope, personId: string, input: LeaveInput) {
  const today = todayIso();
  if (input.date > today) throw dateInFuture('date');
  const familyId = await scope.mutate(async (tx, audit) => {
    const person = await findPerson(scope, tx, personId, true);
    if (!person) throw personNotFound();
    if (!isCurrent(person)) throw personLeft();
    const family = await findFamily(scope, tx, person.family_id, true);
    if (!family) throw personNotFound();
    const others = (await familyMembers(tx, family.id)).filter((m) => isCurrent(m) && m.id !== person.id);
    const memberships = await membershipsOf(tx, [person.id, ...others.map((o) => o.id)]);
    const ctx = { familyId: family.id, reason: input.note ?? null, applicationId: input.applicationId ?? null };

    if (family.head_person_id === person.id && others.length > 0) {
      if (input.newHeadPersonId === undefined) throw headMustBeReplaced();
      const next = others.find((o) => o.id === input.newHeadPersonId);
      if (!next) throw notAMember('newHeadPersonId');
      await changeRelation(scope, tx, next, 'kepala_keluarga', memberships.get(next.id), { ...ctx, kind: 'head_changed' });
      await tx.execute(sql`UPDATE families SET head_person_id = ${next.id}, updated_at = now() WHERE id = ${family.id}`);
    }

    const died = input.reason === 'died';
    await tx.execute(sql`UPDATE persons SET left_family_date = ${input.date}::date, left_reason = ${input.reason},
      death_date = ${died ? input.date : null}::date, updated_at = now() WHERE id = ${person.id}`);

    const m = memberships.get(person.id);
    // A late report still cannot end coverage in a month already paid for: month end of the later date.
    const effective = died ? input.date : endOfMonth(input.date > today ? input.date : today);
    // Death ends any membership still running; a move ends only the one this office pays for.
    const ends = m !== undefined && (reportable(m) || (died && m.status !== 'inactive'));
    if (ends && m) {
      await tx.execute(sql`UPDATE memberships SET status = 'inactive', effective_to = ${effective}::date, updated_at = now() WHERE id = ${m.id}`);
    }
    await insertEvent(scope, tx, {
      personId: person.id,
      membershipId: m?.id ?? null,
      familyId: family.id,
      kind: died ? 'member_died' : 'member_moved_away',
      before: { familyId: family.id, kkNumber: family.kk_number, ...(m ? { segment: m.segment, status: m.status } : {}) },
      after: { leftFamilyDate: input.date, ...(died ? { deathDate: input.date } : {}), ...(ends ? { status: 'inactive', effectiveTo: effective } : {}) },
      reason: input.note ?? null,
      applicationId: input.applicationId ?? null,
      bpjsChange: bpjsIf(m, died ? 'deactivate_death' : 'deactivate_month_end'),
      effectiveDate: ends ? effective : null,
    });
    await audit({ action: died ? 'person.died' : 'person.moved_away', entityType: 'person', entityId: person.id, after: { date: input.date } });
    return family.id;
  });
  return { family: await familyRecordUnaudited(scope, familyId) };
}
