import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { notFound } from '../../platform/errors.js';
import { officeSlug } from '../offices/offices.schema.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { requireOfficeBySlug } from '../offices/offices.service.js';
import { isoDateSchema } from './standard-common.schema.js';
import { listStandardVersions } from './standards.repository.js';
import { currentStandardBySlug, publishStandard } from './standards.service.js';
import { renderStandardPage } from './standard-page.js';
import { renderStandardPdf } from './standard.pdf.js';
import { langOf } from '../../platform/http/i18n.js';

// Rendering a standard's PDF takes ~100 ms; a published version never changes, so keep it.
const pdfCache = new Map<number, Buffer>();

const slugParams = z.strictObject({ slug: officeSlug });
const standardView = z.object({ id: z.number(), version: z.number(), effectiveDate: z.string(), standard: z.unknown() });

export const standardsRoutes: RoutePlugin = (app, { database }) => {
  app.get('/api/v1/offices/:slug/standard', {
    config: { auth: 'public' },
    schema: {
      tags: ['standards'],
      summary: "The office's published service standard in force (the same data as its page and PDF)",
      params: slugParams,
      response: { 200: standardView, ...errors(400, 404) },
    },
  }, async (req) => (await currentStandardBySlug(database, req.params.slug)).current);

  app.get('/api/v1/offices/:slug/standard/versions', {
    config: { auth: 'public' },
    schema: {
      tags: ['standards'],
      summary: 'Published versions of the standard, newest first',
      params: slugParams,
      response: {
        200: z.object({ versions: z.array(z.object({ id: z.number(), version: z.number(), effectiveDate: z.string(), publishedAt: z.string(), note: z.string().nullable() })) }),
        ...errors(400, 404),
      },
    },
  }, async (req) => {
    const office = await requireOfficeBySlug(database, req.params.slug);
    const rows = await listStandardVersions(database.db, office.id);
    return { versions: rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() })) };
  });

  app.get('/:slug/standar-pelayanan', {
    config: { auth: 'public' },
    schema: { tags: ['standards'], summary: 'Public page of the standard (HTML)', params: slugParams, querystring: z.strictObject({ lang: z.enum(['id', 'en']).optional() }) },
  }, async (req, reply) => {
    const { current } = await currentStandardBySlug(database, req.params.slug);
    return reply.type('text/html; charset=utf-8').send(renderStandardPage(current.standard, { slug: req.params.slug, version: current.version, effectiveDate: current.effectiveDate }, langOf(req)));
  });

  app.get('/:slug/standar-pelayanan.pdf', {
    config: { auth: 'public' },
    schema: { tags: ['standards'], summary: 'Printable PDF of the standard', params: slugParams },
  }, async (req, reply) => {
    const { current } = await currentStandardBySlug(database, req.params.slug);
    let pdf = pdfCache.get(current.id);
    if (!pdf) {
      pdf = await renderStandardPdf(current.standard);
      pdfCache.set(current.id, pdf);
    }
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="standar-pelayanan-${req.params.slug}-v${current.version}.pdf"`)
      .send(pdf);
  });

  app.post('/api/v1/standard/versions', {
    config: { roles: ['office_admin'] },
    schema: {
      tags: ['standards'],
      summary: 'Publish a new version of my office standard (office admin); applications keep the version they started under',
      body: z.strictObject({
        effectiveDate: isoDateSchema,
        note: z.string().trim().max(500).optional(),
        // Validated by validateStandard so every problem is reported with its field and rule.
        standard: z.record(z.string(), z.unknown()),
      }),
      response: { 201: standardView, ...errors(400, 401, 403) },
    },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const office = await findOfficeById(scope.db, scope.officeId);
    if (!office) throw notFound();
    const published = await publishStandard(scope, office, req.body.standard, { effectiveDate: req.body.effectiveDate, note: req.body.note ?? null });
    return reply.status(201).send(published);
  });
};
