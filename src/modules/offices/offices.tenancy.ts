import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';

// Offices are public facts (name, region, time zone); creating one is for platform admins.
export const publicRoutes = ['GET /api/v1/offices', 'GET /api/v1/offices/:slug'];

export const tenancyFixtures: TenancyFixture[] = [
  {
    route: 'POST /api/v1/offices',
    request: async () => ({ body: { slug: 'kantor-baru', name: 'Dinas Baru', regionCode: '35.75', timeZone: 'Asia/Jakarta', receiptPrefix: 'BRU' } }),
    ownStatus: 403,
  },
];
