import type { ConsoleRoute } from '../../app/route-types.js';
import { accountMessages as m } from './account.messages.js';
import { AccountPage } from './AccountPage.js';

export const accountRoutes: ConsoleRoute[] = [
  {
    path: '/account',
    render: () => <AccountPage />,
    nav: { label: { id: m.id.navAccount, en: m.en.navAccount }, order: 90, personal: true, description: { id: m.id.navAccountDescription, en: m.en.navAccountDescription } },
  },
];
