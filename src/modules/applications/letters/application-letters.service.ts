import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { saveDocument } from '../../documents/documents.service.js';
import {
  composeLetter, letterContentHash, localDateIso, renderLetterPdf, signLetterToken,
  type ApprovalStep, type Letter, type LetterKind,
} from '../../letters/index.js';
import { nextCounter } from '../../offices/offices.repository.js';
import { users } from '../../staff/staff.tables.js';
import { membersOf, requirementsOf } from '../applications.repository.js';
import type { ApplicationServices, CaseContext } from '../case-context.js';
import { latestAssessment } from '../assessment/assessment.service.js';
import { runTransition } from '../transitions/transition.service.js';
import { letters, type StoredApproval } from './issued-letters.tables.js';
import { letterDataOf } from './letter-data.js';
import { letterNumberFor, letterOfficeFrom, signerChain } from './letter-office.js';

export type LetterRow = typeof letters.$inferSelect;

export const letterNotFound = () => notFound({ id: 'Surat', en: 'Letter' });
const letterConflict = (code: string, id: string, en: string) => new DomainError(code, 409, { id, en });

const UNSIGNED = '(belum ditandatangani)';

/** A stored letter as a Letter again (JSON turned its dates into strings). */
export function reviveLetter(content: Letter): Letter {
  return {
    ...content,
    issuedAt: new Date(content.issuedAt),
    approvals: content.approvals.map((a) => ({ ...a, ...(a.at ? { at: new Date(a.at) } : {}) })),
  };
}

function approvalSteps(c: CaseContext, productCode: string, done: StoredApproval[]): ApprovalStep[] {
  const office = letterOfficeFrom(c.standard.standard, c.office);
  const product = c.service.products.find((p) => p.code === productCode)!;
  return signerChain(product, office).map((s, i) => {
    const a = done[i];
    return a
      ? { action: s.action, title: a.title, name: a.name, nip: a.nip, at: new Date(a.at) }
      : { action: s.action, title: s.roleTitle, name: UNSIGNED, nip: null };
  });
}

async function compose(tx: Executor, c: CaseContext, letterId: string, kind: LetterKind, number: string, issuedAt: Date, approvals: ApprovalStep[], verificationUrl: string | null) {
  const office = letterOfficeFrom(c.standard.standard, c.office);
  const [members, assessment, requirements] = await Promise.all([membersOf(tx, c.row.id), latestAssessment(tx, c.row.id), requirementsOf(tx, c.row.id)]);
  const data = letterDataOf(c.row, c.service, members, {
    assessmentDate: assessment?.visitedAt ? localDateIso(assessment.visitedAt, c.office.timeZone) : null,
    localDate: (d) => localDateIso(d, c.office.timeZone),
  });
  return composeLetter({
    id: letterId, kind, office, number, issuedAt, data, approvals, verificationUrl,
    attachments: requirements.filter((r) => r.state === 'present' && r.kind === 'document').map((r) => r.alternativeUsed ?? r.label),
  });
}

/** Renders the stored letter and keeps the PDF in the document store (after commit; retried on read). */
export async function storeLetterPdf(services: ApplicationServices, scope: OfficeScope, letterId: string): Promise<Buffer> {
  const rows = await scope.db.select().from(letters).where(scope.own(letters, eq(letters.id, letterId))).limit(1);
  const row = rows[0];
  if (!row) throw letterNotFound();
  const bytes = await renderLetterPdf(reviveLetter(row.content));
  await scope.db.transaction(async (tx) => {
    const doc = await saveDocument(scope, tx, services.store, {
      applicationId: row.applicationId, purpose: 'letter', subjectId: row.id, originalName: `surat-${row.number.replace(/[^\w.-]+/g, '_')}.pdf`,
      content: { bytes, mimeType: 'application/pdf', pageCount: null, width: null, height: null },
    });
    await tx.update(letters).set({ pdfSha256: doc.sha256 }).where(eq(letters.id, row.id));
  });
  return bytes;
}

/** The letter step: a number from the office's numbering, the text from the office's template. */
export async function draftLetter(services: ApplicationServices, scope: OfficeScope, roles: readonly Role[], id: string, body: { version: number; note?: string | undefined }) {
  const letterId = randomUUID();
  return runTransition(services, scope, roles, id, {
    action: { type: 'draft_letter' },
    version: body.version,
    note: body.note ?? null,
    data: { letterId },
    within: async (tx: Tx, c, r, at) => {
      const product = c.service.products.find((p) => p.code === r.step!.productCode);
      if (!product?.letterKind) throw new Error(`letter step ${r.step!.code} has no letter product`);
      const local = localDateIso(at, c.office.timeZone);
      const year = Number(local.slice(0, 4));
      const seq = await nextCounter(tx, scope.officeId, `letter:${year}`);
      const { number } = letterNumberFor(c.standard.standard, c.office, seq, year, Number(local.slice(5, 7)));
      const composed = await compose(tx, c, letterId, product.letterKind, number, at, approvalSteps(c, product.code, []), null);
      await tx.insert(letters).values({
        id: letterId, officeId: scope.officeId, applicationId: c.row.id, productCode: product.code, kind: product.letterKind, number,
        status: 'draft', content: composed.letter, createdBy: scope.actor.userId,
      });
    },
    after: async () => {
      await storeLetterPdf(services, scope, letterId);
    },
  });
}

async function approverOf(db: Executor, userId: string | null) {
  if (!userId) return null;
  const rows = await db.select({ fullName: users.fullName, title: users.title, nip: users.nip }).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0] ?? null;
}

/**
 * Initials, then the signature, by approver accounts along the product's chain (Malinau: "Ka. Bid paraf
 * serta tanda tangan Kepala Dinas"). One person may not both initial and sign the same letter: the chain is
 * there so that two officials looked at it. The signature fixes the letter's date and its verification token.
 */
export async function approveLetter(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  letterId: string,
  body: { version: number; action: 'initial' | 'sign'; note?: string | undefined },
) {
  let letter: LetterRow | null = null;
  let final = false;
  return runTransition(services, scope, roles, id, {
    action: { type: 'approve_letter', final: false },
    version: body.version,
    note: body.note ?? null,
    prepare: async (c) => {
      const rows = await scope.db.select().from(letters).where(scope.own(letters, and(eq(letters.id, letterId), eq(letters.applicationId, c.row.id)))).limit(1);
      letter = rows[0] ?? null;
      if (!letter) throw letterNotFound();
      const step = c.plan.steps.find((s) => s.code === c.row.currentStep);
      if (letter.status === 'signed' || step?.productCode !== letter.productCode) {
        throw letterConflict('LETTER_NOT_AWAITING_APPROVAL', 'Surat ini tidak sedang menunggu paraf atau tanda tangan.', 'This letter is not waiting for initials or a signature.');
      }
      const office = letterOfficeFrom(c.standard.standard, c.office);
      const chain = signerChain(c.service.products.find((p) => p.code === letter!.productCode)!, office);
      const next = chain[letter.approvals.length]!;
      if (next.action !== body.action) {
        throw letterConflict('LETTER_APPROVAL_ORDER', `Surat ini menunggu ${next.action === 'initial' ? 'paraf' : 'tanda tangan'} ${next.roleTitle}.`, `This letter waits for the ${next.action === 'initial' ? 'initials' : 'signature'} of ${next.roleTitle}.`);
      }
      if (letter.approvals.some((a) => a.userId === scope.actor.userId)) {
        throw letterConflict('LETTER_APPROVER_REPEATED', 'Paraf dan tanda tangan pada satu surat harus oleh pejabat yang berbeda.', 'Initials and signature on one letter must come from different officials.');
      }
      final = letter.approvals.length + 1 === chain.length;
      return { action: { type: 'approve_letter', final }, data: { letterId, approval: body.action, roleTitle: next.roleTitle } };
    },
    within: async (tx, c, _r, at) => {
      const row = letter!;
      const me = await approverOf(tx, scope.actor.userId);
      const office = letterOfficeFrom(c.standard.standard, c.office);
      const product = c.service.products.find((p) => p.code === row.productCode)!;
      const step = signerChain(product, office)[row.approvals.length]!;
      // A chain from the standard prints its role titles; an unstated one prints the signer's own title.
      const title = product.signers ? step.roleTitle : (me?.title ?? step.roleTitle);
      const approvals: StoredApproval[] = [...row.approvals, { action: body.action, roleTitle: step.roleTitle, userId: scope.actor.userId!, name: me?.fullName ?? scope.actor.label, title, nip: me?.nip ?? null, at: at.toISOString() }];
      if (!final) {
        const content = { ...reviveLetter(row.content), approvals: approvalSteps(c, row.productCode, approvals) };
        await tx.update(letters).set({ status: 'initialled', approvals, content, pdfSha256: null }).where(eq(letters.id, row.id));
        return;
      }
      const unsigned = await compose(tx, c, row.id, row.kind as LetterKind, row.number, at, approvalSteps(c, row.productCode, approvals), null);
      const contentHash = letterContentHash(unsigned.letter);
      const token = signLetterToken({ letterId: row.id, officeSlug: c.office.slug, contentHash, issuedAt: at }, services.letterKey);
      const content: Letter = { ...unsigned.letter, verificationUrl: `${services.config.publicUrl}/verify/${token}` };
      await tx.update(letters).set({ status: 'signed', approvals, content, contentHash, token, issuedAt: at, signedAt: at, pdfSha256: null }).where(eq(letters.id, row.id));
    },
    after: async () => {
      await storeLetterPdf(services, scope, letterId);
    },
  });
}

export async function lettersOf(db: Executor, applicationId: string): Promise<LetterRow[]> {
  return db.select().from(letters).where(eq(letters.applicationId, applicationId)).orderBy(letters.createdAt).limit(50);
}

/** The PDF of a letter (rendered again if the store lost it); opening it is audited. */
export async function letterPdf(services: ApplicationServices, scope: OfficeScope, letterId: string): Promise<{ row: LetterRow; bytes: Buffer }> {
  const rows = await scope.db.select().from(letters).where(scope.own(letters, eq(letters.id, letterId))).limit(1);
  const row = rows[0];
  if (!row) throw letterNotFound();
  if (scope.kelurahanCodes !== null) throw letterNotFound();
  const stored = row.pdfSha256 ? await services.store.get(row.pdfSha256) : null;
  const bytes = stored ?? (await storeLetterPdf(services, scope, row.id));
  await scope.audit({ action: 'letter.viewed', entityType: 'letter', entityId: row.id, after: { number: row.number, status: row.status } });
  return { row, bytes };
}
