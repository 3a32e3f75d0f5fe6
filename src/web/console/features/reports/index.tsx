import type { ConsoleRoute } from '../../app/route-types.js';
import { reportMessages as m } from './reports.messages.js';
import { ReportsPage } from './ReportsPage.js';

export const reportRoutes: ConsoleRoute[] = [
  {
    path: '/reports',
    render: () => <ReportsPage />,
    // The API's report roles (reports.routes.ts).
    roles: ['office_admin', 'report_viewer', 'approver', 'back_office'],
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 60, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
];
