import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';

/**
 * First-level health facilities (FKTP: puskesmas, klinik pratama, dokter praktik) an office's members can
 * be registered to. The code is BPJS's faskes code, which the e-Dabu forms carry; unique per office.
 */
export const faskes = pgTable('faskes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').notNull().references(() => offices.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  /** Jenis as the office's list writes it: PUSKESMAS, KLINIK PRATAMA, DOKTER PRAKTIK PERORANGAN, … */
  kind: text('kind').notNull(),
  address: text('address'),
  /** A facility that left the list stays for the members who still point at it, but is not offered. */
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('faskes_office_code_key').on(t.officeId, t.code)]);
