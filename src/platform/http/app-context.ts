import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { SessionStore } from '../auth/session.js';

/** What route plugins receive besides the Fastify instance. */
export interface AppContext {
  config: Config;
  database: Database;
  sessions: SessionStore;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type RoutePlugin = (app: App, ctx: AppContext) => Promise<void> | void;
