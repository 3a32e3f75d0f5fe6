import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';

// Both reports print the office's name in their header: office B's report must never carry A's.
const nameOfA = async (w: TenancyWorld) => (await execRows<{ name: string }>(w.database.db, sql`SELECT name FROM offices WHERE id = ${w.officeA.id}`)).map((r) => r.name);

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/reports/membership', request: async () => ({ query: { month: '2026-11' } }), markers: nameOfA },
  { route: 'GET /api/v1/reports/register', request: async () => ({ query: { month: '2026-11', format: 'xlsx' } }), markers: nameOfA },
];
