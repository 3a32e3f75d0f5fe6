import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { App } from '../../../platform/http/app-context.js';
import { DomainError } from '../../../platform/errors.js';
import { errors } from '../../../platform/http/schemas.js';
import { officeScope } from '../../../platform/http/request-context.js';
import { DOCUMENT_LIMITS, documentTooLarge, normaliseDocument } from '../../documents/document-content.js';
import { documentsOfApplication, saveDocument } from '../../documents/documents.service.js';
import { applicationNotFound, inputInvalid } from '../applications.errors.js';
import { findApplication, requirementsOf } from '../applications.repository.js';
import { CASE_READERS, UPLOAD_ROLES, security } from '../applications.roles.js';
import { documentSchema } from '../applications.detail-schema.js';
import { idParams } from '../applications.schema.js';
import { latestAssessment } from '../assessment/assessment.service.js';
import type { ApplicationServices } from '../case-context.js';
import { isClosed, type ApplicationStatus } from '../workflow/statuses.js';

const notMultipart = () =>
  new DomainError('UNSUPPORTED_MEDIA_TYPE', 415, {
    id: 'Kirim berkas sebagai multipart/form-data (kolom "file").',
    en: 'Send the file as multipart/form-data (field "file").',
  });

const fieldValue = (field: unknown): string | undefined => {
  const f = Array.isArray(field) ? field[0] : field;
  return f && typeof f === 'object' && 'value' in f && typeof (f as { value: unknown }).value === 'string' ? (f as { value: string }).value : undefined;
};

/**
 * Scans and photos of an application: a requirement's document (attached to its checklist item) or a
 * photo of the field assessment (Palembang's house photos are requirements; Tarakan's visit photos are
 * assessment photos). Fields `requirementCode` / `purpose` must come before the file in the form.
 */
export async function applicationDocumentsRoutes(app: App, services: ApplicationServices) {
  // Registered here, inside this plugin's scope: only this route takes multipart bodies.
  await app.register(multipart, { limits: { fileSize: DOCUMENT_LIMITS.maxBytes + 1, files: 1, fields: 5, fieldSize: 200 } });
  const { database } = services;

  app.post('/api/v1/applications/:id/documents', {
    config: { roles: UPLOAD_ROLES },
    schema: {
      tags: ['documents'], security, consumes: ['multipart/form-data'],
      summary: 'Upload a scan or photo (JPEG, PNG, PDF ≤ 10 MB, ≤ 20 pages) for a checklist item or the assessment',
      params: idParams,
      response: { 201: documentSchema, ...errors(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const row = await findApplication(scope, scope.db, req.params.id);
    if (!row) throw applicationNotFound();
    if (isClosed(row.status as ApplicationStatus)) {
      throw new DomainError('APPLICATION_CLOSED', 409, { id: 'Permohonan sudah ditutup.', en: 'The application is closed.' });
    }
    if (!req.isMultipart()) throw notMultipart();
    const file = await req.file();
    if (!file) throw notMultipart();
    let bytes: Buffer;
    try {
      bytes = await file.toBuffer();
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw documentTooLarge(DOCUMENT_LIMITS.maxBytes + 1);
      throw err;
    }
    const purpose = fieldValue(file.fields.purpose) ?? 'requirement';
    const requirementCode = fieldValue(file.fields.requirementCode);
    let subjectId: string | null = null;
    if (purpose === 'requirement') {
      const codes = (await requirementsOf(scope.db, row.id)).map((r) => r.code);
      if (!requirementCode || !codes.includes(requirementCode)) {
        throw inputInvalid('REQUIREMENT_UNKNOWN', { id: `Pilih persyaratan dari daftar periksa permohonan ini (${codes.join(', ')}).`, en: `Choose a requirement of this application's checklist (${codes.join(', ')}).` }, 'requirementCode');
      }
    } else if (purpose === 'assessment_photo') {
      const a = await latestAssessment(scope.db, row.id);
      if (!a) throw inputInvalid('ASSESSMENT_NOT_SCHEDULED', { id: 'Belum ada asesmen untuk permohonan ini.', en: 'This application has no assessment.' }, 'purpose');
      subjectId = a.id;
    } else {
      throw inputInvalid('DOCUMENT_PURPOSE_INVALID', { id: 'Jenis unggahan: requirement atau assessment_photo.', en: 'Upload purpose: requirement or assessment_photo.' }, 'purpose');
    }
    const content = await normaliseDocument(bytes);
    const doc = await scope.mutate(async (tx, audit) => {
      const saved = await saveDocument(scope, tx, services.store, {
        applicationId: row.id, requirementCode: purpose === 'requirement' ? requirementCode! : null, purpose, subjectId, originalName: file.filename, content,
      });
      await audit({ action: 'document.uploaded', entityType: 'document', entityId: saved.id, after: { applicationId: row.id, requirementCode: saved.requirementCode, purpose, mimeType: saved.mimeType, sizeBytes: saved.sizeBytes, sha256: saved.sha256 } });
      return saved;
    });
    const { applicationId: _a, ...view } = doc;
    return reply.status(201).send(view);
  });

  app.get('/api/v1/applications/:id/documents', {
    config: { roles: CASE_READERS },
    schema: { tags: ['documents'], security, summary: 'Documents of an application (metadata)', params: idParams, response: { 200: z.object({ documents: z.array(documentSchema) }), ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    const row = await findApplication(scope, scope.db, req.params.id);
    if (!row) throw applicationNotFound();
    const docs = await documentsOfApplication(scope, row.id);
    return { documents: docs.map(({ applicationId: _a, ...d }) => d) };
  });
}
