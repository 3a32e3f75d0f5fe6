import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { App } from '../http/app-context.js';
import type { LoggedIn, TestUser } from './factories.js';

/** Two offices, each with one account holding every office role. */
export interface TenancyWorld {
  app: App;
  database: Database;
  config: Config;
  officeA: { id: number; slug: string };
  officeB: { id: number; slug: string };
  userA: TestUser;
  asA: LoggedIn;
  asB: LoggedIn;
}

export interface TenancyRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Extra headers, e.g. `content-type: text/csv` for routes that take a raw file body. */
  headers?: Record<string, string>;
}

/**
 * How to call one route on office A's data. The cross-office test calls it as office B and
 * expects 403/404 (routes with ids) or no trace of A (lists and searches), and calls it as A to
 * prove the fixture is real. Every route of the OpenAPI document must have one (or be public
 * and listed in `publicRoutes`), so a new route cannot skip the test.
 */
export interface TenancyFixture {
  /** `METHOD /path/:param` exactly as registered. */
  route: string;
  request(world: TenancyWorld): Promise<TenancyRequest>;
  /** Strings of office A's data that must never appear in office B's answer. */
  markers?(world: TenancyWorld): Promise<string[]>;
  /** Status office A gets (to prove the fixture points at something real). Default: < 300. */
  ownStatus?: number;
}

/** Each module's `<feature>.tenancy.ts` exports `tenancyFixtures` and optionally `publicRoutes`. */
export interface TenancyModule {
  tenancyFixtures?: TenancyFixture[];
  publicRoutes?: string[];
}
