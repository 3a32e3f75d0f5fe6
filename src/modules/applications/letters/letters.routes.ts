import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { langOf } from '../../../platform/http/i18n.js';
import { officeScope } from '../../../platform/http/request-context.js';
import { rateLimited } from '../../registry/registry.errors.js';
import { TokenBucket } from '../../registry/rate-limit.js';
import { CASE_READERS, security } from '../applications.roles.js';
import { idParams } from '../applications.schema.js';
import type { ApplicationServices } from '../case-context.js';
import { letterPdf } from './application-letters.service.js';
import { verifyLetter } from './verify.service.js';

/** Bytes (PDF or image); Fastify sends a Buffer as is. */
const binary = z.any().describe('binary');

const verifyAnswer = z.object({
  valid: z.boolean(),
  status: z.enum(['genuine', 'altered', 'not_signed', 'unknown']),
  message: z.string(),
  letter: z.object({
    number: z.string(), issuedAt: z.string(), kind: z.string(), subject: z.string(), officeName: z.string(), personInitials: z.array(z.string()),
  }).nullable(),
});

/** 60 checks a minute per address: a hospital desk checking letters all day stays well inside. */
export const VERIFICATIONS_PER_MINUTE = 60;

export function lettersRoutes(app: App, services: ApplicationServices) {
  const bucket = new TokenBucket({ capacity: VERIFICATIONS_PER_MINUTE, perMinute: VERIFICATIONS_PER_MINUTE });
  const throttle = async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = bucket.take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw rateLimited(wait);
    }
  };

  const verify = {
    config: { auth: 'public' as const },
    onRequest: throttle,
    schema: {
      tags: ['letters'],
      summary: 'Is this letter genuine and unchanged? (the QR code on a signed letter; initials only)',
      params: z.strictObject({ token: z.string().max(600) }),
      response: { 200: verifyAnswer, ...errors(400, 429) },
    },
  };
  app.get('/api/v1/letters/verify/:token', verify, async (req) => verifyLetter(services.database, services.letterKey, req.params.token, langOf(req)));

  app.get('/api/v1/letters/:id/pdf', {
    config: { roles: CASE_READERS },
    schema: { tags: ['letters'], security, summary: 'A letter as PDF (audited as letter.viewed)', params: idParams, response: { 200: binary, ...errors(400, 401, 403, 404) } },
  }, async (req, reply) => {
    const { row, bytes } = await letterPdf(services, officeScope(services.database, req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="surat-${row.number.replace(/[^\w.-]+/g, '_')}.pdf"`).send(bytes);
  });
}
