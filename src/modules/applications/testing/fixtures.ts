import { expect } from 'vitest';
import type { Role } from '../../../platform/auth/roles.js';
import { buildSeedOffice, buildStaff, loginAs, type LoggedIn } from '../../../platform/testing/factories.js';
import type { TestApp } from '../../../platform/testing/test-app.js';
import { SyntheticPopulation } from '../../identity/index.js';
import type { SeedSlug } from '../../standards/seeds/index.js';

export { familyBody } from './household.js';

/** Test helpers for the applications module: a seed office with one account per role, and families. */

export interface Officer {
  id: string;
  login: LoggedIn;
}

export interface SeedOfficeWorld {
  office: { id: number; slug: string; regionCode: string; receiptPrefix: string; timeZone: string };
  standardId: number;
  as: Record<'front' | 'back' | 'assessor' | 'approver' | 'head' | 'admin' | 'kelurahan', Officer>;
  population: SyntheticPopulation;
}

async function officer(t: TestApp, officeId: number, roles: Role[], extra: { kelurahanCodes?: string[]; fullName?: string } = {}): Promise<Officer> {
  const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles, ...(extra.kelurahanCodes ? { kelurahanCodes: extra.kelurahanCodes } : {}) });
  return { id: user.id, login: await loginAs(t.app, user) };
}

export async function seedOfficeWorld(t: TestApp, slug: SeedSlug, seed = 1): Promise<SeedOfficeWorld> {
  const { office, standardId } = await buildSeedOffice(t.database, slug);
  const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed });
  // The kelurahan operator's villages are filled in by the test that needs them (kelurahanFor).
  const as = {
    front: await officer(t, office.id, ['front_office']),
    back: await officer(t, office.id, ['back_office']),
    assessor: await officer(t, office.id, ['field_assessor']),
    approver: await officer(t, office.id, ['approver']),
    head: await officer(t, office.id, ['approver']),
    admin: await officer(t, office.id, ['office_admin']),
    kelurahan: await officer(t, office.id, ['kelurahan_operator'], { kelurahanCodes: [] }),
  };
  return { office, standardId, as, population };
}

/** A kelurahan operator for the villages of the given families. */
export async function kelurahanFor(t: TestApp, w: SeedOfficeWorld, villages: string[]): Promise<Officer> {
  return officer(t, w.office.id, ['kelurahan_operator'], { kelurahanCodes: villages });
}

export interface Api {
  post(url: string, as: Officer | null, body?: unknown): Promise<{ status: number; body: any }>;
  get(url: string, as: Officer | null): Promise<{ status: number; body: any; raw: Buffer; headers: Record<string, unknown> }>;
}

export function api(t: TestApp): Api {
  return {
    async post(url, as, body) {
      const res = await t.app.inject({ method: 'POST', url, headers: as ? as.login.headers : {}, ...(body === undefined ? {} : { payload: body as object }) });
      return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body };
    },
    async get(url, as) {
      const res = await t.app.inject({ method: 'GET', url, headers: as ? { cookie: as.login.cookie } : {} });
      return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : null, raw: res.rawPayload, headers: res.headers };
    },
  };
}

/** Asserts a status with the body in the failure message (the first thing one needs when it fails). */
export function expectStatus(res: { status: number; body: unknown }, status: number) {
  expect(res.status, JSON.stringify(res.body).slice(0, 600)).toBe(status);
}

/** Marks every checklist item present (materai items need their scan uploaded first). */
export function allPresent(detail: { checklist: { code: string; required: boolean }[] }) {
  return detail.checklist.filter((c) => c.required).map((c) => ({ code: c.code, state: 'present' as const }));
}
