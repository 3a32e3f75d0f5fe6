import { buildStaff } from '../../platform/testing/factories.js';
import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';

let staffOfA: Promise<{ id: string; username: string }> | undefined;
const aStaff = (w: Parameters<TenancyFixture['request']>[0]) =>
  (staffOfA ??= buildStaff(w.database, w.config.sessionSecret, { officeId: w.officeA.id, roles: ['front_office'], username: 'rahasia.kantor.a' }));

export const publicRoutes = ['POST /api/v1/auth/login'];

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/staff', request: async () => ({}), markers: async (w) => [(await aStaff(w)).username, w.userA.username] },
  // userA holds every office role, field_assessor included: its id must not reach office B.
  { route: 'GET /api/v1/staff/assignees', request: async () => ({ query: { role: 'field_assessor' } }), markers: async (w) => [w.userA.id] },
  { route: 'POST /api/v1/staff', request: async () => ({ body: { username: `baru${Date.now()}`, fullName: 'Petugas Baru', roles: ['front_office'] } }), ownStatus: 201 },
  { route: 'GET /api/v1/staff/:id', request: async (w) => ({ params: { id: (await aStaff(w)).id } }) },
  { route: 'PATCH /api/v1/staff/:id', request: async (w) => ({ params: { id: (await aStaff(w)).id }, body: { fullName: 'Nama Diubah' } }) },
  { route: 'POST /api/v1/staff/:id/reset-password', request: async (w) => ({ params: { id: (await aStaff(w)).id } }) },
  // Own-session routes act on the caller only; B's calls must not touch A.
  { route: 'GET /api/v1/auth/session', request: async () => ({}), markers: async (w) => [w.userA.username] },
  { route: 'POST /api/v1/auth/totp/verify', request: async () => ({ body: { code: '000000' } }), ownStatus: 409 },
  { route: 'POST /api/v1/auth/totp/setup', request: async () => ({}), markers: async (w) => [w.userA.username] },
  { route: 'POST /api/v1/auth/totp/confirm', request: async () => ({ body: { code: '000000' } }), ownStatus: 401 },
  { route: 'POST /api/v1/auth/password', request: async () => ({ body: { currentPassword: 'salah-sekali-pokoknya', newPassword: 'x' } }), ownStatus: 400 },
  { route: 'POST /api/v1/auth/logout-all', request: async () => ({}) },
  { route: 'POST /api/v1/auth/logout', request: async () => ({}) },
];
