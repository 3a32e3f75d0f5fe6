import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';

// The standard is a public document of each office.
export const publicRoutes = [
  'GET /api/v1/offices/:slug/standard',
  'GET /api/v1/offices/:slug/standard/versions',
  'GET /:slug/standar-pelayanan',
  'GET /:slug/standar-pelayanan.pdf',
];

export const tenancyFixtures: TenancyFixture[] = [
  // Publishing acts on the caller's own office only; a fixture with an invalid body shows B cannot
  // reach A's standard through it (A's answer: 400 because the test offices have no seed identity).
  { route: 'POST /api/v1/standard/versions', request: async () => ({ body: { effectiveDate: '2027-01-01', standard: {} } }), ownStatus: 400 },
];
