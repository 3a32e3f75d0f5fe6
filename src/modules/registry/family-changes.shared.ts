import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { invalid } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import type { BpjsChange, Relation } from './registry.codes.js';
import { insertEvent, type MembershipRow, type PersonRow } from './registry.repository.js';

/**
 * The office reports to BPJS only the memberships it pays for: PBI Daerah, active or on their way
 * (pending). Other segments' changes are recorded as history without a BPJS change.
 */
export function reportable(m: MembershipRow | undefined): boolean {
  return m !== undefined && m.segment === 'PBI_DAERAH' && (m.status === 'active' || m.status === 'pending');
}

export function bpjsIf(m: MembershipRow | undefined, change: BpjsChange): BpjsChange | null {
  return reportable(m) ? change : null;
}

export const isCurrent = (p: PersonRow) => p.left_family_date === null && p.death_date === null;

export const relationUnchangeable = () =>
  invalid('USE_HEAD_CHANGE', {
    id: 'Kepala keluarga diganti lewat perubahan kepala keluarga, bukan dengan menambah anggota.',
    en: 'The head of family is changed through a change of head, not by adding a member.',
  }, [{ field: 'person.relation', code: 'USE_HEAD_CHANGE' }]);

export const previousHeadRelationRequired = () =>
  invalid('PREVIOUS_HEAD_RELATION_REQUIRED', {
    id: 'Kepala keluarga lama tetap di KK: isi hubungannya dengan kepala keluarga baru (previousHeadRelation).',
    en: 'The former head stays on the KK: give their relation to the new head (previousHeadRelation).',
  }, [{ field: 'previousHeadRelation', code: 'PREVIOUS_HEAD_RELATION_REQUIRED' }]);

/**
 * Sets a member's relation to the head and records it; the relation is an e-Dabu identity field
 * (Hubkel), so a reportable membership yields an identity change.
 */
export async function changeRelation(
  scope: OfficeScope,
  tx: Executor,
  person: PersonRow,
  relation: Relation,
  m: MembershipRow | undefined,
  ctx: { familyId: string; kind: string; reason?: string | null; applicationId?: string | null },
): Promise<void> {
  if (person.relation === relation) return;
  await tx.execute(sql`UPDATE persons SET relation = ${relation}, updated_at = now() WHERE id = ${person.id}`);
  await insertEvent(scope, tx, {
    personId: person.id,
    membershipId: m?.id ?? null,
    familyId: ctx.familyId,
    kind: ctx.kind,
    before: { relation: person.relation },
    after: { relation },
    reason: ctx.reason ?? null,
    applicationId: ctx.applicationId ?? null,
    bpjsChange: bpjsIf(m, 'identity_change'),
  });
}

/** Age in whole years on `today` (ISO dates compare as strings). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
