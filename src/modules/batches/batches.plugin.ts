import type { RoutePlugin } from '../../platform/http/app-context.js';
import { batchesRoutes } from './batches.routes.js';
import { bpjsRoutes } from './bpjs.routes.js';

/** The BPJS exchange: monthly batches, e-Dabu export, BPJS answers; office BPJS settings and participant check. */
export const batchesPlugin: RoutePlugin = async (app, ctx) => {
  await batchesRoutes(app, ctx);
  await bpjsRoutes(app, ctx);
};
