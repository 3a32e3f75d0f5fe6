import { integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** An office (tenant): one Dinas of one regency or city. Every other record belongs to one. */
export const offices = pgTable('offices', {
  // A small integer key keeps tenant columns and their indexes compact; the public
  // identifier is the slug.
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  timeZone: text('time_zone').notNull(),
  /** Short code used in receipt numbers, e.g. PSR in PSR-2026-000123. */
  receiptPrefix: text('receipt_prefix').notNull(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

/** Per-office counters (receipt numbers, letter numbers) allocated inside the caller's transaction. */
export const officeCounters = pgTable('office_counters', {
  officeId: integer('office_id').notNull().references(() => offices.id),
  name: text('name').notNull(),
  value: integer('value').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.officeId, t.name] })]);
