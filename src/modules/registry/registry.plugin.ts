import type { RoutePlugin } from '../../platform/http/app-context.js';
import { familyChangesRoutes } from './family-changes.routes.js';
import { identityCheckRoutes } from './identity-check.routes.js';
import { registryRoutes } from './registry.routes.js';
import { importRoutes } from './import/import.routes.js';

/** Every route of the registry: identity checks, search and records, family changes, imports. */
export const registryPlugin: RoutePlugin = async (app, ctx) => {
  await identityCheckRoutes(app, ctx);
  await registryRoutes(app, ctx);
  await familyChangesRoutes(app, ctx);
  await importRoutes(app, ctx);
};
