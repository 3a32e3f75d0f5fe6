import { randomInt } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { randomToken, sha256Hex } from '../../../platform/crypto.js';
import type { NormalisedDocument } from '../../documents/document-content.js';
import { isUniqueViolation } from '../../registry/registry.errors.js';
import { portalDrafts, portalDraftUploads } from './apply.tables.js';
import type { DraftData } from './apply.types.js';

/** An abandoned application is deleted with its photos after this many days. */
export const DRAFT_DAYS = 30;
/** Wrong birth dates for one resume code before it is locked for LOCK_MINUTES. */
export const MAX_RESUME_FAILURES = 5;
export const LOCK_MINUTES = 60;

/**
 * Resume codes are read aloud and copied by hand: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. 25^8 ≈ 1.5·10^11
 * codes per office; with the per-address throttle and the per-draft lock, guessing one is hopeless.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

export type DraftRow = typeof portalDrafts.$inferSelect;
export type UploadMeta = Omit<typeof portalDraftUploads.$inferSelect, 'bytes'>;

export function newResumeCode(): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** "acde fghj", "ACDE-FGHJ" → "ACDEFGHJ"; null when it cannot be a code. */
export function normaliseResumeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** "ACDEFGHJ" → "ACDE-FGHJ": two groups of four are easier to read out and to copy. */
export const formatResumeCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

const accessHash = (token: string) => sha256Hex(`portal-draft-access:${token}`);
const resumeHash = (officeId: number, code: string) => sha256Hex(`portal-draft-resume:${officeId}:${code}`);

/** Deletes expired drafts (their uploads go with them, ON DELETE CASCADE). */
export async function purgeExpiredDrafts(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(portalDrafts).where(lt(portalDrafts.expiresAt, now)).returning({ id: portalDrafts.id });
  return gone.length;
}

export async function createDraft(db: Db, officeId: number, data: DraftData, now: Date): Promise<{ row: DraftRow; token: string }> {
  // Every new draft sweeps the expired ones: the deletion needs no scheduler to happen.
  await purgeExpiredDrafts(db, now);
  const token = randomToken(32);
  const rows = await db.insert(portalDrafts).values({
    officeId, accessHash: accessHash(token), data, createdAt: now, updatedAt: now,
    expiresAt: new Date(now.getTime() + DRAFT_DAYS * 86_400_000),
  }).returning();
  return { row: rows[0]!, token };
}

/** The draft this browser holds for this office, unless it expired. */
export async function draftByAccess(db: Db, officeId: number, token: string | undefined, now: Date): Promise<DraftRow | null> {
  if (!token || token.length > 100) return null;
  const rows = await db.select().from(portalDrafts)
    .where(and(eq(portalDrafts.accessHash, accessHash(token)), eq(portalDrafts.officeId, officeId), gt(portalDrafts.expiresAt, now)))
    .limit(1);
  return rows[0] ?? null;
}

export async function saveDraftData(db: Db, id: string, data: DraftData, now: Date): Promise<void> {
  await db.update(portalDrafts).set({ data, updatedAt: now }).where(eq(portalDrafts.id, id));
}

/** Gives the draft a resume code (a new one each time: only the latest code shown works). */
export async function issueResumeCode(db: Db, row: DraftRow): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = newResumeCode();
    try {
      await db.update(portalDrafts).set({ resumeHash: resumeHash(row.officeId, code) }).where(eq(portalDrafts.id, row.id));
      return code;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt > 5) throw err;
    }
  }
}

export type ResumeOutcome =
  | { kind: 'resumed'; row: DraftRow; token: string }
  | { kind: 'unknown' }
  | { kind: 'locked'; until: Date }
  | { kind: 'wrong_second_factor'; attemptsLeft: number };

/**
 * Opens a saved draft of this office with its resume code and the applicant's birth date. A wrong birth
 * date counts against the draft; at MAX_RESUME_FAILURES it is locked for LOCK_MINUTES even for the right
 * answer. The browser gets a new access token: a code read over someone's shoulder opens the draft once.
 */
export async function resumeDraft(db: Db, officeId: number, codeInput: string, birthDate: string, now: Date): Promise<ResumeOutcome> {
  const code = normaliseResumeCode(codeInput);
  if (!code) return { kind: 'unknown' };
  const rows = await db.select().from(portalDrafts)
    .where(and(eq(portalDrafts.officeId, officeId), eq(portalDrafts.resumeHash, resumeHash(officeId, code)), gt(portalDrafts.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row) return { kind: 'unknown' };
  if (row.lockedUntil && row.lockedUntil > now) return { kind: 'locked', until: row.lockedUntil };
  const a = row.data.applicant;
  const stored = a ? `${a.birthYear}-${a.birthMonth.padStart(2, '0')}-${a.birthDay.padStart(2, '0')}` : null;
  if (stored !== birthDate) {
    const failures = row.failedAttempts + 1;
    const locked = failures >= MAX_RESUME_FAILURES;
    await db.update(portalDrafts).set({
      failedAttempts: locked ? 0 : failures,
      lockedUntil: locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : row.lockedUntil,
    }).where(eq(portalDrafts.id, row.id));
    return locked ? { kind: 'locked', until: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { kind: 'wrong_second_factor', attemptsLeft: MAX_RESUME_FAILURES - failures };
  }
  const token = randomToken(32);
  await db.update(portalDrafts).set({ accessHash: accessHash(token), failedAttempts: 0, lockedUntil: null, updatedAt: now }).where(eq(portalDrafts.id, row.id));
  return { kind: 'resumed', row, token };
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  await db.delete(portalDrafts).where(eq(portalDrafts.id, id));
}

/** One photo per requirement: a new upload replaces the previous one. */
export async function putUpload(db: Db, row: DraftRow, requirementCode: string, originalName: string | null, content: NormalisedDocument): Promise<void> {
  const values = {
    draftId: row.id, officeId: row.officeId, requirementCode, mimeType: content.mimeType, sizeBytes: content.bytes.length,
    pageCount: content.pageCount, width: content.width, height: content.height,
    originalName: originalName ? originalName.split(/[\\/]/).pop()!.slice(0, 200) : null, bytes: content.bytes,
  };
  await db.insert(portalDraftUploads).values(values).onConflictDoUpdate({
    target: [portalDraftUploads.draftId, portalDraftUploads.requirementCode],
    set: { ...values, createdAt: sql`now()` },
  });
}

export async function uploadsOf(db: Db, draftId: string): Promise<UploadMeta[]> {
  return db.select({
    id: portalDraftUploads.id, draftId: portalDraftUploads.draftId, officeId: portalDraftUploads.officeId,
    requirementCode: portalDraftUploads.requirementCode, mimeType: portalDraftUploads.mimeType, sizeBytes: portalDraftUploads.sizeBytes,
    pageCount: portalDraftUploads.pageCount, width: portalDraftUploads.width, height: portalDraftUploads.height,
    originalName: portalDraftUploads.originalName, createdAt: portalDraftUploads.createdAt,
  }).from(portalDraftUploads).where(eq(portalDraftUploads.draftId, draftId)).orderBy(portalDraftUploads.createdAt);
}

export async function uploadsWithBytes(db: Db, draftId: string) {
  return db.select().from(portalDraftUploads).where(eq(portalDraftUploads.draftId, draftId));
}
