import type { ConsoleRoute } from '../../app/route-types.js';
import { StaffCreatePage } from './StaffCreatePage.js';
import { StaffEditPage } from './StaffEditPage.js';
import { StaffListPage } from './StaffListPage.js';
import { staffMessages as m } from './staff.messages.js';

const admin = ['office_admin'] as const;

export const staffRoutes: ConsoleRoute[] = [
  {
    path: '/staff',
    render: () => <StaffListPage />,
    roles: admin,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 80, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  { path: '/staff/new', render: () => <StaffCreatePage />, roles: admin, office: true },
  { path: '/staff/:id', render: (p) => <StaffEditPage id={p.id!} />, roles: admin, office: true },
];
