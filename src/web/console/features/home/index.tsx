import type { ConsoleRoute } from '../../app/route-types.js';
import { homeMessages } from './home.messages.js';
import { HomePage } from './HomePage.js';

export const homeRoutes = (all: () => ConsoleRoute[]): ConsoleRoute[] => [
  {
    path: '/',
    render: () => <HomePage routes={all()} />,
    nav: { label: { id: homeMessages.id.navHome, en: homeMessages.en.navHome }, order: 0 },
  },
];
