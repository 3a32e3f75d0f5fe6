import { sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { maskNik } from '../identity/index.js';
import { personAlreadyActive } from './registry.errors.js';

/** Threshold of pg_trgm similarity for "probably the same person typed differently". */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;

export interface ExistingPerson {
  personId: string;
  familyId: string;
  left: boolean;
  membership: { segment: string; status: string } | null;
}

export interface NearDuplicate {
  code: 'NEAR_DUPLICATE';
  message: string;
  messageEn: string;
  personId: string;
  name: string;
  nikMasked: string;
  birthDate: string;
  similarity: number;
}

export interface DuplicateCheck {
  /** The person with this NIK in this office, when there is one (not active in PBI Daerah: that throws). */
  existing: ExistingPerson | null;
  /** Other people of this office born the same day with a similar name: shown, never blocking. */
  warnings: NearDuplicate[];
}

/**
 * Duplicate rules of the registry, for the applications module and the registry's own routes. A NIK
 * with an ACTIVE PBI Daerah membership here is refused (PERSON_ALREADY_ACTIVE, details.personId points
 * at the record); open applications of the same kind are the applications module's part.
 */
export async function checkDuplicates(
  scope: OfficeScope,
  input: { nik: string; name: string; birthDate: string },
  db: Executor = scope.db,
): Promise<DuplicateCheck> {
  const found = await execRows<{ id: string; family_id: string; left: boolean; segment: string | null; status: string | null }>(db, sql`
    SELECT p.id, p.family_id, (p.left_family_date IS NOT NULL OR p.death_date IS NOT NULL) AS left, m.segment, m.status
      FROM persons p LEFT JOIN memberships m ON m.person_id = p.id
     WHERE p.office_id = ${scope.officeId} AND p.nik = ${input.nik}`);
  const row = found[0];
  if (row && row.segment === 'PBI_DAERAH' && row.status === 'active') throw personAlreadyActive(row.id);
  const existing: ExistingPerson | null = row
    ? { personId: row.id, familyId: row.family_id, left: row.left, membership: row.segment ? { segment: row.segment, status: row.status! } : null }
    : null;
  return { existing, warnings: await nearDuplicates(scope, input, db) };
}

/** Same birth date (an index probe of ≈30 rows per million), then trigram similarity of the name. */
export async function nearDuplicates(
  scope: OfficeScope,
  input: { nik: string; name: string; birthDate: string },
  db: Executor = scope.db,
): Promise<NearDuplicate[]> {
  const rows = await execRows<{ id: string; name: string; nik: string; birth_date: string; sim: number }>(db, sql`
    SELECT id, name, nik, birth_date::text AS birth_date, similarity(name, ${input.name}) AS sim
      FROM persons
     WHERE office_id = ${scope.officeId} AND birth_date = ${input.birthDate}::date AND nik <> ${input.nik}
       AND similarity(name, ${input.name}) > ${NEAR_DUPLICATE_SIMILARITY}
     ORDER BY sim DESC, id LIMIT 10`);
  return rows.map((r) => {
    const masked = maskNik(r.nik);
    return {
      code: 'NEAR_DUPLICATE' as const,
      message: `Mungkin orang yang sama: ${r.name} (NIK ${masked}), lahir pada tanggal yang sama, sudah tercatat. Periksa sebelum melanjutkan.`,
      messageEn: `Possibly the same person: ${r.name} (NIK ${masked}), born the same day, is already recorded. Check before going on.`,
      personId: r.id,
      name: r.name,
      nikMasked: masked,
      birthDate: r.birth_date,
      similarity: Math.round(Number(r.sim) * 100) / 100,
    };
  });
}
