import type { ConsoleRoute } from '../../app/route-types.js';
import { FamilyPage } from './FamilyPage.js';
import { ImportDetailPage, ImportsPage } from './ImportsPage.js';
import { PersonPage } from './PersonPage.js';
import { RegistrySearchPage } from './RegistrySearchPage.js';
import { registryMessages as m } from './registry.messages.js';

const readers = ['front_office', 'back_office', 'approver', 'office_admin', 'report_viewer'] as const;
const changers = ['back_office', 'office_admin'] as const;

export const registryRoutes: ConsoleRoute[] = [
  {
    path: '/registry',
    render: () => <RegistrySearchPage />,
    roles: readers,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 30, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  // Fixed paths before :param ones.
  { path: '/registry/imports', render: () => <ImportsPage />, roles: changers, office: true },
  { path: '/registry/imports/:id', render: (p) => <ImportDetailPage id={p.id!} />, roles: changers, office: true },
  { path: '/registry/persons/:id', render: (p) => <PersonPage id={p.id!} />, roles: readers, office: true },
  { path: '/registry/families/:id', render: (p) => <FamilyPage id={p.id!} />, roles: readers, office: true },
];
