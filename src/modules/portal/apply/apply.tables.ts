import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../../offices/offices.tables.js';
import type { DraftData } from './apply.types.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite answers Uint8Array, node-postgres Buffer: callers always get a Buffer.
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A citizen's unfinished online application (portal `/{slug}/ajukan`). It belongs to one office. The
 * browser holds a random access token (cookie, hashed here); a citizen who saves gets a short resume
 * code (hashed here too) to continue on another day or phone, with the applicant's birth date as the
 * second factor. Rows expire (`expires_at`, 30 days from the start) and are deleted with their uploads:
 * personal data of an abandoned application is not kept.
 */
export const portalDrafts = pgTable('portal_drafts', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  accessHash: text('access_hash').notNull(),
  resumeHash: text('resume_hash'),
  data: jsonb('data').$type<DraftData>().notNull().default({}),
  /** Wrong second factors in a row; at the limit the draft is locked for a while (guessing). */
  failedAttempts: smallint('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [
  uniqueIndex('portal_drafts_access_idx').on(t.accessHash),
  uniqueIndex('portal_drafts_resume_idx').on(t.officeId, t.resumeHash),
  index('portal_drafts_expires_idx').on(t.expiresAt),
]);

/** Photos of a draft's requirements (KK, KTP), normalised like every document, deleted with the draft. */
export const portalDraftUploads = pgTable('portal_draft_uploads', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  draftId: uuid('draft_id').notNull().references(() => portalDrafts.id, { onDelete: 'cascade' }),
  officeId: integer('office_id').notNull().references(() => offices.id),
  requirementCode: text('requirement_code').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  pageCount: integer('page_count'),
  width: integer('width'),
  height: integer('height'),
  originalName: text('original_name'),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('portal_draft_uploads_req_idx').on(t.draftId, t.requirementCode)]);
