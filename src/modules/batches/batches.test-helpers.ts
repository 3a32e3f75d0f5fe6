import { sql } from 'drizzle-orm';
import type { TestApp } from '../../platform/testing/test-app.js';
import { buildSeedOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';
import { execRows } from '../../platform/db/client.js';
import { SyntheticPopulation } from '../identity/index.js';
import { createFamily, familyBody } from '../registry/registry.test-helpers.js';

/** Test world for the BPJS exchange: Malinau (intake window days 1–20) with its codes and one puskesmas. */
export interface BatchWorld {
  officeId: number;
  back: LoggedIn;
  admin: LoggedIn;
  front: LoggedIn;
  viewer: LoggedIn;
  faskesId: string;
  population: SyntheticPopulation;
}

export async function batchWorld(t: TestApp, slug: 'kab-malinau' | 'kota-pasuruan' = 'kab-malinau', seed = 7): Promise<BatchWorld> {
  const { office } = await buildSeedOffice(t.database, slug);
  const login = async (roles: Parameters<typeof buildStaff>[2]['roles']) =>
    loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles }));
  const [f] = await execRows<{ id: string }>(t.database.db, sql`
    INSERT INTO faskes (office_id, code, name, kind) VALUES (${office.id}, '17050101', 'PUSKESMAS MALINAU KOTA', 'PUSKESMAS') RETURNING id`);
  await t.database.db.execute(sql`
    INSERT INTO bpjs_office_settings (office_id, satker_code, satker_name, membership_type, kc_code, dati2_code)
    VALUES (${office.id}, '65020001', 'DINKES PPKB KAB. MALINAU', 'PBI APBD', '1701', '0277')`);
  return {
    officeId: office.id,
    back: await login(['back_office']),
    admin: await login(['office_admin']),
    front: await login(['front_office']),
    viewer: await login(['report_viewer']),
    faskesId: f!.id,
    population: new SyntheticPopulation({ regencyCode: office.regionCode, seed }),
  };
}

export interface EnrolledPerson { personId: string; nik: string; eventId: number }

/**
 * Records a family and stands in for an approved application: a pending PBI Daerah membership and a
 * membership event with a BPJS change, dated `at` (the intake moment decides the batch).
 */
export async function approvedFamily(t: TestApp, w: BatchWorld, who: LoggedIn, at: string, opts: { priority?: boolean; withFaskes?: boolean; change?: string } = {}): Promise<EnrolledPerson[]> {
  const fam = w.population.family();
  const created = await createFamily(t, who, familyBody(fam));
  const out: EnrolledPerson[] = [];
  for (const m of created.family.members) {
    const [ms] = await execRows<{ id: string }>(t.database.db, sql`
      INSERT INTO memberships (office_id, person_id, segment, status, faskes_id)
      VALUES (${w.officeId}, ${m.id}, 'PBI_DAERAH', 'pending', ${opts.withFaskes === false ? null : w.faskesId}) RETURNING id`);
    const [ev] = await execRows<{ id: string }>(t.database.db, sql`
      INSERT INTO membership_events (office_id, person_id, membership_id, family_id, kind, after, bpjs_change, created_at)
      VALUES (${w.officeId}, ${m.id}, ${ms!.id}, ${created.family.id}, 'application_handed_to_bpjs',
        ${JSON.stringify({ priority: opts.priority ?? false })}::jsonb, ${opts.change ?? 'new'}, ${at}::timestamptz) RETURNING id`);
    out.push({ personId: m.id, nik: m.nik, eventId: Number(ev!.id) });
  }
  return out;
}
