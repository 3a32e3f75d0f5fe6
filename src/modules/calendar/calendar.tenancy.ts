import { insertOfficeHoliday } from '../standards/standards.repository.js';
import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';

export const publicRoutes = ['POST /api/v1/offices/:slug/due', 'GET /api/v1/offices/:slug/calendar', 'GET /api/v1/offices/:slug/hours'];

let holidayOfA: Promise<{ id: number }> | undefined;
const aHoliday = (w: TenancyWorld) =>
  (holidayOfA ??= insertOfficeHoliday(w.database.db, w.officeA.id, '2026-06-15', 'Hari Jadi Kantor A Rahasia').then((r) => r!));

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/holidays', request: async (w) => (await aHoliday(w), {}), markers: async () => ['Hari Jadi Kantor A Rahasia'] },
  { route: 'POST /api/v1/holidays', request: async () => ({ body: { date: '2026-06-16', name: 'Libur B' } }), ownStatus: 201 },
  { route: 'DELETE /api/v1/holidays/:id', request: async (w) => ({ params: { id: String((await aHoliday(w)).id) } }) },
  { route: 'GET /api/v1/standard', request: async () => ({}), ownStatus: 404 },
];
