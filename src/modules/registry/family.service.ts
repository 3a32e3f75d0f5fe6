import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import { invalid } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { checkKk, identityNumberInvalid } from '../identity/index.js';
import { checkDuplicates, type NearDuplicate } from './duplicates.service.js';
import { resolveDomicile } from './domicile.service.js';
import { assertFaskes, assertPersonValid, insertPerson } from './person-input.js';
import { kkExists, personExists, isUniqueViolation, recordedConcurrently } from './registry.errors.js';
import { familyMembers, findFamily, findFamilyIdByKk, membershipsOf } from './registry.repository.js';
import type { CreateFamilyInput } from './registry.schema.js';
import { familyOut, membershipOut, personCore } from './registry.views.js';

const oneHead = () =>
  invalid('FAMILY_HEAD_REQUIRED', {
    id: 'Satu KK harus punya tepat satu kepala keluarga (relation = kepala_keluarga).',
    en: 'A family card has exactly one head of family (relation = kepala_keluarga).',
  }, [{ field: 'members', code: 'FAMILY_HEAD_REQUIRED' }]);

const nikTwice = (i: number) =>
  invalid('NIK_REPEATED', { id: 'NIK yang sama dimasukkan dua kali.', en: 'The same NIK was entered twice.' }, [{ field: `members.${i}.nik`, code: 'NIK_REPEATED' }]);

export function assertKkValid(field: string, kk: string): void {
  const r = checkKk(kk);
  if (!r.valid) throw identityNumberInvalid(field, r.errors);
}

/**
 * Records a family as its KK shows it, with the members' current memberships as facts (no BPJS change:
 * enrolment changes come from applications and family changes). Refuses an address outside the office's
 * regency, a NIK already active in PBI Daerah or already in another family here, and a KK already here;
 * near-duplicates come back as warnings.
 */
export async function createFamily(scope: OfficeScope, input: CreateFamilyInput) {
  assertKkValid('kkNumber', input.kkNumber);
  const domicile = await resolveDomicile(scope, input.villageCode);
  if (input.members.filter((m) => m.relation === 'kepala_keluarga').length !== 1) throw oneHead();
  const seen = new Set<string>();
  input.members.forEach((m, i) => {
    assertPersonValid(`members.${i}.nik`, m);
    if (seen.has(m.nik)) throw nikTwice(i);
    seen.add(m.nik);
  });

  const warnings: NearDuplicate[] = [];
  for (const m of input.members) {
    const dup = await checkDuplicates(scope, { nik: m.nik, name: m.name, birthDate: m.birthDate });
    if (dup.existing) throw personExists(dup.existing.personId, dup.existing.familyId);
    warnings.push(...dup.warnings);
    await assertFaskes(scope, scope.db, m.membership?.faskesId);
  }

  const familyId = await scope.mutate(async (tx, audit) => {
    const existing = await findFamilyIdByKk(scope, tx, input.kkNumber);
    if (existing) throw kkExists(existing);
    const [family] = await execRows<{ id: string }>(tx, sql`
      INSERT INTO families (office_id, kk_number, address, rt, rw, village_code, district_code)
      VALUES (${scope.officeId}, ${input.kkNumber}, ${input.address}, ${input.rt ?? null}, ${input.rw ?? null},
              ${domicile.villageCode}, ${domicile.districtCode})
      RETURNING id`);
    const id = family!.id;
    let headId: string | null = null;
    for (const m of input.members) {
      const inserted = await insertPerson(scope, tx, id, m, { kind: 'person_registered', applicationId: input.applicationId ?? null });
      if (m.relation === 'kepala_keluarga') headId = inserted.personId;
    }
    await tx.execute(sql`UPDATE families SET head_person_id = ${headId} WHERE id = ${id}`);
    await audit({
      action: 'family.created',
      entityType: 'family',
      entityId: id,
      after: { villageCode: domicile.villageCode, members: input.members.length },
    });
    return id;
  }).catch((err: unknown) => {
    throw isUniqueViolation(err) ? recordedConcurrently() : err;
  });
  return { family: await familyRecordUnaudited(scope, familyId), warnings };
}

/** The family as its creator or changer just saw it: no separate audit row, the mutation has one. */
export async function familyRecordUnaudited(scope: OfficeScope, familyId: string) {
  const family = await findFamily(scope, scope.db, familyId);
  if (!family) throw new Error('family vanished after commit');
  const members = await familyMembers(scope.db, familyId);
  const memberships = await membershipsOf(scope.db, members.map((m) => m.id));
  return { ...familyOut(family), members: members.map((m) => ({ ...personCore(m), membership: membershipOut(memberships.get(m.id)) })) };
}
