import { conflict, notFound } from '../../platform/errors.js';
import type { Database } from '../../platform/db/client.js';
import { appendAudit, PLATFORM_CHAIN, type AuditActor } from '../../platform/audit/audit.service.js';
import type { CreateOfficeInput } from './offices.schema.js';
import { findOfficeBySlug, findOfficeBySlugFast, insertOffice } from './offices.repository.js';

export const officeNotFound = () => notFound({ id: 'Kantor', en: 'Office' });

export async function createOffice(database: Database, actor: AuditActor, input: CreateOfficeInput) {
  return database.db.transaction(async (tx) => {
    if (await findOfficeBySlug(tx, input.slug)) {
      throw conflict('OFFICE_SLUG_TAKEN', {
        id: `Slug "${input.slug}" sudah dipakai kantor lain.`,
        en: `Slug "${input.slug}" is already used by another office.`,
      }, { field: 'slug' });
    }
    const office = await insertOffice(tx, input);
    await appendAudit(tx, PLATFORM_CHAIN, actor, { action: 'office.created', entityType: 'office', entityId: office.id, after: input });
    return office;
  });
}

export async function requireOfficeBySlug(database: Database, slug: string) {
  const office = await findOfficeBySlugFast(database, slug);
  if (!office || office.archivedAt) throw officeNotFound();
  return office;
}
