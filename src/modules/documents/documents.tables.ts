import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import { users } from '../staff/staff.tables.js';

/**
 * A document attached to an application: a scan or photo of a requirement, an assessment photo, or a PDF
 * the office generated (letter, proof of registration). The bytes live in the document store under their
 * SHA-256, so the same scan uploaded twice is stored once; this row says whose it is and what it is.
 */
export const documents = pgTable('documents', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  /** No foreign key: documents is a lower layer than applications (an upload may precede its application). */
  applicationId: uuid('application_id'),
  /** The checklist item the document proves (requirement code of the standard). */
  requirementCode: text('requirement_code'),
  purpose: text('purpose', { enum: ['requirement', 'assessment_photo', 'letter', 'receipt'] }).notNull(),
  /** Points at an assessment or a letter when the purpose says so. */
  subjectId: uuid('subject_id'),
  sha256: text('sha256').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  pageCount: integer('page_count'),
  width: integer('width'),
  height: integer('height'),
  originalName: text('original_name'),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('documents_application_idx').on(t.officeId, t.applicationId, t.createdAt), index('documents_sha_idx').on(t.sha256)]);
