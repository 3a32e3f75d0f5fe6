import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/audit', request: async () => ({}), markers: async (w) => [w.userA.username, w.userA.id] },
];
