import type { ConsoleRoute } from '../../app/route-types.js';
import { KelurahanPage } from './KelurahanPage.js';
import { kelurahanMessages as m } from './kelurahan.messages.js';
import { ProposalPage } from './ProposalPage.js';

export const kelurahanRoutes: ConsoleRoute[] = [
  {
    path: '/kelurahan',
    render: () => <KelurahanPage />,
    // The office sees what the kelurahan collected before it arrives; only the kelurahan adds and hands over.
    roles: ['kelurahan_operator', 'front_office', 'back_office'],
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 15, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  { path: '/kelurahan/new', render: () => <ProposalPage />, roles: ['kelurahan_operator'], office: true },
];
