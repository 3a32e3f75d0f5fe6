import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../offices/offices.tables.js';

/** A staff account. Platform admins have no office; everyone else belongs to exactly one. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  officeId: integer('office_id').references(() => offices.id),
  username: text('username').notNull(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  nip: text('nip'),
  /** Job title as printed under a signature, e.g. "Kepala Bidang Pelayanan Kesehatan". */
  title: text('title'),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
  /** Kemendagri village codes a kelurahan operator may act for. */
  kelurahanCodes: text('kelurahan_codes').array().notNull().default(sql`'{}'::text[]`),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  lang: text('lang').notNull().default('id'),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // Usernames are unique platform-wide so login needs no office picker.
  uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
  index('users_office_idx').on(t.officeId),
]);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  mfaPassed: boolean('mfa_passed').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/**
 * Failed logins per key: `user:<username>` locks an account name (known or not, so a lock
 * reveals nothing about which usernames exist) and `ip:<address>` slows guessing across names.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
});
