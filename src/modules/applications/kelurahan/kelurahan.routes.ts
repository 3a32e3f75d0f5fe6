import { z } from 'zod';
import type { App } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { officeScope, requireActor } from '../../../platform/http/request-context.js';
import { security } from '../applications.roles.js';
import { idParams } from '../applications.schema.js';
import type { ApplicationServices } from '../case-context.js';
import { listBatches, submitBatch } from './kelurahan-batch.service.js';

const batchView = z.object({
  id: z.string(),
  villageCode: z.string(),
  status: z.enum(['open', 'submitted']),
  referenceNumber: z.string().nullable(),
  referenceDate: z.string().nullable(),
  applications: z.number(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
});
const readers = { roles: ['kelurahan_operator', 'front_office', 'back_office', 'office_admin'] as const };

export function kelurahanRoutes(app: App, services: ApplicationServices) {
  app.get('/api/v1/kelurahan-batches', {
    config: readers,
    schema: {
      tags: ['applications'], security,
      summary: 'Kelurahan proposal batches (a kelurahan operator sees its own villages)',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50) }),
      response: { 200: z.object({ batches: z.array(batchView) }), ...errors(400, 401, 403) },
    },
  }, async (req) => ({ batches: await listBatches(officeScope(services.database, req), req.query.limit) }));

  app.post('/api/v1/kelurahan-batches/:id/submit', {
    config: { roles: ['kelurahan_operator', 'front_office'] },
    schema: {
      tags: ['applications'], security,
      summary: 'Hand a kelurahan batch to the office: its proposals become submitted applications',
      params: idParams,
      body: z.strictObject({ referenceNumber: z.string().trim().min(1).max(100).optional(), referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
      response: { 200: z.object({ batch: batchView, receiptNumbers: z.array(z.string()) }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req) => submitBatch(services, officeScope(services.database, req), requireActor(req).roles, req.params.id, req.body));
}
