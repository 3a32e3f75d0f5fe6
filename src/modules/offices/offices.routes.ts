import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { auditActor } from '../../platform/http/request-context.js';
import { createOfficeBody, officePublic, officeSlug } from './offices.schema.js';
import { listPublicOffices } from './offices.repository.js';
import { createOffice, requireOfficeBySlug } from './offices.service.js';

export const officesRoutes: RoutePlugin = (app, { database }) => {
  app.get('/api/v1/offices', {
    config: { auth: 'public' },
    schema: {
      tags: ['offices'],
      summary: 'Daftar kantor / list of offices (public)',
      response: { 200: z.object({ offices: z.array(officePublic) }) },
    },
  }, async () => ({ offices: await listPublicOffices(database.db) }));

  app.get('/api/v1/offices/:slug', {
    config: { auth: 'public' },
    schema: {
      tags: ['offices'],
      summary: 'One office (public)',
      params: z.strictObject({ slug: officeSlug }),
      response: { 200: officePublic, ...errors(400, 404) },
    },
  }, async (req) => {
    const o = await requireOfficeBySlug(database, req.params.slug);
    return { slug: o.slug, name: o.name, regionCode: o.regionCode, timeZone: o.timeZone as never };
  });

  app.post('/api/v1/offices', {
    config: { roles: ['platform_admin'] },
    schema: {
      tags: ['offices'],
      summary: 'Create an office (platform admin)',
      security: [{ session: [], csrf: [] }],
      body: createOfficeBody,
      response: { 201: officePublic, ...errors(400, 401, 403, 409) },
    },
  }, async (req, reply) => {
    const o = await createOffice(database, auditActor(req), req.body);
    return reply.status(201).send({ slug: o.slug, name: o.name, regionCode: o.regionCode, timeZone: o.timeZone as never });
  });
};
