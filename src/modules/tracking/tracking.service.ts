import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { DomainError, type Lang } from '../../platform/errors.js';
import { formatDateTimeId } from '../letters/index.js';
import { applicationEvents, applicationRequirements, applications } from '../applications/applications.tables.js';
import { cachedOffice, cachedStandard } from '../applications/case-context.js';
import { findService } from '../standards/standards.service.js';
import { CITIZEN_NEXT, DEFAULT_CITIZEN_NEXT, STATUS_LABELS, type ApplicationStatus } from '../applications/workflow/statuses.js';

/**
 * Public tracking with the receipt number and the applicant's birth date (printed on nothing the office
 * hands out, so a found or photographed receipt alone reveals nothing). "No such receipt" and "wrong birth
 * date" are one answer, from one query, so neither can be told apart by content or by time.
 */
export const trackingNotFound = () =>
  new DomainError('TRACKING_NOT_FOUND', 404, {
    id: 'Permohonan tidak ditemukan. Periksa kembali nomor pendaftaran dan tanggal lahir pemohon.',
    en: 'Application not found. Check the registration number and the applicant\'s date of birth.',
  });

export interface TrackAnswer {
  receiptNumber: string;
  status: ApplicationStatus;
  statusLabel: string;
  officeName: string;
  serviceName: string;
  receivedAt: string;
  dueAt: string | null;
  timeline: { at: string; status: ApplicationStatus; label: string }[];
  missing: { label: string; reason: string | null }[];
  nextStep: string;
}

export async function track(database: Database, input: { receiptNumber: string; birthDate: string }, lang: Lang): Promise<TrackAnswer> {
  const receipt = input.receiptNumber.trim().toUpperCase();
  const rows = await database.db
    .select()
    .from(applications)
    .where(and(eq(applications.receiptNumber, receipt), eq(applications.applicantBirthDate, input.birthDate)))
    .limit(1);
  const row = rows[0];
  // A kelurahan's draft is not yet the office's application: it is not tracked until handed over.
  if (!row || row.status === 'draft') throw trackingNotFound();
  const [office, standard, events, missing] = await Promise.all([
    cachedOffice(database, row.officeId),
    cachedStandard(database, row.officeId, row.standardId),
    database.db.select({ at: applicationEvents.at, from: applicationEvents.fromStatus, to: applicationEvents.toStatus, version: applicationEvents.version })
      .from(applicationEvents).where(eq(applicationEvents.applicationId, row.id)).orderBy(asc(applicationEvents.version), asc(applicationEvents.ordinal)).limit(300),
    row.status === 'returned'
      ? database.db.select({ label: applicationRequirements.label, reason: applicationRequirements.reason, state: applicationRequirements.state, required: applicationRequirements.required })
        .from(applicationRequirements).where(eq(applicationRequirements.applicationId, row.id)).orderBy(asc(applicationRequirements.position))
      : Promise.resolve([]),
  ]);
  const service = findService(standard.standard, row.serviceCode);
  const tz = office.timeZone;
  const label = (s: string) => STATUS_LABELS[s as ApplicationStatus]?.[lang] ?? s;
  // One line per status reached, in order; internal steps that keep the status are not the citizen's concern.
  const timeline: TrackAnswer['timeline'] = [];
  for (const e of events) {
    const last = timeline.at(-1);
    if (last && last.status === e.to) continue;
    if (e.to === 'draft') continue;
    timeline.push({ at: formatDateTimeId(e.at, tz), status: e.to as ApplicationStatus, label: label(e.to) });
  }
  const status = row.status as ApplicationStatus;
  return {
    receiptNumber: row.receiptNumber,
    status,
    statusLabel: label(status),
    officeName: office.name,
    serviceName: lang === 'en' && service.nameEn ? service.nameEn : service.name,
    receivedAt: formatDateTimeId(row.receivedAt, tz),
    dueAt: row.dueAt && !row.closedAt ? formatDateTimeId(row.dueAt, tz) : null,
    timeline,
    missing: missing.filter((m) => m.required && (m.state === 'missing' || m.state === 'invalid')).map((m) => ({ label: m.label, reason: m.reason })),
    nextStep: (CITIZEN_NEXT[status] ?? DEFAULT_CITIZEN_NEXT)[lang],
  };
}
