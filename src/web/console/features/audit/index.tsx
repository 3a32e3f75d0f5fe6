import type { ConsoleRoute } from '../../app/route-types.js';
import { AuditPage } from './AuditPage.js';
import { auditMessages as m } from './audit.messages.js';

export const auditRoutes: ConsoleRoute[] = [
  {
    path: '/audit',
    render: () => <AuditPage />,
    roles: ['office_admin'],
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 85, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
];
