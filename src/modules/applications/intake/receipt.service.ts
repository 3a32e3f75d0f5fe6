import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client.js';
import { sha256Hex } from '../../../platform/crypto.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { renderProofOfRegistrationPdf, type RegistrationReceipt } from '../../letters/index.js';
import { applicationNotFound } from '../applications.errors.js';
import { membersOf, requirementsOf, type ApplicationRow } from '../applications.repository.js';
import { applications } from '../applications.tables.js';
import { caseOf, loadCase, type ApplicationServices, type CaseContext } from '../case-context.js';
import { CHANNEL_LABELS, RELATION_LABELS } from '../letters/letter-data.js';
import { letterOfficeFrom } from '../letters/letter-office.js';

/**
 * The proof of registration (bukti pendaftaran; Pasuruan seed 000: "Petugas memberikan bukti pendaftaran",
 * also sent back by WhatsApp). Rendered from the application on request; its QR code opens public tracking.
 */
async function receiptOf(services: ApplicationServices, c: CaseContext, db: Database['db']): Promise<RegistrationReceipt> {
  const office = letterOfficeFrom(c.standard.standard, c.office);
  const [members, requirements] = await Promise.all([membersOf(db, c.row.id), requirementsOf(db, c.row.id)]);
  const applicant = members.find((m) => m.isApplicant) ?? members[0]!;
  const point = c.standard.standard.channelPoints.find((p) => p.channel === c.row.channel);
  const label = CHANNEL_LABELS[c.row.channel] ?? c.row.channel;
  const channel = point ? `${point.label}${point.value ? ` (${point.value})` : ''}` : label.charAt(0).toUpperCase() + label.slice(1);
  return {
    office: { slug: office.slug, timeZone: office.timeZone, letterhead: office.letterhead, regionName: office.regionName },
    receiptNumber: c.row.receiptNumber,
    receivedAt: c.row.receivedAt,
    service: c.service.name,
    channel,
    applicant: { name: applicant.name, nik: applicant.nik },
    members: members.map((m) => ({ name: m.name, nik: m.nik, relationship: RELATION_LABELS[m.relation as keyof typeof RELATION_LABELS] ?? m.relation })),
    documents: requirements.filter((r) => r.state === 'present').map((r) => r.alternativeUsed ?? r.label),
    dueAt: c.row.dueAt,
    trackingUrl: `${services.config.publicUrl}/lacak`,
    notes: [`Biaya layanan: ${c.service.fee.text}.`],
  };
}

export async function receiptPdfForStaff(services: ApplicationServices, scope: OfficeScope, id: string): Promise<{ row: ApplicationRow; bytes: Buffer }> {
  const c = await loadCase(scope, id);
  return { row: c.row, bytes: await renderProofOfRegistrationPdf(await receiptOf(services, c, scope.db)) };
}

/**
 * The one-time link a web applicant gets with the receipt number: the first download spends it (the
 * receipt carries names and masked NIKs, and a link in a browser history must not keep working).
 */
export async function receiptPdfByToken(services: ApplicationServices, token: string): Promise<{ row: ApplicationRow; bytes: Buffer }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw applicationNotFound();
  const spent = await services.database.db
    .update(applications)
    .set({ proofTokenUsedAt: new Date() })
    .where(and(eq(applications.proofTokenHash, sha256Hex(token)), isNull(applications.proofTokenUsedAt), gt(applications.proofTokenExpiresAt, new Date())))
    .returning();
  const row = spent[0];
  if (!row) throw applicationNotFound();
  const c = await caseOf(services.database, row);
  return { row, bytes: await renderProofOfRegistrationPdf(await receiptOf(services, c, services.database.db)) };
}
