import type { App, RoutePlugin } from '../../platform/http/app-context.js';
import { consoleRoutes } from './console.routes.js';
import { createPortalRoutes, type PortalOptions } from './portal.routes.js';
import { applyRoutes } from './apply/apply.routes.js';

export { createPortalRoutes, consoleRoutes };

/** The browser-facing side: the staff console (SPA) and the citizen portal (server-rendered). */
export const webRoutes = (options: PortalOptions = {}): RoutePlugin => async (app, ctx) => {
  await app.register(async (scoped) => consoleRoutes(scoped as unknown as App, ctx));
  await app.register(async (scoped) => createPortalRoutes(options)(scoped as unknown as App, ctx));
  // Its own scope: only the application pages take multipart bodies (photo uploads).
  await app.register(async (scoped) => applyRoutes(options)(scoped as unknown as App, ctx));
};
