import { sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { checkNik, identityNumberInvalid } from '../identity/index.js';
import { findFaskes } from '../faskes/faskes.repository.js';
import { dateInFuture, faskesUnknown } from './registry.errors.js';
import { insertEvent } from './registry.repository.js';
import type { BpjsChange } from './registry.codes.js';
import type { PersonInput } from './registry.schema.js';

/** Today's date in Indonesia's easternmost zone (WIT), so no Indonesian "today" counts as the future. */
export function todayIso(now = Date.now()): string {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** NIK rules with the entered birth date and sex: every issue is reported on `field`. */
export function assertPersonValid(field: string, input: Pick<PersonInput, 'nik' | 'birthDate' | 'sex'>): void {
  const r = checkNik(input.nik, { birthDate: input.birthDate, sex: input.sex });
  if (!r.valid) throw identityNumberInvalid(field, r.errors);
  if (input.birthDate > todayIso()) throw dateInFuture(field.replace(/nik$/, 'birthDate'));
}

export async function assertFaskes(scope: OfficeScope, db: Executor, faskesId: string | undefined): Promise<void> {
  if (faskesId === undefined) return;
  const f = await findFaskes(scope, db, faskesId);
  if (!f || !f.active) throw faskesUnknown();
}

export interface InsertedPerson {
  personId: string;
  membershipId: string | null;
}

/**
 * Inserts a person into a family, with their membership when given, and the history row that says why.
 * `bpjsChange` is what BPJS must receive because of it (null when the record only states existing facts).
 */
export async function insertPerson(
  scope: OfficeScope,
  tx: Executor,
  familyId: string,
  input: PersonInput,
  history: { kind: string; reason?: string | null; applicationId?: string | null; bpjsChange?: BpjsChange | null; extra?: Record<string, unknown> },
): Promise<InsertedPerson> {
  const [person] = await execRows<{ id: string }>(tx, sql`
    INSERT INTO persons (office_id, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation, phone)
    VALUES (${scope.officeId}, ${familyId}, ${input.nik}, ${input.name}, ${input.birthPlace ?? null}, ${input.birthDate}::date,
            ${input.sex}, ${input.maritalStatus ?? null}, ${input.relation}, ${input.phone ?? null})
    RETURNING id`);
  const personId = person!.id;
  let membershipId: string | null = null;
  const m = input.membership;
  if (m) {
    const [row] = await execRows<{ id: string }>(tx, sql`
      INSERT INTO memberships (office_id, person_id, segment, status, card_number, faskes_id, effective_from)
      VALUES (${scope.officeId}, ${personId}, ${m.segment}, ${m.status}, ${m.cardNumber ?? null}, ${m.faskesId ?? null},
              ${m.effectiveFrom ?? null}::date)
      RETURNING id`);
    membershipId = row!.id;
  }
  await insertEvent(scope, tx, {
    personId,
    membershipId,
    familyId,
    kind: history.kind,
    after: {
      nik: input.nik,
      name: input.name,
      relation: input.relation,
      ...(m ? { segment: m.segment, status: m.status } : {}),
      ...history.extra,
    },
    reason: history.reason ?? null,
    applicationId: history.applicationId ?? null,
    bpjsChange: m ? (history.bpjsChange ?? null) : null,
    effectiveDate: m?.effectiveFrom ?? null,
  });
  return { personId, membershipId };
}
