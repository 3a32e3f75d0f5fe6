import type { RoutePlugin } from '../platform/http/app-context.js';
import { auditRoutes } from './audit/audit.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { standardsRoutes } from './standards/standards.routes.js';
import { officesRoutes } from './offices/offices.routes.js';
import { regionsRoutes } from './regions/regions.routes.js';
import { registryPlugin } from './registry/registry.plugin.js';
import { faskesRoutes } from './faskes/faskes.routes.js';
import { webRoutes } from './portal/index.js';
import { applicationsPlugin } from './applications/applications.plugin.js';
import { documentsRoutes } from './documents/documents.routes.js';
import { trackingRoutes } from './tracking/tracking.routes.js';
import { authRoutes } from './staff/auth.routes.js';
import { staffRoutes } from './staff/staff.routes.js';
import { batchesPlugin } from './batches/batches.plugin.js';
import { cardsRoutes } from './cards/cards.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';

/** Every feature's routes; app.ts registers them in this order. */
export const routePlugins: RoutePlugin[] = [officesRoutes, authRoutes, staffRoutes, auditRoutes, standardsRoutes, calendarRoutes, regionsRoutes, registryPlugin, faskesRoutes, applicationsPlugin, documentsRoutes, trackingRoutes, batchesPlugin, cardsRoutes, reportsRoutes, webRoutes()];
