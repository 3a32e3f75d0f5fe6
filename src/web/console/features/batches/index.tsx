import type { ConsoleRoute } from '../../app/route-types.js';
import { BatchDetailPage } from './BatchDetailPage.js';
import { BatchListPage } from './BatchListPage.js';
import { batchMessages as m } from './batches.messages.js';

// Same roles as the API (batches.roles.ts): back-office work overseen by the office admin.
const roles = ['back_office', 'office_admin'] as const;

export const batchRoutes: ConsoleRoute[] = [
  {
    path: '/batches',
    render: () => <BatchListPage />,
    roles,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 40, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  { path: '/batches/:id', render: (p) => <BatchDetailPage id={p.id!} />, roles, office: true },
];
