import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import { officeStandards } from '../standards/standards.tables.js';
import { users } from '../staff/staff.tables.js';
import type { TimeLimit } from '../standards/standard-common.schema.js';
import type { ApplicationDetails, FamilyInput, Representative } from './applications.types.js';
import type { Facts } from './checklist/checklist.js';

/**
 * An application (permohonan) for one service of the office's standard. It keeps the standard version it
 * started under (`standard_id`): the promise in force at intake is the one kept (PermenPANRB 15/2014).
 * `version` is the optimistic lock: every transition is a compare-and-set on it.
 */
export const applications = pgTable('applications', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  /** `${receiptPrefix}-${year}-${seq:6}`, unique per office (PSR-2026-000123). */
  receiptNumber: text('receipt_number').notNull(),
  standardId: integer('standard_id').notNull().references(() => officeStandards.id),
  serviceCode: text('service_code').notNull(),
  variantCode: text('variant_code'),
  channel: text('channel', { enum: ['counter', 'web', 'whatsapp', 'kelurahan_batch'] }).notNull(),
  status: text('status').notNull(),
  version: integer('version').notNull().default(1),
  /** The step waited on and the role of the standard that performs it (worklists). */
  currentStep: text('current_step'),
  currentRole: text('current_role'),
  stepStartedAt: timestamp('step_started_at', { withTimezone: true }).notNull().defaultNow(),
  /** From the step's mutu baku (Malinau's table); null when the seed gives none. */
  stepDueAt: timestamp('step_due_at', { withTimezone: true }),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  /** When the completion time started: intake, or the resubmission of a complete file. */
  clockStartedAt: timestamp('clock_started_at', { withTimezone: true }).notNull().defaultNow(),
  /** null when the standard states no completion time (Palembang, seed 002). */
  dueAt: timestamp('due_at', { withTimezone: true }),
  dueProvisional: boolean('due_provisional').notNull().default(false),
  completionTime: jsonb('completion_time').$type<TimeLimit | null>(),
  /** Emergencies and urgent proposals go first in worklists and in the BPJS batch. */
  priority: boolean('priority').notNull().default(false),
  facts: jsonb('facts').$type<Facts>().notNull().default({}),
  family: jsonb('family').$type<FamilyInput>().notNull(),
  details: jsonb('details').$type<ApplicationDetails>().notNull().default({}),
  representative: jsonb('representative').$type<Representative | null>(),
  villageCode: text('village_code').notNull(),
  /** Public tracking asks for it together with the receipt number. */
  applicantBirthDate: date('applicant_birth_date', { mode: 'string' }).notNull(),
  applicantName: text('applicant_name').notNull(),
  contactPhone: text('contact_phone'),
  familyId: uuid('family_id'),
  kelurahanBatchId: uuid('kelurahan_batch_id'),
  decision: jsonb('decision').$type<Record<string, unknown> | null>(),
  returnCount: smallint('return_count').notNull().default(0),
  batchEntryAt: timestamp('batch_entry_at', { withTimezone: true }),
  /** One-time link to the proof of registration for the web channel: only its hash is kept. */
  proofTokenHash: text('proof_token_hash'),
  proofTokenExpiresAt: timestamp('proof_token_expires_at', { withTimezone: true }),
  proofTokenUsedAt: timestamp('proof_token_used_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
}, (t) => [
  uniqueIndex('applications_office_receipt_key').on(t.officeId, t.receiptNumber),
  // Public tracking looks a receipt up without knowing the office (the number carries its prefix).
  index('applications_receipt_idx').on(t.receiptNumber, t.applicantBirthDate),
  uniqueIndex('applications_proof_token_key').on(t.proofTokenHash),
  index('applications_office_created_idx').on(t.officeId, t.createdAt, t.id),
  index('applications_worklist_idx').on(t.officeId, t.currentRole, t.dueAt),
  index('applications_office_status_idx').on(t.officeId, t.status),
  index('applications_batch_idx').on(t.kelurahanBatchId),
]);

/** The persons an application is about (one, or several members of a family). */
export const applicationMembers = pgTable('application_members', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  position: smallint('position').notNull(),
  isApplicant: boolean('is_applicant').notNull().default(false),
  nik: text('nik').notNull(),
  name: text('name').notNull(),
  birthPlace: text('birth_place'),
  birthDate: date('birth_date', { mode: 'string' }).notNull(),
  sex: text('sex', { enum: ['M', 'F'] }).notNull(),
  relation: text('relation').notNull(),
  maritalStatus: text('marital_status'),
  phone: text('phone'),
  /** The registry person once recorded (entry step). */
  personId: uuid('person_id'),
}, (t) => [
  uniqueIndex('application_members_position_key').on(t.applicationId, t.position),
  // "An open application of the same kind" is refused (issue 4): looked up by NIK.
  index('application_members_office_nik_idx').on(t.officeId, t.nik),
]);

/** The checklist: one row per requirement that applies, with the officer's latest mark. */
export const applicationRequirements = pgTable('application_requirements', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  position: smallint('position').notNull(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  kind: text('kind').notNull(),
  required: boolean('required').notNull(),
  materai: boolean('materai').notNull().default(false),
  alternatives: jsonb('alternatives').$type<string[] | null>(),
  state: text('state', { enum: ['pending', 'present', 'missing', 'invalid'] }).notNull().default('pending'),
  reason: text('reason'),
  alternativeUsed: text('alternative_used'),
  checkedBy: uuid('checked_by').references(() => users.id),
  checkedAt: timestamp('checked_at', { withTimezone: true }),
}, (t) => [uniqueIndex('application_requirements_code_key').on(t.applicationId, t.code)]);

/**
 * Every transition, one row per step it completed (an officer's step plus the automatic ones it led to).
 * (application_id, version, ordinal) is unique: `version` is the application version the transition
 * produced, so a lost or doubled transition shows as a gap or a conflict.
 */
export const applicationEvents = pgTable('application_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  version: integer('version').notNull(),
  ordinal: smallint('ordinal').notNull(),
  action: text('action').notNull(),
  stepCode: text('step_code'),
  stepKind: text('step_kind'),
  stepRole: text('step_role'),
  outcome: text('outcome'),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  actorUserId: uuid('actor_user_id').references(() => users.id),
  actorLabel: text('actor_label').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  /** When the step became current, and the time it took (for reports against the mutu baku). */
  stepStartedAt: timestamp('step_started_at', { withTimezone: true }),
  durationMs: bigint('duration_ms', { mode: 'number' }),
  mutuBaku: jsonb('mutu_baku').$type<TimeLimit | null>(),
  /** Elapsed time in the mutu baku's own unit (office hours unless around the clock). */
  stepElapsed: doublePrecision('step_elapsed'),
  withinMutuBaku: boolean('within_mutu_baku'),
  note: text('note'),
  data: jsonb('data').$type<Record<string, unknown>>(),
}, (t) => [
  uniqueIndex('application_events_version_key').on(t.applicationId, t.version, t.ordinal),
  index('application_events_office_step_idx').on(t.officeId, t.stepCode, t.at),
]);

/**
 * Proposals a kelurahan collects and hands to the office in one go (Palembang seed 002: "Kelurahan
 * mengkoordinir pengumpulan data tersebut dan diserahkan ke operator pelayanan KIS").
 */
export const kelurahanBatches = pgTable('kelurahan_batches', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  villageCode: text('village_code').notNull(),
  status: text('status', { enum: ['open', 'submitted'] }).notNull().default('open'),
  /** The kelurahan's cover letter, when it writes one (Tarakan: "surat dari Kelurahan perihal Pengusulan"). */
  referenceNumber: text('reference_number'),
  referenceDate: date('reference_date', { mode: 'string' }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
}, (t) => [index('kelurahan_batches_office_idx').on(t.officeId, t.villageCode, t.status)]);

export * from './assessment/assessment.tables.js';
export * from './letters/issued-letters.tables.js';
