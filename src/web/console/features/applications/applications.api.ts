import type { z } from 'zod';
import type { ApplicationDetail } from '../../../../modules/applications/applications.detail-schema.js';
import type { ApplicationSummary, checkBody, completeStepBody, listQuery, resubmitBody, withdrawBody } from '../../../../modules/applications/applications.schema.js';
import type { AssigneeView } from '../../../../modules/staff/staff.schema.js';
import type { Role } from '../../../../platform/auth/roles.js';
import { api } from '../../lib/api.js';

export type { ApplicationDetail, ApplicationSummary };
export type ApplicationEvent = ApplicationDetail['events'][number];
export type ChecklistItem = ApplicationDetail['checklist'][number];
export type ApplicationDocument = ApplicationDetail['documents'][number];
export type LetterSummary = ApplicationDetail['letters'][number];
export type ListQuery = Partial<Pick<z.infer<typeof listQuery>, 'status' | 'role' | 'serviceCode' | 'overdue' | 'open' | 'limit' | 'cursor'>>;
export type CheckBody = z.input<typeof checkBody>;
export type CheckItem = CheckBody['items'][number];
/** The roles with a worklist screen (GET /worklist takes kelurahan operators too; their screen is the intake's). */
export const WORKLIST_ROLES = ['front_office', 'back_office', 'field_assessor', 'approver'] as const satisfies readonly Role[];
export type WorklistRole = (typeof WORKLIST_ROLES)[number];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Active colleagues with a role (GET /staff/assignees): name and title only. */
export interface AssigneeList {
  assignees: AssigneeView[];
}

/** The assessment form of the office (GET /assessment-form). */
export interface AssessmentForm {
  name: string;
  version: number | null;
  criteria: { code: string; label: string; labelEn?: string }[];
  threshold: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const base = (id: string) => `/applications/${encodeURIComponent(id)}`;

export const getWorklist = (role: WorklistRole, cursor?: string) => api<Page<ApplicationSummary>>('/worklist', { query: { role, limit: 100, cursor } });
export const listApplications = (q: ListQuery) => api<Page<ApplicationSummary>>('/applications', { query: { limit: 100, ...q } });
export const getApplication = (id: string) => api<ApplicationDetail>(base(id));
export const getAssessmentForm = () => api<AssessmentForm>('/assessment-form');
export const auditOfApplication = (id: string) => api<{ entries: AuditEntry[]; nextBeforeSeq: number | null }>('/audit', { query: { entityType: 'application', entityId: id, limit: 100 } });

// Every workflow action answers the application's new summary (with its new version).
const post = (path: string, body: unknown) => api<ApplicationSummary>(path, { method: 'POST', body });
export const checkApplication = (id: string, body: CheckBody) => post(`${base(id)}/check`, body);
export const resubmit = (id: string, body: z.input<typeof resubmitBody>) => post(`${base(id)}/resubmit`, body);
export const completeStep = (id: string, stepCode: string, body: z.input<typeof completeStepBody>) => post(`${base(id)}/steps/${encodeURIComponent(stepCode)}/complete`, body);
export const withdraw = (id: string, body: z.input<typeof withdrawBody>) => post(`${base(id)}/withdraw`, body);
export const scheduleAssessment = (id: string, body: { version: number; scheduledAt: string; assessorUserId: string; note?: string }) => post(`${base(id)}/assessment/schedule`, body);
export const recordAssessment = (id: string, body: { version: number; answers: { code: string; met: boolean; note?: string }[]; notes?: string; visitedAt?: string }) =>
  post(`${base(id)}/assessment`, body);
export const decide = (id: string, body: { version: number; eligible: boolean; reason?: string; committee?: { name: string; title?: string }[] }) => post(`${base(id)}/decision`, body);
export const draftLetter = (id: string, body: { version: number; note?: string }) => post(`${base(id)}/letters`, body);
export const approveLetter = (id: string, letterId: string, body: { version: number; action: 'initial' | 'sign'; note?: string }) =>
  post(`${base(id)}/letters/${encodeURIComponent(letterId)}/approvals`, body);

/** Multipart: the fields must come before the file (the server reads them from the file part). */
export function uploadDocument(id: string, fields: { requirementCode?: string; purpose: 'requirement' | 'assessment_photo' }, file: File) {
  const form = new FormData();
  form.append('purpose', fields.purpose);
  if (fields.requirementCode) form.append('requirementCode', fields.requirementCode);
  form.append('file', file);
  return api<ApplicationDocument>(`${base(id)}/documents`, { method: 'POST', body: form });
}

// Files the browser opens itself (same origin, session cookie): links, not fetches.
export const documentUrl = (docId: string) => `/api/v1/documents/${encodeURIComponent(docId)}/content`;
export const letterPdfUrl = (letterId: string) => `/api/v1/letters/${encodeURIComponent(letterId)}/pdf`;
export const receiptPdfUrl = (id: string) => `/api/v1${base(id)}/receipt.pdf`;

export const hasAnyRole = (mine: readonly Role[], wanted: readonly string[]) => mine.some((r) => wanted.includes(r));

// Indonesia keeps no daylight saving: each office zone is a fixed offset.
const OFFSETS: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

/**
 * A datetime-local value ("2026-11-28T09:30") read on the office's clock, whatever zone the browser
 * is set to, as the ISO time with offset the API takes.
 */
export function officeTimeToIso(local: string, timeZone: string | undefined): string {
  if (!local) return '';
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return `${withSeconds}${OFFSETS[timeZone ?? ''] ?? '+07:00'}`;
}
