import { and, eq, sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../../platform/db/client.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import type { BpjsChange, MaritalStatus, Relation } from '../../registry/registry.codes.js';
import { findFamilyIdByKk, insertEvent } from '../../registry/registry.repository.js';
import { insertPerson } from '../../registry/person-input.js';
import type { ServiceCode } from '../../standards/standard-service.schema.js';
import { applicationMembers, applications } from '../applications.tables.js';
import type { MemberRow } from '../applications.repository.js';
import type { CaseContext } from '../case-context.js';

/**
 * The application's side of the registry (issue 4): the persons of an application become registry
 * records at its entry step, and its hand-over to BPJS becomes the membership change rows the monthly
 * batch picks up (`membership_events.bpjs_change`, batch_id null). Everything runs in the caller's
 * transaction through the registry's own repository functions.
 */

/** The e-Dabu change each service asks BPJS for (reference/README.md: "Jenis Mutasi"). */
const BPJS_CHANGE: Record<ServiceCode, BpjsChange> = {
  new_registration: 'new',
  add_family_member: 'add_family_member',
  reactivation: 'new',
  segment_transfer: 'new',
  emergency: 'new',
  pbi_pemda_transfer: 'new',
  kis_proposal: 'new',
  termination: 'deactivate_month_end',
  deactivation_recommendation: 'deactivate_month_end',
  data_change_recommendation: 'identity_change',
};

export interface RegistryLink {
  familyId: string;
  personIds: string[];
}

/** Records the family (by its KK) and every person of the application that the registry lacks. */
export async function ensureRegistryRecords(scope: OfficeScope, tx: Executor, c: CaseContext, members: MemberRow[]): Promise<RegistryLink> {
  const fam = c.row.family;
  let familyId = await findFamilyIdByKk(scope, tx, fam.kkNumber);
  let created = false;
  if (!familyId) {
    // The village was validated at intake (resolveDomicile loads the regency's regions), so it exists.
    const [row] = await execRows<{ id: string }>(tx, sql`
      INSERT INTO families (office_id, kk_number, address, rt, rw, village_code, district_code)
      VALUES (${scope.officeId}, ${fam.kkNumber}, ${fam.address}, ${fam.rt ?? null}, ${fam.rw ?? null}, ${fam.villageCode},
              ${fam.villageCode.slice(0, 8)})
      RETURNING id`);
    familyId = row!.id;
    created = true;
  }
  const niks = members.map((m) => m.nik);
  const existing = await execRows<{ id: string; nik: string }>(tx, sql`
    SELECT id, nik FROM persons WHERE office_id = ${scope.officeId} AND nik IN (${sql.join(niks.map((n) => sql`${n}`), sql`, `)})`);
  const byNik = new Map(existing.map((p) => [p.nik, p.id]));
  const personIds: string[] = [];
  let headId: string | null = null;
  for (const m of members) {
    let personId = m.personId ?? byNik.get(m.nik) ?? null;
    if (!personId) {
      const inserted = await insertPerson(scope, tx, familyId, {
        nik: m.nik,
        name: m.name,
        birthPlace: m.birthPlace ?? undefined,
        birthDate: m.birthDate,
        sex: m.sex,
        relation: m.relation as Relation,
        maritalStatus: (m.maritalStatus ?? undefined) as MaritalStatus | undefined,
        phone: m.phone ?? undefined,
      }, { kind: 'person_registered', applicationId: c.row.id, reason: `Permohonan ${c.row.receiptNumber}` });
      personId = inserted.personId;
    }
    if (m.relation === 'kepala_keluarga') headId = personId;
    personIds.push(personId);
    if (m.personId !== personId) {
      await tx.update(applicationMembers).set({ personId }).where(eq(applicationMembers.id, m.id));
    }
  }
  if (created && headId) await tx.execute(sql`UPDATE families SET head_person_id = ${headId} WHERE id = ${familyId}`);
  await tx.update(applications).set({ familyId }).where(and(eq(applications.id, c.row.id), eq(applications.officeId, scope.officeId)));
  return { familyId, personIds };
}

/**
 * Hands the persons to the office's next BPJS batch: their membership becomes PBI Daerah (active at once
 * where the standard promises it, Pasuruan "Kepesertaan langsung aktif"; pending otherwise) and a change
 * row for BPJS is written. Emergencies carry `priority` so the batch puts them first (issue 7).
 */
export async function handToBpjsBatch(scope: OfficeScope, tx: Executor, c: CaseContext, members: MemberRow[]): Promise<number> {
  const link = await ensureRegistryRecords(scope, tx, c, members);
  const activeAtOnce = c.service.outcomes.includes('membership_active');
  const status = activeAtOnce ? 'active' : 'pending';
  const change = BPJS_CHANGE[c.service.code];
  const deactivation = change === 'deactivate_month_end';
  for (const personId of link.personIds) {
    const before = await execRows<{ id: string; segment: string; status: string }>(tx, sql`
      SELECT id, segment, status FROM memberships WHERE person_id = ${personId}`);
    const [membership] = deactivation
      ? await execRows<{ id: string }>(tx, sql`UPDATE memberships SET status = 'inactive', updated_at = now() WHERE person_id = ${personId} RETURNING id`)
      : await execRows<{ id: string }>(tx, sql`
        INSERT INTO memberships (office_id, person_id, segment, status, effective_from)
        VALUES (${scope.officeId}, ${personId}, 'PBI_DAERAH', ${status}, ${activeAtOnce ? sql`current_date` : null})
        ON CONFLICT (person_id) DO UPDATE SET segment = 'PBI_DAERAH', status = EXCLUDED.status,
          effective_from = COALESCE(EXCLUDED.effective_from, memberships.effective_from), effective_to = NULL, updated_at = now()
        RETURNING id`);
    await insertEvent(scope, tx, {
      personId,
      membershipId: membership?.id ?? null,
      familyId: link.familyId,
      kind: 'application_handed_to_bpjs',
      before: before[0] ? { segment: before[0].segment, status: before[0].status } : null,
      after: {
        segment: 'PBI_DAERAH',
        status: deactivation ? 'inactive' : status,
        applicationId: c.row.id,
        receiptNumber: c.row.receiptNumber,
        serviceCode: c.service.code,
        // No priority column exists on membership_events yet: the batch module reads this flag.
        priority: c.row.priority,
      },
      reason: `${c.service.name} (${c.row.receiptNumber})`,
      applicationId: c.row.id,
      bpjsChange: change,
    });
  }
  return link.personIds.length;
}
