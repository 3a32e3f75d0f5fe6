import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import type { OfficeStandard } from './standard.schema.js';

/**
 * Published versions of an office's service standard. A version is never changed once
 * published; an application records the version it started under (PermenPANRB 15/2014:
 * the standard is a promise to the public, so the promise in force at intake is the one kept).
 */
export const officeStandards = pgTable('office_standards', {
  id: serial('id').primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  version: integer('version').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  standard: jsonb('standard').$type<OfficeStandard>().notNull(),
  note: text('note'),
  publishedBy: uuid('published_by'),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('office_standards_version_key').on(t.officeId, t.version), index('office_standards_effective_idx').on(t.officeId, t.effectiveDate)]);

/** Regional holidays an office adds on top of the national calendar (e.g. Galungan in Bali). */
export const officeHolidays = pgTable('office_holidays', {
  id: serial('id').primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  date: date('date', { mode: 'string' }).notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('office_holidays_date_key').on(t.officeId, t.date)]);
