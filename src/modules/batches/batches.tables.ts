import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import { membershipEvents } from '../registry/registry.tables.js';
import { users } from '../staff/staff.tables.js';

/**
 * What BPJS knows the office by (the e-Dabu form header: satker, KC, Dati II) and the office's
 * web-service credentials for the participant check. Kept here, not in offices.settings, because the
 * secret and user key must be stored encrypted and never travel with the office record.
 */
export const bpjsOfficeSettings = pgTable('bpjs_office_settings', {
  officeId: integer('office_id').primaryKey().references(() => offices.id),
  satkerCode: text('satker_code'),
  satkerName: text('satker_name'),
  membershipType: text('membership_type').notNull().default('PBI APBD'),
  kcCode: text('kc_code'),
  dati2Code: text('dati2_code'),
  wsBaseUrl: text('ws_base_url'),
  wsConsId: text('ws_cons_id'),
  /** AES-256-GCM with the office id as associated data (bpjs-credentials.ts). */
  wsSecretEnc: text('ws_secret_enc'),
  wsUserKeyEnc: text('ws_user_key_enc'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const BATCH_STATUSES = ['open', 'closed', 'exported', 'submitted', 'results_imported', 'reconciled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** One delivery of changes to the BPJS branch (Malinau: one per month, delivered on the 20th). */
export const batches = pgTable('batches', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  /** Month the batch belongs to, 'YYYY-MM'. */
  period: text('period').notNull(),
  /** On-demand offices may deliver several batches in one month. */
  sequence: smallint('sequence').notNull().default(1),
  status: text('status', { enum: BATCH_STATUSES }).notNull().default('open'),
  /** Delivery day from the standard's intake window; null = closed on demand. */
  closesAt: date('closes_at', { mode: 'string' }),
  itemCount: integer('item_count').notNull().default(0),
  priorityCount: integer('priority_count').notNull().default(0),
  acceptedCount: integer('accepted_count').notNull().default(0),
  rejectedCount: integer('rejected_count').notNull().default(0),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  exportedAt: timestamp('exported_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  resultsImportedAt: timestamp('results_imported_at', { withTimezone: true }),
  reconciledAt: timestamp('reconciled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('batches_office_period_seq_key').on(t.officeId, t.period, t.sequence),
  index('batches_office_status_idx').on(t.officeId, t.status),
]);

/**
 * One membership event in one batch. A link table rather than more columns on membership_events (the
 * registry owns that table); the unique event id makes "an event is in at most one batch" a constraint.
 */
export const batchItems = pgTable('batch_items', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  batchId: uuid('batch_id').notNull().references(() => batches.id),
  membershipEventId: bigint('membership_event_id', { mode: 'number' }).notNull().references(() => membershipEvents.id),
  personId: uuid('person_id').notNull(),
  changeType: text('change_type').notNull(),
  priority: boolean('priority').notNull().default(false),
  intakeDate: date('intake_date', { mode: 'string' }).notNull(),
  /** No Urut, fixed when the batch closes: emergencies first, then by intake date. */
  position: integer('position'),
  result: text('result', { enum: ['accepted', 'rejected'] }),
  resultNote: text('result_note'),
  cardNumber: text('card_number'),
  effectiveDate: date('effective_date', { mode: 'string' }),
  faskesCode: text('faskes_code'),
  /** A rejection taken back into the worklist and dealt with. */
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('batch_items_event_key').on(t.membershipEventId),
  index('batch_items_batch_pos_idx').on(t.batchId, t.changeType, t.position),
  index('batch_items_batch_person_idx').on(t.batchId, t.personId),
]);

/** One imported BPJS answer file; the hash makes a second import of the same file a no-op. */
export const batchResultImports = pgTable('batch_result_imports', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  batchId: uuid('batch_id').notNull().references(() => batches.id),
  fileHash: text('file_hash').notNull(),
  format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
  report: jsonb('report').$type<Record<string, unknown>>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('batch_result_imports_hash_key').on(t.officeId, t.batchId, t.fileHash)]);
