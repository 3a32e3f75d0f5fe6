import type { Role } from '../../platform/auth/roles.js';
import { buildOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';
import type { TestApp } from '../../platform/testing/test-app.js';
import { SyntheticPopulation, type SyntheticFamily, type SyntheticPerson } from '../identity/index.js';
import type { CreateFamilyInput, PersonInput } from './registry.schema.js';
import type { MaritalStatus, Relation } from './registry.codes.js';
import { parseMaritalStatus, parseRelation } from './registry.codes.js';

/** Test fixtures: an office with one logged-in account per role, and synthetic families to record. */
export interface OfficeFixture {
  officeId: number;
  regionCode: string;
  as: Record<'fo' | 'bo' | 'admin' | 'viewer' | 'approver', LoggedIn>;
}

export async function officeWithStaff(t: TestApp, regionCode = '35.75'): Promise<OfficeFixture> {
  const office = await buildOffice(t.database, { regionCode });
  const login = async (roles: Role[]) =>
    loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles }));
  return {
    officeId: office.id,
    regionCode,
    as: {
      fo: await login(['front_office']),
      bo: await login(['back_office']),
      admin: await login(['office_admin']),
      viewer: await login(['report_viewer']),
      approver: await login(['approver']),
    },
  };
}

export async function kelurahanOperator(t: TestApp, officeId: number, villages: string[]): Promise<LoggedIn> {
  return loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['kelurahan_operator'], kelurahanCodes: villages }));
}

export function personBody(p: SyntheticPerson, membership?: PersonInput['membership']): PersonInput {
  return {
    nik: p.nik,
    name: p.name,
    birthPlace: p.birthPlace,
    birthDate: p.birthDate,
    sex: p.sex,
    maritalStatus: parseMaritalStatus(p.maritalStatus) as MaritalStatus,
    relation: parseRelation(p.relation) as Relation,
    ...(membership ? { membership } : {}),
  };
}

export function familyBody(f: SyntheticFamily, membership?: PersonInput['membership']): CreateFamilyInput {
  return {
    kkNumber: f.kk,
    address: f.address.street,
    rt: f.address.rt,
    rw: f.address.rw,
    villageCode: f.address.villageCode,
    members: f.members.map((m) => personBody(m, membership)),
  };
}

/** A population per seed, so test files draw distinct, valid people. */
export function population(seed: string, regencyCode = '35.75'): SyntheticPopulation {
  return new SyntheticPopulation({ regencyCode, seed });
}

export const ACTIVE_PBID = { segment: 'PBI_DAERAH', status: 'active' } as const;

export async function createFamily(t: TestApp, who: LoggedIn, body: CreateFamilyInput) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/registry/families', headers: who.headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`create family failed: ${res.statusCode} ${res.body}`);
  return res.json() as { family: { id: string; headPersonId: string; members: { id: string; nik: string; relation: string }[] }; warnings: unknown[] };
}
