import type { ConsoleRoute } from '../../app/route-types.js';
import { IntakePage } from './IntakePage.js';
import { intakeMessages as m } from './intake.messages.js';

export const intakeRoutes: ConsoleRoute[] = [
  {
    path: '/intake',
    render: () => <IntakePage />,
    roles: ['front_office', 'back_office'],
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 20, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
];
