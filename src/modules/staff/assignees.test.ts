import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/roles.js';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';

type Assignee = { id: string; fullName: string; title: string | null };

describe('GET /api/v1/staff/assignees: colleagues to hand work to', () => {
  let t: TestApp;
  let officeId: number;
  let otherOfficeId: number;
  let backOffice: LoggedIn;
  const ids: Record<string, string> = {};
  const staff = async (roles: Role[], id = officeId) => buildStaff(t.database, t.config.sessionSecret, { officeId: id, roles });
  const get = async (who: LoggedIn | null, query = 'role=field_assessor') =>
    t.app.inject({ method: 'GET', url: `/api/v1/staff/assignees?${query}`, ...(who ? { headers: who.headers } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    officeId = (await buildOffice(t.database)).id;
    otherOfficeId = (await buildOffice(t.database)).id;
    backOffice = await loginAs(t.app, await staff(['back_office']));
    const admin = await loginAs(t.app, await staff(['office_admin'], officeId));
    // Named through the admin API so names, titles and a disabled account are real data.
    const make = async (username: string, fullName: string, roles: Role[], title?: string) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/staff', headers: admin.headers, payload: { username, fullName, roles, ...(title ? { title } : {}), email: `${username}@contoh.go.id` } });
      expect(res.statusCode).toBe(201);
      return (ids[username] = res.json().staff.id as string);
    };
    await make('asesor.budi', 'Budi Asesor', ['field_assessor'], 'Pekerja Sosial');
    await make('asesor.ani', 'Ani Asesor', ['field_assessor', 'back_office']);
    await make('bo.saja', 'Bukan Asesor', ['back_office']);
    const gone = await make('asesor.keluar', 'Asesor Nonaktif', ['field_assessor']);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/staff/${gone}`, headers: admin.headers, payload: { disabled: true } })).statusCode).toBe(200);
    await staff(['field_assessor'], otherOfficeId);
  });
  afterAll(async () => t?.close());

  it('lists active accounts of the office with the role, by name, with only id, name and title', async () => {
    const res = await get(backOffice);
    expect(res.statusCode).toBe(200);
    const { assignees } = res.json() as { assignees: Assignee[] };
    expect(assignees).toEqual([
      { id: ids['asesor.ani'], fullName: 'Ani Asesor', title: null },
      { id: ids['asesor.budi'], fullName: 'Budi Asesor', title: 'Pekerja Sosial' },
    ]);
    // Nothing personal or useful for logging in leaves with the list.
    expect(res.body).not.toContain('asesor.budi');
    expect(res.body).not.toContain('@contoh.go.id');
  });

  it('leaves out disabled accounts and other offices', async () => {
    const res = await get(backOffice);
    expect(res.body).not.toContain(ids['asesor.keluar']);
    const elsewhere = await loginAs(t.app, await staff(['back_office'], otherOfficeId));
    const theirs = (await get(elsewhere)).json() as { assignees: Assignee[] };
    expect(theirs.assignees).toHaveLength(1);
    expect(Object.values(ids)).not.toContain(theirs.assignees[0]!.id);
  });

  it('filters by the role asked for', async () => {
    const res = await get(backOffice, 'role=back_office');
    const names = (res.json() as { assignees: Assignee[] }).assignees.map((a) => a.fullName);
    expect(names).toContain('Ani Asesor');
    expect(names).toContain('Bukan Asesor');
    expect(names).not.toContain('Budi Asesor');
  });

  it('is open to the roles that assign work and refused to the rest', async () => {
    for (const roles of [['front_office'], ['back_office'], ['field_assessor'], ['approver'], ['office_admin']] as Role[][]) {
      const who = await loginAs(t.app, await staff(roles));
      expect((await get(who)).statusCode, roles.join()).toBe(200);
    }
    for (const roles of [['report_viewer']] as Role[][]) {
      const who = await loginAs(t.app, await staff(roles));
      expect((await get(who)).statusCode, roles.join()).toBe(403);
    }
    const kel = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['kelurahan_operator'], kelurahanCodes: ['64.71.01.1001'] }));
    expect((await get(kel)).statusCode).toBe(403);
    expect((await get(null)).statusCode).toBe(401);
  });

  it('refuses a missing or unknown role', async () => {
    expect((await get(backOffice, '')).statusCode).toBe(400);
    expect((await get(backOffice, 'role=platform_admin')).statusCode).toBe(400);
    expect((await get(backOffice, 'role=boss')).statusCode).toBe(400);
  });
});
