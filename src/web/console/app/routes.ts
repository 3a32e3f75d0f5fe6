import type { ConsoleRoute } from './route-types.js';
import { accountRoutes } from '../features/account/index.js';
import { auditRoutes } from '../features/audit/index.js';
import { homeRoutes } from '../features/home/index.js';
import { staffRoutes } from '../features/staff/index.js';

/**
 * Every screen of the console, in matching order (a fixed path before a :param one). A new feature
 * adds its list here; the menu and the home screen pick it up from its `nav` entry.
 */
export const routes: ConsoleRoute[] = [];
routes.push(...homeRoutes(() => routes), ...staffRoutes, ...auditRoutes, ...accountRoutes);
