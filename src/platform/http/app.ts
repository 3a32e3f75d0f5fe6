import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import { randomUUID } from 'node:crypto';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { SessionStore } from '../auth/session.js';
import { installErrorHandlers } from './error-handler.js';
import { installSecurityHeaders } from './security-headers.js';
import { installRequestContext } from './request-context.js';
import type { App, AppContext } from './app-context.js';
import { routePlugins } from '../../modules/index.js';

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Tests pass false; the server passes pino options. */
  logger?: boolean | Record<string, unknown>;
}

export async function buildApp({ config, database, logger }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Request bodies are never logged (personal data); cookies and auth headers neither.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // One log line per request (written in onResponse below) instead of Fastify's two.
    logController: new Fastify.LogController({ disableRequestLogging: true }),
    trustProxy: process.env.TRUST_PROXY === '1',
    // Signed letter tokens in /verify/{token} are ~150 characters, above the default of 100.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);

  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  installSecurityHeaders(app, { https: config.publicUrl.startsWith('https://') });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    // The path only: query strings may carry search terms; bodies are never logged.
    req.log.info({ method: req.method, url: req.routeOptions.url ?? req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Layanan PBI API',
        version: '1',
        description:
          'Enrolment of residents into PBI Daerah (JKN-KIS). Errors: { error: { code, message, details } }; ' +
          'messages in Bahasa Indonesia, English with Accept-Language: en. Staff routes need the session cookie ' +
          'and, for changes, the X-CSRF-Token header.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pbi_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const sessions = new SessionStore(database, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  await sessions.listen();
  installRequestContext(app, sessions);

  const ctx: AppContext = { config, database, sessions };

  app.get('/health', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await database.query('SELECT 1');
      return { status: 'ok', database: database.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.engine });
    }
  });

  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  for (const plugin of routePlugins) {
    await app.register(async (scoped) => plugin(scoped as unknown as App, ctx));
  }

  await app.ready();
  return app;
}
