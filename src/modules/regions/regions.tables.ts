import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Kemendagri regions (idn-area-data, Kepmendagri 300.2.2-2138/2025): reference data shared by all offices,
 * so it has no office_id. Loaded on demand (see regions.loader.ts): provinces and regencies always, the
 * districts and villages only of the regencies an office serves, because all ~84,000 villages would make
 * every embedded start slow.
 */
export const regions = pgTable('regions', {
  /** Dotted code: `35`, `35.75`, `35.75.01`, `35.75.01.1001`. */
  code: text('code').primaryKey(),
  level: text('level', { enum: ['province', 'regency', 'district', 'village'] }).notNull(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
}, (t) => [index('regions_parent_idx').on(t.parentCode, t.code)]);
