import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildOffice, buildStaff, loginAs, type LoggedIn } from '../../platform/testing/factories.js';

describe('office admin manages staff accounts', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    const office = await buildOffice(t.database);
    admin = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['office_admin'] }));
  });
  afterAll(async () => t?.close());

  it('creates an account with a one-time password; the new officer logs in and must change it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff',
      headers: admin.headers,
      payload: { username: 'loket.satu', fullName: 'Siti Aminah', roles: ['front_office'] },
    });
    expect(res.statusCode).toBe(201);
    const { staff, temporaryPassword } = res.json();
    expect(staff.roles).toEqual(['front_office']);
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'loket.satu', password: temporaryPassword } });
    expect(login.statusCode).toBe(200);
    expect(login.json().pending).toBe('password_change');
  });

  it('changes roles and lists staff with paging', async () => {
    const created = await t.app.inject({
      method: 'POST', url: '/api/v1/staff', headers: admin.headers,
      payload: { username: 'bo.dua', fullName: 'Budi Santoso', roles: ['back_office'] },
    });
    const id = created.json().staff.id;
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/staff/${id}`, headers: admin.headers, payload: { roles: ['back_office', 'report_viewer'] } });
    expect(patched.json().roles).toEqual(['back_office', 'report_viewer']);
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/staff?limit=1', headers: admin.headers });
    expect(page.json().staff).toHaveLength(1);
    expect(page.json().nextCursor).not.toBeNull();
  });

  it('refuses a kelurahan operator without villages, platform admins, duplicates and bad fields', async () => {
    const noVillage = await t.app.inject({ method: 'POST', url: '/api/v1/staff', headers: admin.headers, payload: { username: 'kel.a', fullName: 'Operator A', roles: ['kelurahan_operator'] } });
    expect(noVillage.statusCode).toBe(400);
    expect(noVillage.json().error.details[0].field).toBe('kelurahanCodes');
    const platform = await t.app.inject({ method: 'POST', url: '/api/v1/staff', headers: admin.headers, payload: { username: 'root2', fullName: 'Root', roles: ['platform_admin'] } });
    expect(platform.statusCode).toBe(403);
    const badRole = await t.app.inject({ method: 'POST', url: '/api/v1/staff', headers: admin.headers, payload: { username: 'x.y', fullName: 'X Y', roles: ['boss'] } });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.details[0].field).toBe('roles.0');
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/staff', headers: admin.headers, payload: { username: 'LOKET.SATU', fullName: 'Dup', roles: ['front_office'] } });
    expect(dup.statusCode).toBe(409);
  });

  it('lets only office admins manage staff', async () => {
    const office = await buildOffice(t.database);
    const fo = await loginAs(t.app, await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['front_office'] }));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff', headers: fo.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff' })).statusCode).toBe(401);
  });

  it('records staff changes in the audit log, visible to the office admin', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=staff.created', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const actions = res.json().entries.map((e: { action: string }) => e.action);
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(actions)).toEqual(new Set(['staff.created']));
  });
});
