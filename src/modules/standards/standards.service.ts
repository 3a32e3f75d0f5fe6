import { DomainError, notFound } from '../../platform/errors.js';
import type { Database, Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { toLocalDate } from '../calendar/index.js';
import { invalidateOfficeTime } from '../calendar/calendar.service.js';
import { requireOfficeBySlug } from '../offices/offices.service.js';
import type { OfficeStandard } from './standard.schema.js';
import type { Service } from './standard-service.schema.js';
import { validateStandard } from './standard.validate.js';
import { findStandardById, findStandardInForce, insertStandardVersion, type StandardRow } from './standards.repository.js';

export const standardNotFound = () => notFound({ id: 'Standar pelayanan', en: 'Service standard' });

export interface CurrentStandard {
  id: number;
  version: number;
  effectiveDate: string;
  standard: OfficeStandard;
}

const present = (row: StandardRow): CurrentStandard => ({
  id: row.id,
  version: row.version,
  effectiveDate: row.effectiveDate,
  standard: row.standard,
});

/** The standard in force now in the office's own time zone. */
export async function currentStandard(db: Executor, office: { id: number; timeZone: string }, now = new Date()): Promise<CurrentStandard> {
  const today = toLocalDate(now, office.timeZone as never);
  const row = await findStandardInForce(db, office.id, today);
  if (!row) throw standardNotFound();
  return present(row);
}

export async function currentStandardBySlug(database: Database, slug: string) {
  const office = await requireOfficeBySlug(database, slug);
  return { office, current: await currentStandard(database.db, office) };
}

/** The exact version an application started under. */
export async function standardVersion(db: Executor, officeId: number, standardId: number): Promise<CurrentStandard> {
  const row = await findStandardById(db, officeId, standardId);
  if (!row) throw standardNotFound();
  return present(row);
}

export function findService(standard: OfficeStandard, code: string): Service {
  const service = standard.services.find((s) => s.code === code);
  if (!service) {
    throw new DomainError('SERVICE_NOT_OFFERED', 400, {
      id: `Layanan "${code}" tidak ada dalam standar pelayanan kantor ini.`,
      en: `Service "${code}" is not in this office's service standard.`,
    }, [{ field: 'serviceCode', code: 'SERVICE_NOT_OFFERED' }]);
  }
  return service;
}

export function invalidStandard(errors: { field: string; code: string; message: string }[]) {
  return new DomainError('STANDARD_INVALID', 400, {
    id: `Standar pelayanan tidak valid (${errors.length} masalah): ${errors.slice(0, 3).map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    en: `The service standard is invalid (${errors.length} problems); see details.`,
  }, errors);
}

/**
 * Publishes a new version. The office part must stay the office's own (slug, region, time zone
 * are the tenant's identity, not something a standard edit can move).
 */
export async function publishStandard(
  scope: OfficeScope,
  office: { id: number; slug: string; regionCode: string; timeZone: string },
  input: unknown,
  meta: { effectiveDate: string; note?: string | null },
) {
  const result = validateStandard(input);
  if (!result.ok) throw invalidStandard(result.errors);
  const s = result.standard;
  const identity: [string, string, string][] = [
    ['office.slug', s.office.slug, office.slug],
    ['office.regionCode', s.office.regionCode, office.regionCode],
    ['office.timeZone', s.office.timeZone, office.timeZone],
  ];
  const mismatch = identity.filter(([, a, b]) => a !== b);
  if (mismatch.length > 0) {
    throw invalidStandard(mismatch.map(([field, a, b]) => ({ field, code: 'OFFICE_IDENTITY_FIXED', message: `Harus "${b}" (kantor ini), bukan "${a}"` })));
  }
  const row = await scope.mutate(async (tx, audit) => {
    const inserted = await insertStandardVersion(tx, { officeId: scope.officeId, effectiveDate: meta.effectiveDate, standard: s, note: meta.note ?? null, publishedBy: scope.actor.userId });
    await audit({ action: 'standard.published', entityType: 'office_standard', entityId: inserted.id, after: { version: inserted.version, effectiveDate: inserted.effectiveDate, note: meta.note ?? null } });
    return inserted;
  });
  invalidateOfficeTime(scope.officeId);
  return present(row);
}
