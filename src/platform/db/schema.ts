// Every table of the product, for Drizzle and drizzle-kit. Tables live beside their feature.
export * from '../../modules/offices/offices.tables.js';
export * from '../../modules/staff/staff.tables.js';
export * from '../audit/audit.tables.js';
export * from '../../modules/regions/regions.tables.js';
export * from '../../modules/faskes/faskes.tables.js';
export * from '../../modules/registry/registry.tables.js';
export * from '../../modules/standards/standards.tables.js';
export * from '../../modules/applications/applications.tables.js';
export * from '../../modules/documents/documents.tables.js';
export * from '../../modules/notifications/notifications.tables.js';
export * from '../../modules/batches/batches.tables.js';
export * from '../../modules/cards/cards.tables.js';
export * from '../../modules/portal/apply/apply.tables.js';
