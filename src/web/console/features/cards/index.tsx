import type { ConsoleRoute } from '../../app/route-types.js';
import { ArrivalsPage } from './ArrivalsPage.js';
import { CardDetailPage } from './CardDetailPage.js';
import { CardListPage } from './CardListPage.js';
import { cardMessages as m } from './cards.messages.js';

// Counter and back-office work: cards arrive in the back office and are handed over at the counter.
const roles = ['front_office', 'back_office'] as const;

export const cardRoutes: ConsoleRoute[] = [
  {
    path: '/cards',
    render: () => <CardListPage />,
    roles,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 50, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  { path: '/cards/arrivals', render: () => <ArrivalsPage />, roles, office: true },
  { path: '/cards/:id', render: (p) => <CardDetailPage id={p.id!} />, roles, office: true },
];
