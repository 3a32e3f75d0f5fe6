import { sql } from 'drizzle-orm';
import { execRows, type Executor } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import type { DocumentStore } from './document-store.js';
import type { NormalisedDocument } from './document-content.js';
import { documents } from './documents.tables.js';

export const documentNotFound = () => notFound({ id: 'Dokumen', en: 'Document' });

export type DocumentPurpose = (typeof documents.$inferInsert)['purpose'];

export interface DocumentView {
  id: string;
  applicationId: string | null;
  requirementCode: string | null;
  purpose: DocumentPurpose;
  subjectId: string | null;
  mimeType: string;
  sizeBytes: number;
  pageCount: number | null;
  width: number | null;
  height: number | null;
  originalName: string | null;
  sha256: string;
  createdAt: string;
}

interface DocumentRow {
  id: string;
  application_id: string | null;
  requirement_code: string | null;
  purpose: DocumentPurpose;
  subject_id: string | null;
  mime_type: string;
  size_bytes: number;
  page_count: number | null;
  width: number | null;
  height: number | null;
  original_name: string | null;
  sha256: string;
  created_at: string | Date;
}

const view = (r: DocumentRow): DocumentView => ({
  id: r.id,
  applicationId: r.application_id,
  requirementCode: r.requirement_code,
  purpose: r.purpose,
  subjectId: r.subject_id,
  mimeType: r.mime_type,
  sizeBytes: Number(r.size_bytes),
  pageCount: r.page_count,
  width: r.width,
  height: r.height,
  originalName: r.original_name,
  sha256: r.sha256,
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * Kelurahan operators see documents of applications from their own villages only; everyone else in the
 * office sees the office's documents.
 */
function villageScope(scope: OfficeScope) {
  const codes = scope.kelurahanCodes;
  if (codes === null) return sql``;
  if (codes.length === 0) return sql` AND false`;
  return sql` AND d.application_id IN (SELECT a.id FROM applications a WHERE a.office_id = ${scope.officeId}
    AND a.village_code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)}))`;
}

const COLUMNS = sql`d.id, d.application_id, d.requirement_code, d.purpose, d.subject_id, d.mime_type, d.size_bytes, d.page_count,
  d.width, d.height, d.original_name, d.sha256, d.created_at`;

/** Stores the bytes and records the document inside the caller's transaction. */
export async function saveDocument(
  scope: OfficeScope,
  tx: Executor,
  store: DocumentStore,
  input: { applicationId: string | null; requirementCode?: string | null; purpose: DocumentPurpose; subjectId?: string | null; originalName?: string | null; content: NormalisedDocument },
): Promise<DocumentView> {
  const sha = await store.put(input.content.bytes);
  const rows = await tx
    .insert(documents)
    .values({
      officeId: scope.officeId,
      applicationId: input.applicationId,
      requirementCode: input.requirementCode ?? null,
      purpose: input.purpose,
      subjectId: input.subjectId ?? null,
      sha256: sha,
      mimeType: input.content.mimeType,
      sizeBytes: input.content.bytes.length,
      pageCount: input.content.pageCount,
      width: input.content.width,
      height: input.content.height,
      // Only the base name, trimmed: a path from the uploader's computer says more than needed.
      originalName: input.originalName ? input.originalName.split(/[\\/]/).pop()!.slice(0, 200) : null,
      uploadedBy: scope.actor.userId,
    })
    .returning();
  const r = rows[0]!;
  return view({
    id: r.id, application_id: r.applicationId, requirement_code: r.requirementCode, purpose: r.purpose, subject_id: r.subjectId,
    mime_type: r.mimeType, size_bytes: r.sizeBytes, page_count: r.pageCount, width: r.width, height: r.height,
    original_name: r.originalName, sha256: r.sha256, created_at: r.createdAt,
  });
}

export async function findDocument(scope: OfficeScope, id: string, db: Executor = scope.db): Promise<DocumentView | null> {
  const rows = await execRows<DocumentRow>(db, sql`SELECT ${COLUMNS} FROM documents d
    WHERE d.office_id = ${scope.officeId} AND d.id = ${id}${villageScope(scope)}`);
  return rows[0] ? view(rows[0]) : null;
}

export async function documentsOfApplication(scope: OfficeScope, applicationId: string, db: Executor = scope.db): Promise<DocumentView[]> {
  const rows = await execRows<DocumentRow>(db, sql`SELECT ${COLUMNS} FROM documents d
    WHERE d.office_id = ${scope.officeId} AND d.application_id = ${applicationId}${villageScope(scope)}
    ORDER BY d.created_at, d.id LIMIT 200`);
  return rows.map(view);
}

export async function getDocumentMeta(scope: OfficeScope, id: string): Promise<DocumentView> {
  const doc = await findDocument(scope, id);
  if (!doc) throw documentNotFound();
  return doc;
}

/** The bytes of a document; opening one is audited, as opening a person's record is (UU PDP). */
export async function openDocument(scope: OfficeScope, store: DocumentStore, id: string): Promise<{ doc: DocumentView; bytes: Buffer }> {
  const doc = await getDocumentMeta(scope, id);
  const bytes = await store.get(doc.sha256);
  if (!bytes) throw documentNotFound();
  await scope.audit({ action: 'document.viewed', entityType: 'document', entityId: doc.id, after: { applicationId: doc.applicationId, purpose: doc.purpose } });
  return { doc, bytes };
}
