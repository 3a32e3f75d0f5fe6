import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../platform/http/app.js';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildOffice, buildStaff, loginAs, TEST_PASSWORD } from '../../platform/testing/factories.js';
import { currentTotp } from '../../platform/auth/totp.js';

describe('staff login, sessions and second factor', () => {
  let t: TestApp;
  let officeId: number;
  beforeAll(async () => {
    t = await createTestApp();
    officeId = (await buildOffice(t.database)).id;
  });
  afterAll(async () => t?.close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

  it('logs in with a httpOnly SameSite=Strict cookie and logs out', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pbi_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().pending).toBeNull();
    const headers = { cookie: `pbi_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers })).statusCode).toBe(401);
  });

  it('gives one answer for an unknown user and a wrong password', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const wrong = await login(user.username, 'not-the-password', '10.0.0.2');
    const unknown = await login('no-such-user', 'not-the-password', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('locks a username after repeated failures, even with the right password afterwards', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    for (let i = 0; i < 5; i++) expect((await login(user.username, 'wrong-password-x', '10.0.1.1')).statusCode).toBe(401);
    const locked = await login(user.username, TEST_PASSWORD, '10.0.1.2');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('refuses state changes without the CSRF token', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const s = await loginAs(t.app, user);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('requires the TOTP step for an office admin before any staff route', async () => {
    const admin = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['office_admin'] });
    const res = await login(admin.username, TEST_PASSWORD, '10.0.2.1');
    expect(res.json().pending).toBe('mfa');
    const headers = { cookie: `pbi_session=${res.cookies[0]!.value}`, 'x-csrf-token': res.json().csrfToken };
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/staff', headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('LOGIN_STEP_PENDING');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/verify', headers, payload: { code: '000000' } });
    expect(bad.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/verify', headers, payload: { code: currentTotp(admin.totpSecret!) } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff', headers })).statusCode).toBe(200);
  });

  it('makes an approver without a second factor enrol one first', async () => {
    const approver = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['approver'], totp: false });
    const res = await login(approver.username, TEST_PASSWORD, '10.0.3.1');
    expect(res.json().pending).toBe('mfa_setup');
    const headers = { cookie: `pbi_session=${res.cookies[0]!.value}`, 'x-csrf-token': res.json().csrfToken };
    const setup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers });
    expect(setup.statusCode).toBe(200);
    expect(setup.json().qrSvg).toContain('<svg');
    const confirm = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers, payload: { code: currentTotp(setup.json().secret) } });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().pending).toBeNull();
  });

  it('makes a new account change its password, with the rules enforced', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['back_office'], mustChangePassword: true });
    const res = await login(user.username, TEST_PASSWORD, '10.0.4.1');
    expect(res.json().pending).toBe('password_change');
    const headers = { cookie: `pbi_session=${res.cookies[0]!.value}`, 'x-csrf-token': res.json().csrfToken };
    const weak = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0]).toMatchObject({ field: 'password', code: 'PASSWORD_TOO_SHORT' });
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: { currentPassword: TEST_PASSWORD, newPassword: 'kopi-tubruk-pagi-hari' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().pending).toBeNull();
  });

  it('ends every session at once when the account is disabled, and logout-all ends the others', async () => {
    const admin = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['office_admin'] });
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const a = await loginAs(t.app, admin);
    const u1 = await loginAs(t.app, user);
    const u2 = await loginAs(t.app, user);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: u1.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: u2.headers })).statusCode).toBe(401);
    const u3 = await loginAs(t.app, user);
    const dis = await t.app.inject({ method: 'PATCH', url: `/api/v1/staff/${user.id}`, headers: a.headers, payload: { disabled: true } });
    expect(dis.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: u3.headers })).statusCode).toBe(401);
    expect((await login(user.username, TEST_PASSWORD, '10.0.5.1')).statusCode).toBe(401);
  });

  it('expires idle sessions (after at most the few seconds a resolved session is cached)', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const s = await loginAs(t.app, user);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: s.headers })).statusCode).toBe(200);
    await t.database.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [user.id]);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6_000 });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: s.headers })).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends sessions cached by another server process at once (NOTIFY)', async () => {
    const user = await buildStaff(t.database, t.config.sessionSecret, { officeId, roles: ['front_office'] });
    const s = await loginAs(t.app, user);
    // A second app on the same database stands for another server process with its own cache.
    const other = await buildApp({ config: t.config, database: t.database, logger: false });
    try {
      expect((await other.inject({ method: 'GET', url: '/api/v1/auth/session', headers: s.headers })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: s.headers })).statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect((await other.inject({ method: 'GET', url: '/api/v1/auth/session', headers: s.headers })).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });
});
