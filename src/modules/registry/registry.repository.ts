import { sql, type SQL } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import type { BpjsChange } from './registry.codes.js';

/**
 * Reads of the registry. Raw SQL because they join four tables and cast dates to text (node-postgres would
 * turn a `date` into a local-midnight Date, a day off east of UTC). Every query is limited to the scope's
 * office, and, for kelurahan operators, to their villages.
 */

export interface ListRow {
  id: string;
  nik: string;
  name: string;
  birth_date: string;
  sex: 'M' | 'F';
  family_id: string;
  village_code: string;
  village_name: string | null;
  segment: string | null;
  status: string | null;
  left: boolean;
}

/** `AND f.village_code IN (…)` for kelurahan operators; nothing for everyone else. */
export function villageFilter(scope: OfficeScope, column: SQL = sql`f.village_code`): SQL {
  const codes = scope.kelurahanCodes;
  if (codes === null) return sql``;
  if (codes.length === 0) return sql` AND false`;
  return sql` AND ${column} IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`;
}

const LIST_COLUMNS = sql`
  p.id, p.nik, p.name, p.birth_date::text AS birth_date, p.sex, p.family_id, f.village_code, r.name AS village_name,
  m.segment, m.status, (p.left_family_date IS NOT NULL OR p.death_date IS NOT NULL) AS left
  FROM persons p
  JOIN families f ON f.id = p.family_id
  LEFT JOIN regions r ON r.code = f.village_code
  LEFT JOIN memberships m ON m.person_id = p.id`;

export async function searchByNik(scope: OfficeScope, nik: string): Promise<ListRow[]> {
  return execRows<ListRow>(scope.db, sql`SELECT ${LIST_COLUMNS}
    WHERE p.office_id = ${scope.officeId} AND p.nik = ${nik}${villageFilter(scope)}`);
}

export async function searchByKk(scope: OfficeScope, kk: string, limit: number): Promise<ListRow[]> {
  return execRows<ListRow>(scope.db, sql`SELECT ${LIST_COLUMNS}
    WHERE p.office_id = ${scope.officeId} AND f.office_id = ${scope.officeId} AND f.kk_number = ${kk}${villageFilter(scope)}
    ORDER BY p.birth_date, p.id LIMIT ${limit}`);
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word of the query must occur in the name (ILIKE: the trigram index serves rare words). Results come in
 * (birth date, id) order with a keyset cursor, walking persons_office_birth_name_idx: see registry.tables.ts
 * for why not name order. The page's ids are found first from the index alone (an index-only scan can test
 * the name without reading the table), then only those rows are joined; kelurahan operators need the
 * family's village in the filter, so their search filters the joined rows.
 */
export async function searchByName(
  scope: OfficeScope,
  words: string[],
  limit: number,
  after?: { birthDate: string; id: string },
  villageCode?: string,
): Promise<ListRow[]> {
  const conditions = sql.join([
    ...words.map((w) => sql` AND p.name ILIKE ${`%${likeEscape(w)}%`}`),
    ...(villageCode ? [sql` AND p.family_id IN (SELECT v.id FROM families v WHERE v.office_id = ${scope.officeId} AND v.village_code = ${villageCode})`] : []),
  ], sql``);
  const keyset = after ? sql` AND (p.birth_date, p.id) > (${after.birthDate}::date, ${after.id}::uuid)` : sql``;
  if (scope.kelurahanCodes !== null) {
    return execRows<ListRow>(scope.db, sql`SELECT ${LIST_COLUMNS}
      WHERE p.office_id = ${scope.officeId}${conditions}${keyset}${villageFilter(scope)}
      ORDER BY p.birth_date, p.id LIMIT ${limit}`);
  }
  return execRows<ListRow>(scope.db, sql`SELECT ${LIST_COLUMNS}
    JOIN (SELECT p.id FROM persons p WHERE p.office_id = ${scope.officeId}${conditions}${keyset}
          ORDER BY p.birth_date, p.id LIMIT ${limit}) page ON page.id = p.id
    ORDER BY p.birth_date, p.id`);
}

export interface PersonRow {
  id: string;
  family_id: string;
  nik: string;
  name: string;
  birth_place: string | null;
  birth_date: string;
  sex: 'M' | 'F';
  marital_status: string | null;
  relation: string;
  phone: string | null;
  death_date: string | null;
  left_family_date: string | null;
  left_reason: string | null;
}

const PERSON_COLUMNS = sql`p.id, p.family_id, p.nik, p.name, p.birth_place, p.birth_date::text AS birth_date, p.sex,
  p.marital_status, p.relation, p.phone, p.death_date::text AS death_date, p.left_family_date::text AS left_family_date,
  p.left_reason`;

/** One person of this office (and of the operator's villages), locked when `forUpdate`. */
export async function findPerson(scope: OfficeScope, db: Executor, id: string, forUpdate = false): Promise<PersonRow | null> {
  const rows = await execRows<PersonRow>(db, sql`SELECT ${PERSON_COLUMNS}
    FROM persons p JOIN families f ON f.id = p.family_id
    WHERE p.office_id = ${scope.officeId} AND p.id = ${id}${villageFilter(scope)}${forUpdate ? sql` FOR UPDATE OF p` : sql``}`);
  return rows[0] ?? null;
}

export async function familyMembers(db: Executor, familyId: string): Promise<PersonRow[]> {
  return execRows<PersonRow>(db, sql`SELECT ${PERSON_COLUMNS} FROM persons p WHERE p.family_id = ${familyId}
    ORDER BY (p.relation = 'kepala_keluarga') DESC, p.birth_date, p.id`);
}

export interface FamilyRow {
  id: string;
  kk_number: string;
  address: string;
  rt: string | null;
  rw: string | null;
  village_code: string;
  village_name: string | null;
  district_code: string;
  district_name: string | null;
  head_person_id: string | null;
}

export async function findFamily(scope: OfficeScope, db: Executor, id: string, forUpdate = false): Promise<FamilyRow | null> {
  const rows = await execRows<FamilyRow>(db, sql`
    SELECT f.id, f.kk_number, f.address, f.rt, f.rw, f.village_code, v.name AS village_name, f.district_code,
           d.name AS district_name, f.head_person_id
      FROM families f LEFT JOIN regions v ON v.code = f.village_code LEFT JOIN regions d ON d.code = f.district_code
     WHERE f.office_id = ${scope.officeId} AND f.id = ${id}${villageFilter(scope)}${forUpdate ? sql` FOR UPDATE OF f` : sql``}`);
  return rows[0] ?? null;
}

export async function findFamilyIdByKk(scope: OfficeScope, db: Executor, kk: string): Promise<string | null> {
  const rows = await execRows<{ id: string }>(db, sql`SELECT id FROM families WHERE office_id = ${scope.officeId} AND kk_number = ${kk}`);
  return rows[0]?.id ?? null;
}

export interface MembershipRow {
  id: string;
  person_id: string;
  segment: string;
  status: string;
  card_number: string | null;
  care_class: number;
  faskes_id: string | null;
  faskes_code: string | null;
  faskes_name: string | null;
  effective_from: string | null;
  effective_to: string | null;
}

export async function membershipsOf(db: Executor, personIds: string[]): Promise<Map<string, MembershipRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await execRows<MembershipRow>(db, sql`
    SELECT m.id, m.person_id, m.segment, m.status, m.card_number, m.care_class, m.faskes_id, fk.code AS faskes_code,
           fk.name AS faskes_name, m.effective_from::text AS effective_from, m.effective_to::text AS effective_to
      FROM memberships m LEFT JOIN faskes fk ON fk.id = m.faskes_id
     WHERE m.person_id IN (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return new Map(rows.map((r) => [r.person_id, r]));
}

export interface EventRow {
  id: string | number;
  kind: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  application_id: string | null;
  bpjs_change: BpjsChange | null;
  effective_date: string | null;
  batch_id: string | null;
  created_at: string;
}

export async function eventsOf(db: Executor, personId: string, limit: number): Promise<EventRow[]> {
  return execRows<EventRow>(db, sql`
    SELECT id, kind, before, after, reason, application_id, bpjs_change, effective_date::text AS effective_date, batch_id,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
      FROM membership_events WHERE person_id = ${personId} ORDER BY id DESC LIMIT ${limit}`);
}

export interface NewEvent {
  personId: string;
  membershipId?: string | null;
  familyId?: string | null;
  kind: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  applicationId?: string | null;
  bpjsChange?: BpjsChange | null;
  effectiveDate?: string | null;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends one history row inside the caller's transaction. */
export async function insertEvent(scope: OfficeScope, tx: Executor, e: NewEvent): Promise<void> {
  await tx.execute(sql`
    INSERT INTO membership_events (office_id, person_id, membership_id, family_id, kind, before, after, reason, application_id,
                                   bpjs_change, effective_date, actor_user_id)
    VALUES (${scope.officeId}, ${e.personId}, ${e.membershipId ?? null}, ${e.familyId ?? null}, ${e.kind},
            ${json(e.before)}::jsonb, ${json(e.after)}::jsonb, ${e.reason ?? null}, ${e.applicationId ?? null},
            ${e.bpjsChange ?? null}, ${e.effectiveDate ?? null}::date, ${scope.actor.userId})`);
}
