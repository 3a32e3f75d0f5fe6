import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';
import { users } from '../staff/staff.tables.js';

/**
 * A printed JKN-KIS card at the office, from arrival to hand-over. Replaces Malinau's paper "buku agenda
 * pengambilan kartu": who took it, their relation to the member, whether their identity was checked,
 * their signature, when, and which officer handed it over.
 */
export const cards = pgTable('cards', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  personId: uuid('person_id').notNull(),
  cardNumber: text('card_number').notNull(),
  batchItemId: bigint('batch_item_id', { mode: 'number' }),
  applicationId: uuid('application_id'),
  arrivedAt: timestamp('arrived_at', { withTimezone: true }).notNull().defaultNow(),
  registeredBy: uuid('registered_by').references(() => users.id),
  handedAt: timestamp('handed_at', { withTimezone: true }),
  receiverName: text('receiver_name'),
  /** 'self' or the representative's relation to the member (istri, anak, kader, …). */
  receiverRelation: text('receiver_relation'),
  identityChecked: boolean('identity_checked'),
  /** PNG data URL of the signature pad, or null when the officer ticked "signed on paper". */
  signature: text('signature'),
  signedOnPaper: boolean('signed_on_paper'),
  handedBy: uuid('handed_by').references(() => users.id),
}, (t) => [
  uniqueIndex('cards_office_number_key').on(t.officeId, t.cardNumber),
  index('cards_office_waiting_idx').on(t.officeId, t.handedAt, t.arrivedAt),
]);
