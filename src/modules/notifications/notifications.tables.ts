import { bigserial, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';

/**
 * Outbox of messages to applicants. A row is written in the same transaction as the status change it
 * reports, and sent only after that transaction commits: a rolled-back change never notifies anyone, and a
 * committed one is never forgotten (rows still `queued` are retried).
 */
export const notifications = pgTable('notifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  officeId: integer('office_id').notNull().references(() => offices.id),
  applicationId: uuid('application_id'),
  /** log now; whatsapp, sms, email later (NotificationChannel). */
  channel: text('channel').notNull(),
  /** Phone number as given by the applicant; null when none was given (the log channel still records it). */
  recipient: text('recipient'),
  template: text('template').notNull(),
  lang: text('lang').notNull().default('id'),
  message: text('message').notNull(),
  status: text('status', { enum: ['queued', 'sent', 'failed'] }).notNull().default('queued'),
  attempts: smallint('attempts').notNull().default(0),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
}, (t) => [index('notifications_status_idx').on(t.status, t.id), index('notifications_application_idx').on(t.officeId, t.applicationId, t.id)]);
