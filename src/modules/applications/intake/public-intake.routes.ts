import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { auditActor } from '../../../platform/http/request-context.js';
import { OfficeScope } from '../../../platform/tenancy.js';
import { requireOfficeBySlug } from '../../offices/offices.service.js';
import { rateLimited } from '../../registry/registry.errors.js';
import { TokenBucket } from '../../registry/rate-limit.js';
import { publicApplicationBody } from '../applications.schema.js';
import type { ApplicationServices } from '../case-context.js';
import { createApplication, PROOF_LINK_HOURS } from './intake.service.js';
import { receiptPdfByToken } from './receipt.service.js';

/** Bytes (PDF or image); Fastify sends a Buffer as is. */
const binary = z.any().describe('binary');

const answer = z.object({
  receiptNumber: z.string(),
  status: z.string(),
  dueAt: z.string().nullable(),
  /** One-time link to the proof of registration PDF, valid PROOF_LINK_HOURS hours. */
  proofUrl: z.string(),
  trackingUrl: z.string(),
});

/** A household applies once, maybe twice: 5 a burst, then one every 10 minutes per address. */
export const WEB_APPLICATIONS_BURST = 5;

export function publicIntakeRoutes(app: App, services: ApplicationServices) {
  const throttleWith = (bucket: TokenBucket) => async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = bucket.take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw rateLimited(wait);
    }
  };
  const applying = throttleWith(new TokenBucket({ capacity: WEB_APPLICATIONS_BURST, perMinute: 0.1 }));
  const downloading = throttleWith(new TokenBucket({ capacity: 20, perMinute: 10 }));

  app.post('/api/v1/offices/:slug/applications', {
    config: { auth: 'public' },
    onRequest: applying,
    schema: {
      tags: ['applications'],
      summary: 'Apply online (citizen portal): only services whose standard accepts the web channel (public, rate-limited)',
      params: z.strictObject({ slug: z.string().max(100) }),
      body: publicApplicationBody,
      response: { 201: answer, ...errors(400, 404, 409, 422, 429) },
    },
  }, async (req, reply) => {
    const office = await requireOfficeBySlug(services.database, req.params.slug);
    const scope = new OfficeScope(services.database, office.id, { ...auditActor(req), label: 'portal' });
    const { consent: _consent, ...input } = req.body;
    const out = await createApplication(services, scope, { ...input, channel: 'web' }, office);
    return reply.status(201).send({
      receiptNumber: out.row.receiptNumber,
      status: out.row.status,
      dueAt: out.row.dueAt?.toISOString() ?? null,
      proofUrl: `${services.config.publicUrl}/api/v1/receipts/${out.proofToken}`,
      trackingUrl: `${services.config.publicUrl}/lacak`,
    });
  });

  app.get('/api/v1/receipts/:token', {
    config: { auth: 'public' },
    onRequest: downloading,
    schema: {
      tags: ['applications'],
      summary: `Proof of registration of a web application, by its one-time link (valid ${PROOF_LINK_HOURS} h, one download)`,
      params: z.strictObject({ token: z.string().max(200) }),
      response: { 200: binary, ...errors(400, 404, 429) },
    },
  }, async (req, reply) => {
    const { row, bytes } = await receiptPdfByToken(services, req.params.token);
    reply.header('cache-control', 'no-store');
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="bukti-${row.receiptNumber}.pdf"`).send(bytes);
  });
}
