import type { ConsoleRoute } from './route-types.js';
import { accountRoutes } from '../features/account/index.js';
import { applicationRoutes } from '../features/applications/index.js';
import { auditRoutes } from '../features/audit/index.js';
import { batchRoutes } from '../features/batches/index.js';
import { cardRoutes } from '../features/cards/index.js';
import { homeRoutes } from '../features/home/index.js';
import { intakeRoutes } from '../features/intake/index.js';
import { kelurahanRoutes } from '../features/kelurahan/index.js';
import { registryRoutes } from '../features/registry/index.js';
import { reportRoutes } from '../features/reports/index.js';
import { settingsRoutes } from '../features/settings/index.js';
import { staffRoutes } from '../features/staff/index.js';
import { worklistRoutes } from '../features/worklists/index.js';

/**
 * Every screen of the console, in matching order (a fixed path before a :param one). A new feature
 * adds its list here; the menu and the home screen pick it up from its `nav` entry.
 */
export const routes: ConsoleRoute[] = [];
routes.push(
  ...homeRoutes(() => routes),
  ...worklistRoutes,
  ...intakeRoutes,
  ...kelurahanRoutes,
  ...applicationRoutes,
  ...registryRoutes,
  ...batchRoutes,
  ...cardRoutes,
  ...reportRoutes,
  ...settingsRoutes,
  ...staffRoutes,
  ...auditRoutes,
  ...accountRoutes,
);
