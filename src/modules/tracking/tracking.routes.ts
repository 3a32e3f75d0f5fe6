import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { rateLimited } from '../registry/registry.errors.js';
import { TokenBucket } from '../registry/rate-limit.js';
import { APPLICATION_STATUSES } from '../applications/workflow/statuses.js';
import { track } from './tracking.service.js';

const trackBody = z.strictObject({
  receiptNumber: z.string().trim().min(3).max(40),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal lahir TTTT-BB-HH // Birth date YYYY-MM-DD'),
});

const trackAnswer = z.object({
  receiptNumber: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  statusLabel: z.string(),
  officeName: z.string(),
  serviceName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), status: z.enum(APPLICATION_STATUSES), label: z.string() })),
  missing: z.array(z.object({ label: z.string(), reason: z.string().nullable() })),
  nextStep: z.string(),
});

/** 10 lookups a minute per address: a family checking a few receipts, not a guessing machine. */
export const TRACKING_PER_MINUTE = 10;

export const trackingRoutes: RoutePlugin = (app, { database }) => {
  const bucket = new TokenBucket({ capacity: TRACKING_PER_MINUTE, perMinute: TRACKING_PER_MINUTE });
  const throttle = async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = bucket.take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw rateLimited(wait);
    }
  };

  app.post('/api/v1/track', {
    config: { auth: 'public' },
    onRequest: throttle,
    schema: {
      tags: ['tracking'],
      summary: 'Track an application by receipt number and the applicant\'s birth date (public, rate-limited)',
      body: trackBody,
      response: { 200: trackAnswer, ...errors(400, 404, 429) },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return track(database, req.body, langOf(req));
  });
};
