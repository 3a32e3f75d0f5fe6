import type { ConsoleRoute } from '../../app/route-types.js';
import { WORKLIST_ROLES } from '../applications/applications.api.js';
import { WorklistPage } from './WorklistPage.js';
import { worklistMessages as m } from './worklists.messages.js';

export const worklistRoutes: ConsoleRoute[] = [
  {
    path: '/worklist',
    render: () => <WorklistPage />,
    roles: WORKLIST_ROLES,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 10, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
];
