import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { documentStoreFor } from './document-store.js';
import { getDocumentMeta, openDocument } from './documents.service.js';

/** Bytes (PDF or image); Fastify sends a Buffer as is. */
const binary = z.any().describe('binary');

const idParams = z.strictObject({ id: z.string().uuid('ID dokumen tidak valid // Invalid document id') });
const security = [{ session: [], csrf: [] }];
const readers = { roles: ['front_office', 'back_office', 'field_assessor', 'approver', 'office_admin', 'kelurahan_operator'] as const };

const documentView = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  requirementCode: z.string().nullable(),
  purpose: z.string(),
  subjectId: z.string().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  pageCount: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  originalName: z.string().nullable(),
  sha256: z.string(),
  createdAt: z.string(),
});

/** Reading documents; uploads go through their application (applications/documents). */
export const documentsRoutes: RoutePlugin = (app, { config, database }) => {
  const store = documentStoreFor(config);

  app.get('/api/v1/documents/:id', {
    config: readers,
    schema: { tags: ['documents'], security, summary: 'A document\'s metadata (type, size, pages, hash)', params: idParams, response: { 200: documentView, ...errors(400, 401, 403, 404) } },
  }, async (req) => getDocumentMeta(officeScope(database, req), req.params.id));

  app.get('/api/v1/documents/:id/content', {
    config: readers,
    schema: { tags: ['documents'], security, summary: 'A document\'s bytes (audited as document.viewed)', params: idParams, response: { 200: binary, ...errors(400, 401, 403, 404) } },
  }, async (req, reply) => {
    const { doc, bytes } = await openDocument(officeScope(database, req), store, req.params.id);
    reply.header('content-disposition', `inline; filename="dokumen-${doc.id}${doc.mimeType === 'application/pdf' ? '.pdf' : '.jpg'}"`);
    // Served as data, never as a page of this origin: no sniffing into HTML.
    reply.header('x-content-type-options', 'nosniff');
    return reply.type(doc.mimeType).send(bytes);
  });
};
