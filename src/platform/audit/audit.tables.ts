import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. Rows are chained per office (office 0 = platform): each row's hash
 * covers its content and the previous row's hash, so an edit or deletion done behind the
 * application's back (the table also refuses UPDATE/DELETE by trigger) breaks the chain and
 * `layanan-pbi audit verify` reports it.
 */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** 0 for platform-level events (offices created, platform admins). */
  chain: integer('chain').notNull(),
  seq: integer('seq').notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  actorUserId: uuid('actor_user_id'),
  actorLabel: text('actor_label').notNull(),
  ip: text('ip'),
  requestId: text('request_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [
  index('audit_chain_seq_idx').on(t.chain, t.seq),
  index('audit_chain_entity_idx').on(t.chain, t.entityType, t.entityId),
]);
