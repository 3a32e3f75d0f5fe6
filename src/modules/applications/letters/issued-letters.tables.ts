import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../../offices/offices.tables.js';
import { users } from '../../staff/staff.tables.js';
import { applications } from '../applications.tables.js';
import type { Letter } from '../../letters/index.js';

export interface StoredApproval {
  action: 'initial' | 'sign';
  /** The role title of the product's signer chain ("Kepala Bidang Pelayanan Kesehatan"). */
  roleTitle: string;
  userId: string;
  name: string;
  title: string;
  nip: string | null;
  at: string;
}

/**
 * Letters an office issues for applications (the products of its standard). A letter is drafted with its
 * number, initialled and signed along the product's chain (Malinau: "Ka. Bid paraf serta tanda tangan
 * Kepala Dinas"); only a signed letter carries the verification token printed as a QR code.
 */
export const letters = pgTable('letters', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  productCode: text('product_code').notNull(),
  kind: text('kind').notNull(),
  number: text('number').notNull(),
  status: text('status', { enum: ['draft', 'initialled', 'signed'] }).notNull().default('draft'),
  approvals: jsonb('approvals').$type<StoredApproval[]>().notNull().default([]),
  /** The composed letter as printed (dates as ISO strings); the content hash is computed from it. */
  content: jsonb('content').$type<Letter>().notNull(),
  contentHash: text('content_hash'),
  token: text('token'),
  /** SHA-256 of the PDF in the document store. */
  pdfSha256: text('pdf_sha256'),
  issuedAt: timestamp('issued_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  signedAt: timestamp('signed_at', { withTimezone: true }),
}, (t) => [uniqueIndex('letters_office_number_key').on(t.officeId, t.number), index('letters_application_idx').on(t.applicationId)]);
