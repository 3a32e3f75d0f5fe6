/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/platform/testing/test-app.js';
import { buildOffice, buildStaff, loginAs } from '../../src/platform/testing/factories.js';
import type { TenancyModule, TenancyWorld } from '../../src/platform/testing/tenancy-fixtures.js';
import { ROLES } from '../../src/platform/auth/roles.js';

const modules = import.meta.glob<TenancyModule>('../../src/modules/*/*.tenancy.ts', { eager: true });
const fixtures = new Map(Object.values(modules).flatMap((m) => (m.tenancyFixtures ?? []).map((f) => [f.route, f] as const)));
const publicRoutes = new Set(Object.values(modules).flatMap((m) => m.publicRoutes ?? []));
// Routes that change the caller's own login state (second factor, password, logout) would spoil
// the session the rest of the walk needs: they run last, in this order.
const LAST = [
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/totp/confirm',
  'POST /api/v1/auth/totp/setup',
  'POST /api/v1/auth/logout-all',
  'POST /api/v1/auth/logout',
];

/**
 * Walks every route of the OpenAPI document as a user of another office (B) holding every
 * office role, aimed at office A's records: routes with ids must answer 403/404 (the same for
 * "not found" and "not yours"); lists and searches must carry nothing of A.
 */
describe('tenancy: every route, called by another office', () => {
  let t: TestApp;
  let world: TenancyWorld;
  let routes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const officeA = await buildOffice(t.database);
    const officeB = await buildOffice(t.database);
    const allRoles = ROLES.filter((r) => r !== 'platform_admin' && r !== 'kelurahan_operator');
    const userA = await buildStaff(t.database, t.config.sessionSecret, { officeId: officeA.id, roles: [...allRoles] });
    const userB = await buildStaff(t.database, t.config.sessionSecret, { officeId: officeB.id, roles: [...allRoles] });
    world = {
      app: t.app,
      database: t.database,
      config: t.config,
      officeA,
      officeB,
      userA,
      asA: await loginAs(t.app, userA),
      asB: await loginAs(t.app, userB),
    };
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)) || LAST.indexOf(a) - LAST.indexOf(b));
  });
  afterAll(async () => t?.close());

  it('has a cross-office fixture for every non-public route', () => {
    const missing = routes.filter((r) => !publicRoutes.has(r) && !fixtures.has(r));
    expect(missing, 'add a fixture in src/modules/<feature>/<feature>.tenancy.ts').toEqual([]);
  });

  it('gives office B nothing of office A', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const fixture = fixtures.get(route);
      if (!fixture) continue;
      const [method, path] = route.split(' ') as [string, string];
      const req = await fixture.request(world);
      const url = path.replace(/:(\w+)/g, (_, p: string) => encodeURIComponent(req.params?.[p] ?? 'missing-param'));
      const query = req.query ? `?${new URLSearchParams(req.query)}` : '';
      const call = (headers: Record<string, string>) =>
        t.app.inject({ method: method as 'GET', url: url + query, headers: { ...headers, ...req.headers }, ...(req.body === undefined ? {} : { payload: req.body as object }) });

      const asB = await call(world.asB.headers);
      const hasIds = path.includes(':');
      if (hasIds && ![403, 404].includes(asB.statusCode)) problems.push(`${route}: office B got ${asB.statusCode}`);
      // A refusal for another reason (login step, CSRF) would mean the walk itself is broken.
      const code = asB.statusCode === 403 || asB.statusCode === 404 ? (asB.json() as { error?: { code?: string } }).error?.code : undefined;
      if (code && !['FORBIDDEN', 'NOT_FOUND'].includes(code) && !code.endsWith('_NOT_FOUND')) problems.push(`${route}: office B refused for ${code}`);
      if (asB.statusCode >= 500) problems.push(`${route}: office B got ${asB.statusCode}`);
      for (const marker of (await fixture.markers?.(world)) ?? []) {
        if (asB.body.includes(marker)) problems.push(`${route}: office B's answer contains "${marker}"`);
      }
      if (hasIds && !LAST.includes(route)) {
        const asA = await call(world.asA.headers);
        const ok = fixture.ownStatus ? asA.statusCode === fixture.ownStatus : asA.statusCode < 300;
        if (!ok) problems.push(`${route}: office A itself got ${asA.statusCode} (fixture does not point at A's data): ${asA.body.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
