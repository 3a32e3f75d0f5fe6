import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../../platform/db/client.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import type { ParsedRow, Reason } from './import-row.js';

/**
 * Writes one chunk of validated rows in the caller's transaction, with a fixed number of statements per
 * chunk whatever its size (each takes the rows as one jsonb parameter: portable between PGlite and
 * node-postgres, and far from the 65,535-parameter limit). Re-importing a row that matches the registry
 * writes nothing: that is what makes a second import of the same list a no-op.
 */
export interface RowToWrite extends ParsedRow {
  rowNumber: number;
}

export interface Rejection {
  rowNumber: number;
  values: Record<string, string>;
  reasons: Reason[];
}

interface Existing {
  id: string;
  nik: string;
  family_id: string;
  name: string;
  birth_place: string | null;
  birth_date: string;
  sex: string;
  marital_status: string | null;
  relation: string;
  membership_id: string | null;
  segment: string | null;
  status: string | null;
  card_number: string | null;
  faskes_id: string | null;
}

const j = (v: unknown) => JSON.stringify(v);

const existingMembership = (existing: Existing[], personId: string) => existing.find((e) => e.id === personId)?.membership_id ?? null;

function personFields(r: RowToWrite, familyId: string) {
  return {
    family_id: familyId,
    nik: r.nik,
    name: r.name,
    birth_place: r.birthPlace,
    birth_date: r.birthDate,
    sex: r.sex,
    marital_status: r.maritalStatus,
    relation: r.relation,
  };
}

function personDiffers(e: Existing, p: ReturnType<typeof personFields>): boolean {
  return e.family_id !== p.family_id || e.name !== p.name || e.birth_place !== p.birth_place || e.birth_date !== p.birth_date ||
    e.sex !== p.sex || e.marital_status !== p.marital_status || e.relation !== p.relation;
}

/** Blank card number or facility in the list means "not given", not "remove it". */
function membershipDiffers(e: Existing, r: RowToWrite, segment: string): boolean {
  return e.membership_id === null || e.segment !== segment || e.status !== r.status ||
    (r.cardNumber !== null && e.card_number !== r.cardNumber) || (r.faskesId !== null && e.faskes_id !== r.faskesId);
}

export async function writeChunk(
  scope: OfficeScope,
  tx: Executor,
  importId: string,
  segment: string,
  rows: RowToWrite[],
  rejections: Rejection[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  const office = scope.officeId;
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  if (rows.length > 0) {
    const byKk = new Map<string, RowToWrite>();
    for (const r of rows) if (!byKk.has(r.kk)) byKk.set(r.kk, r);
    // Sorted by KK so that concurrent chunk transactions lock shared family rows in the same order.
    const familiesJson = j([...byKk.values()].sort((x, y) => (x.kk < y.kk ? -1 : 1)).map((r) => ({ kk: r.kk, address: r.address, rt: r.rt, rw: r.rw, village_code: r.villageCode, district_code: r.districtCode })));
    await tx.execute(sql`
      INSERT INTO families (office_id, kk_number, address, rt, rw, village_code, district_code)
      SELECT ${office}, kk, address, rt, rw, village_code, district_code
        FROM jsonb_to_recordset(${familiesJson}::jsonb) AS x(kk text, address text, rt text, rw text, village_code text, district_code text)
      ON CONFLICT (office_id, kk_number) DO UPDATE
         SET address = EXCLUDED.address, rt = EXCLUDED.rt, rw = EXCLUDED.rw, village_code = EXCLUDED.village_code,
             district_code = EXCLUDED.district_code, updated_at = now()
       WHERE (families.address, families.rt, families.rw, families.village_code)
             IS DISTINCT FROM (EXCLUDED.address, EXCLUDED.rt, EXCLUDED.rw, EXCLUDED.village_code)`);
    const familyRows = await execRows<{ id: string; kk_number: string }>(tx, sql`
      SELECT id, kk_number FROM families
       WHERE office_id = ${office} AND kk_number = ANY(ARRAY(SELECT jsonb_array_elements_text(${j([...byKk.keys()])}::jsonb)))`);
    const familyOf = new Map(familyRows.map((f) => [f.kk_number, f.id]));

    // Driving the lookup from the chunk's NIKs gives one unique-index probe per row.
    const existing = await execRows<Existing>(tx, sql`
      SELECT p.id, p.nik, p.family_id, p.name, p.birth_place, p.birth_date::text AS birth_date, p.sex, p.marital_status, p.relation,
             m.id AS membership_id, m.segment, m.status, m.card_number, m.faskes_id
        FROM jsonb_array_elements_text(${j(rows.map((r) => r.nik))}::jsonb) AS n(nik)
        JOIN persons p ON p.office_id = ${office} AND p.nik = n.nik
        LEFT JOIN memberships m ON m.person_id = p.id`);
    const existingByNik = new Map(existing.map((e) => [e.nik, e]));

    // Ids are made here, so new people, their memberships and their history go in one statement.
    const inserts: object[] = [];
    const updates: (ReturnType<typeof personFields> & { id: string })[] = [];
    const memberships: { person_id: string; segment: string; status: string; card_number: string | null; faskes_id: string | null }[] = [];
    const events: { person_id: string; family_id: string; before: unknown; after: unknown }[] = [];
    const heads = new Map<string, string>();
    for (const r of rows) {
      const p = personFields(r, familyOf.get(r.kk)!);
      const e = existingByNik.get(r.nik);
      const after = { importId, segment, status: r.status };
      if (!e) {
        const id = randomUUID();
        inserts.push({ ...p, id, membership_id: randomUUID(), segment, status: r.status, card_number: r.cardNumber, faskes_id: r.faskesId, after });
        if (r.relation === 'kepala_keluarga') heads.set(p.family_id, id);
        created++;
        continue;
      }
      if (r.relation === 'kepala_keluarga') heads.set(p.family_id, e.id);
      const pd = personDiffers(e, p);
      const md = membershipDiffers(e, r, segment);
      if (!pd && !md) {
        unchanged++;
        continue;
      }
      if (pd) updates.push({ ...p, id: e.id });
      if (md) memberships.push({ person_id: e.id, segment, status: r.status, card_number: r.cardNumber, faskes_id: r.faskesId });
      const before = { familyId: e.family_id, name: e.name, relation: e.relation, segment: e.segment, status: e.status };
      events.push({ person_id: e.id, family_id: p.family_id, before, after: { ...after, familyId: p.family_id, name: r.name, relation: r.relation } });
      updated++;
    }

    if (inserts.length > 0) {
      // The list is BPJS's own state of its members: recording it yields no change to send back (bpjs_change null).
      await tx.execute(sql`
        WITH x AS MATERIALIZED (
          SELECT * FROM jsonb_to_recordset(${j(inserts)}::jsonb)
            AS x(id uuid, family_id uuid, nik text, name text, birth_place text, birth_date date, sex text, marital_status text, relation text,
                 membership_id uuid, segment text, status text, card_number text, faskes_id uuid, after jsonb)
        ), p AS (
          INSERT INTO persons (id, office_id, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation)
          SELECT id, ${office}, family_id, nik, name, birth_place, birth_date, sex, marital_status, relation FROM x
        ), m AS (
          INSERT INTO memberships (id, office_id, person_id, segment, status, card_number, faskes_id)
          SELECT membership_id, ${office}, id, segment, status, card_number, faskes_id FROM x
        )
        INSERT INTO membership_events (office_id, person_id, membership_id, family_id, kind, after, actor_user_id)
        SELECT ${office}, id, membership_id, family_id, 'imported', after, ${scope.actor.userId} FROM x`);
    }
    if (updates.length > 0) {
      await tx.execute(sql`
        UPDATE persons p SET family_id = x.family_id, name = x.name, birth_place = x.birth_place, birth_date = x.birth_date, sex = x.sex,
               marital_status = x.marital_status, relation = x.relation, updated_at = now()
          FROM jsonb_to_recordset(${j(updates)}::jsonb)
            AS x(id uuid, family_id uuid, name text, birth_place text, birth_date date, sex text, marital_status text, relation text)
         WHERE p.id = x.id AND p.office_id = ${office}`);
    }
    const membershipIds = new Map<string, string>();
    if (memberships.length > 0) {
      const ms = await execRows<{ id: string; person_id: string }>(tx, sql`
        INSERT INTO memberships (office_id, person_id, segment, status, card_number, faskes_id)
        SELECT ${office}, person_id, segment, status, card_number, faskes_id
          FROM jsonb_to_recordset(${j(memberships)}::jsonb) AS x(person_id uuid, segment text, status text, card_number text, faskes_id uuid)
        ON CONFLICT (person_id) DO UPDATE SET segment = EXCLUDED.segment, status = EXCLUDED.status,
           card_number = COALESCE(EXCLUDED.card_number, memberships.card_number),
           faskes_id = COALESCE(EXCLUDED.faskes_id, memberships.faskes_id), updated_at = now()
        RETURNING id, person_id`);
      for (const m of ms) membershipIds.set(m.person_id, m.id);
    }
    if (events.length > 0) {
      const withMembership = events.map((e) => ({ ...e, membership_id: membershipIds.get(e.person_id) ?? existingMembership(existing, e.person_id) }));
      await tx.execute(sql`
        INSERT INTO membership_events (office_id, person_id, membership_id, family_id, kind, before, after, actor_user_id)
        SELECT ${office}, person_id, membership_id, family_id, 'import_updated', before, after, ${scope.actor.userId}
          FROM jsonb_to_recordset(${j(withMembership)}::jsonb) AS x(person_id uuid, membership_id uuid, family_id uuid, before jsonb, after jsonb)`);
    }
    if (heads.size > 0) {
      const headsJson = j([...heads].sort(([x], [y]) => (x < y ? -1 : 1)).map(([id, head]) => ({ id, head })));
      await tx.execute(sql`
        UPDATE families f SET head_person_id = x.head, updated_at = now()
          FROM jsonb_to_recordset(${headsJson}::jsonb) AS x(id uuid, head uuid)
         WHERE f.id = x.id AND f.office_id = ${office} AND f.head_person_id IS DISTINCT FROM x.head`);
    }
  }
  if (rejections.length > 0) {
    await tx.execute(sql`
      INSERT INTO registry_import_rejections (import_id, office_id, row_number, values, reasons)
      SELECT ${importId}, ${office}, row_number, values, reasons
        FROM jsonb_to_recordset(${j(rejections.map((r) => ({ row_number: r.rowNumber, values: r.values, reasons: r.reasons })))}::jsonb)
          AS x(row_number integer, values jsonb, reasons jsonb)`);
  }
  return { created, updated, unchanged };
}
