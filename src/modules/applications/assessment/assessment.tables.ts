import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../../offices/offices.tables.js';
import { users } from '../../staff/staff.tables.js';
import { applications } from '../applications.tables.js';
import type { AssessmentAnswer, AssessmentCriterion } from './assessment-form.js';

/**
 * The office's assessment form (versioned: an assessment keeps the form it was recorded on). Without a
 * form of its own an office uses the 14 BPS household poverty criteria (assessment-form.ts).
 */
export const assessmentForms = pgTable('assessment_forms', {
  id: serial('id').primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  version: integer('version').notNull(),
  name: text('name').notNull(),
  criteria: jsonb('criteria').$type<AssessmentCriterion[]>().notNull(),
  /** Criteria that must hold for the recommendation "eligible" (BPS: 9 of 14). */
  threshold: smallint('threshold').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('assessment_forms_version_key').on(t.officeId, t.version)]);

/** A field assessment visit (Tarakan, seed 003: "Petugas melakukan asesmen kelayakan"). */
export const assessments = pgTable('assessments', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id').notNull().references(() => applications.id),
  status: text('status', { enum: ['scheduled', 'recorded'] }).notNull(),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
  assessorUserId: uuid('assessor_user_id').notNull().references(() => users.id),
  scheduledBy: uuid('scheduled_by').references(() => users.id),
  formName: text('form_name').notNull(),
  formVersion: integer('form_version'),
  criteria: jsonb('criteria').$type<AssessmentCriterion[]>().notNull(),
  threshold: smallint('threshold').notNull(),
  answers: jsonb('answers').$type<AssessmentAnswer[]>(),
  score: smallint('score'),
  recommendation: text('recommendation', { enum: ['eligible', 'not_eligible'] }),
  notes: text('notes'),
  visitedAt: timestamp('visited_at', { withTimezone: true }),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('assessments_application_idx').on(t.applicationId), index('assessments_assessor_idx').on(t.officeId, t.assessorUserId, t.status)]);
