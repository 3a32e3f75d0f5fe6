import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';
import { documentOfA } from '../applications/applications.tenancy.js';

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/documents/:id', request: async (w) => ({ params: { id: await documentOfA(w) } }), markers: async () => ['kk-rahasia-a.png'] },
  { route: 'GET /api/v1/documents/:id/content', request: async (w) => ({ params: { id: await documentOfA(w) } }) },
];
