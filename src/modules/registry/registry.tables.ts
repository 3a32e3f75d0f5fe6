import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import { regions } from '../regions/regions.tables.js';
import { faskes } from '../faskes/faskes.tables.js';
import { users } from '../staff/staff.tables.js';

/**
 * A household as its family card (Kartu Keluarga) records it. The card's address is the family's domicile
 * (a new KK number is issued when a family moves or splits), so the village here decides which office
 * serves its members: never the NIK's region.
 */
export const families = pgTable('families', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  kkNumber: text('kk_number').notNull(),
  address: text('address').notNull(),
  rt: text('rt'),
  rw: text('rw'),
  villageCode: text('village_code').notNull().references(() => regions.code),
  districtCode: text('district_code').notNull(),
  headPersonId: uuid('head_person_id').references((): AnyPgColumn => persons.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('families_office_kk_key').on(t.officeId, t.kkNumber),
  index('families_office_village_idx').on(t.officeId, t.villageCode),
]);

/** A resident. NIK unique per office; the same person in two regencies is two offices' business. */
export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  familyId: uuid('family_id').notNull().references(() => families.id),
  nik: text('nik').notNull(),
  name: text('name').notNull(),
  birthPlace: text('birth_place'),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  sex: text('sex', { enum: ['M', 'F'] }).notNull(),
  /** BPJS codes 1–4 in this order (e-Dabu form titles). */
  maritalStatus: text('marital_status', { enum: ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] }),
  /** Relation to the head as printed on the KK (SIAK "status hubungan dalam keluarga"). */
  relation: text('relation').notNull(),
  phone: text('phone'),
  deathDate: date('death_date', { mode: 'string' }),
  leftFamilyDate: date('left_family_date', { mode: 'string' }),
  leftReason: text('left_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // Also the NIK lookup index: every lookup is (office, NIK).
  uniqueIndex('persons_office_nik_key').on(t.officeId, t.nik),
  // Near-duplicate check (same birth date: ≈30 people per date in a million, then name similarity) and the
  // order of name search. Name search walks this index in (birth date, id) order and filters on the name
  // inside the index (index-only), so a common name ("Siti") finds its first page after a few thousand
  // index entries. Name order would be the trap: names that START with the word cluster at one end of the
  // alphabet, and a walk in name order reads most of the table before the first match.
  index('persons_office_birth_name_idx').on(t.officeId, t.birthDate, t.id, t.name),
  index('persons_family_idx').on(t.familyId),
]);

/**
 * The person's current JKN membership as the office knows it (one row per person); every change to it is
 * a membership_events row, so the history is there, not here.
 */
export const memberships = pgTable('memberships', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  personId: uuid('person_id').notNull().references(() => persons.id),
  segment: text('segment', { enum: ['PBI_DAERAH', 'PBI_JK', 'PBPU', 'PPU', 'BP', 'NONE'] }).notNull(),
  status: text('status', { enum: ['active', 'inactive', 'pending'] }).notNull(),
  /** Nomor kartu JKN (13 digits), known once BPJS has registered the member. */
  cardNumber: text('card_number'),
  faskesId: uuid('faskes_id').references(() => faskes.id),
  /** PBI members are always treated in class III (Perpres 82/2018 art. 23). */
  careClass: smallint('care_class').notNull().default(3),
  effectiveFrom: date('effective_from', { mode: 'string' }),
  effectiveTo: date('effective_to', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('memberships_person_key').on(t.personId),
  index('memberships_office_segment_idx').on(t.officeId, t.segment, t.status),
]);

/**
 * Full history of registry changes per person. A row whose bpjs_change is set is a change BPJS must
 * receive; the batches module picks rows `WHERE bpjs_change IS NOT NULL AND batch_id IS NULL`.
 */
export const membershipEvents = pgTable('membership_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  personId: uuid('person_id').notNull().references(() => persons.id),
  // No foreign keys on the other references: history is append-only and written only by this module with
  // ids it has just read or made, and each key would add a check per row to a 100,000-row import.
  membershipId: uuid('membership_id'),
  familyId: uuid('family_id'),
  /** What happened: member_added, member_moved_away, member_died, kk_changed, head_changed, imported, … */
  kind: text('kind').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  reason: text('reason'),
  /** The application that caused it; no FK yet because the applications module comes later. */
  applicationId: uuid('application_id'),
  bpjsChange: text('bpjs_change', {
    enum: ['new', 'add_family_member', 'identity_change', 'address_change', 'deactivate_month_end', 'deactivate_death'],
  }),
  /** When the change takes effect (TMT), e.g. the last day of the month for a move away. */
  effectiveDate: date('effective_date', { mode: 'string' }),
  batchId: uuid('batch_id'),
  actorUserId: uuid('actor_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('membership_events_person_idx').on(t.personId, t.id),
  index('membership_events_unbatched_idx').on(t.officeId, t.bpjsChange, t.id).where(sql`bpjs_change IS NOT NULL AND batch_id IS NULL`),
]);

/** One uploaded member list. Unique per file content, which makes a re-upload of the same file a no-op. */
export const registryImports = pgTable('registry_imports', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  fileHash: text('file_hash').notNull(),
  fileName: text('file_name'),
  format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
  segment: text('segment').notNull(),
  status: text('status', { enum: ['running', 'completed', 'failed'] }).notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  createdCount: integer('created_count').notNull().default(0),
  updatedCount: integer('updated_count').notNull().default(0),
  unchangedCount: integer('unchanged_count').notNull().default(0),
  rejectedCount: integer('rejected_count').notNull().default(0),
  error: text('error'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [uniqueIndex('registry_imports_office_hash_key').on(t.officeId, t.fileHash)]);

/** The rows an import refused, with the file's own values so the report can be fixed and re-uploaded. */
export const registryImportRejections = pgTable('registry_import_rejections', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  importId: uuid('import_id').notNull().references(() => registryImports.id, { onDelete: 'cascade' }),
  officeId: integer('office_id').notNull().references(() => offices.id),
  rowNumber: integer('row_number').notNull(),
  values: jsonb('values').$type<Record<string, string>>().notNull(),
  reasons: jsonb('reasons').$type<{ field: string; code: string; message: string; messageEn: string }[]>().notNull(),
}, (t) => [index('registry_import_rejections_import_idx').on(t.importId, t.rowNumber)]);
