import type { TenancyFixture } from '../../platform/testing/tenancy-fixtures.js';
import { faskesOfA } from '../registry/registry.tenancy.js';

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/faskes', request: async () => ({}), markers: async (w) => [await faskesOfA(w), 'Puskesmas Rahasia A'] },
  {
    // B imports its own list; A's facility with the same code stays A's.
    route: 'POST /api/v1/faskes/imports',
    request: async () => ({ headers: { 'content-type': 'text/csv' }, body: 'kode;nama;jenis;alamat\n13179901;Puskesmas B;PUSKESMAS;Jl. B\n' }),
    markers: async (w) => [await faskesOfA(w), 'Puskesmas Rahasia A'],
  },
];
