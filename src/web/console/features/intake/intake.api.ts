import type { z } from 'zod';
import type { applicationDetail } from '../../../../modules/applications/applications.detail-schema.js';
import type { ApplicationSummary, createApplicationBody, openCheckAnswer, openCheckBody } from '../../../../modules/applications/applications.schema.js';
import type { participantLookupSchema } from '../../../../modules/batches/bpjs.routes.js';
import type { nearDuplicateView } from '../../../../modules/registry/registry.schema.js';
import type { OfficeStandard, Service } from '../../../../modules/standards/standard.schema.js';
import { api } from '../../lib/api.js';

export type { Service };
export type CreateApplication = z.input<typeof createApplicationBody>;
export type MemberBody = CreateApplication['members'][number];
export type NearDuplicate = z.infer<typeof nearDuplicateView>;
export type ApplicationDetail = z.infer<typeof applicationDetail>;
export type DocumentView = ApplicationDetail['documents'][number];

/** GET /api/v1/standard: the office's standard in force (its body is typed `unknown` by the route). */
export interface CurrentStandard {
  id: number;
  version: number;
  effectiveDate: string;
  standard: OfficeStandard;
}

/** The answers of the public identity checks (identity-check.routes.ts). */
export interface IdentityIssue {
  code: string;
  message: string;
}
export interface NikCheck {
  valid: boolean;
  errors: IdentityIssue[];
  warnings: IdentityIssue[];
  birthDate: string | null;
  sex: 'M' | 'F' | null;
  regionCode: string | null;
  regionName: string | null;
  regionHistorical: boolean;
}
export interface KkCheck {
  valid: boolean;
  errors: IdentityIssue[];
  warnings: IdentityIssue[];
  recordedOn: string | null;
  regionCode: string | null;
  regionName: string | null;
}
export interface DuplicateCheck {
  existing: { personId: string; familyId: string; left: boolean; membership: { segment: string; status: string } | null } | null;
  warnings: NearDuplicate[];
}
export interface Region {
  code: string;
  level: 'province' | 'regency' | 'district' | 'village';
  name: string;
  parentCode: string | null;
}

export const getStandard = () => api<CurrentStandard>('/standard');
export const checkNik = (body: { nik: string; birthDate?: string; sex?: 'M' | 'F' }) => api<NikCheck>('/identity/nik/check', { method: 'POST', body });
export const checkKk = (kk: string) => api<KkCheck>('/identity/kk/check', { method: 'POST', body: { kk } });
export type OpenApplications = z.infer<typeof openCheckAnswer>['open'];
export const checkOpenApplications = (body: z.input<typeof openCheckBody>) => api<z.infer<typeof openCheckAnswer>>('/applications/open-check', { method: 'POST', body });
/** The person's JKN membership at BPJS (web service, or the office's simulator); never blocks intake. */
export type BpjsLookup = z.infer<typeof participantLookupSchema>;
export const checkBpjs = (nik: string) => api<BpjsLookup>('/bpjs/participant', { method: 'POST', body: { nik } });
export const checkDuplicates = (body: { nik: string; name: string; birthDate: string }) => api<DuplicateCheck>('/registry/duplicates/check', { method: 'POST', body });
export const regionsOf = (parent: string) => api<{ regions: Region[]; nextCursor: string | null }>('/regions', { query: { parent, limit: 100 } });

export const createApplication = (body: CreateApplication) =>
  api<{ application: ApplicationSummary; warnings: NearDuplicate[] }>('/applications', { method: 'POST', body });

/** The multipart form wants `requirementCode` before the file (application-documents.routes.ts). */
export function uploadDocument(applicationId: string, requirementCode: string, file: File) {
  const form = new FormData();
  form.append('purpose', 'requirement');
  form.append('requirementCode', requirementCode);
  form.append('file', file, file.name);
  return api<DocumentView>(`/applications/${encodeURIComponent(applicationId)}/documents`, { method: 'POST', body: form });
}

export const getApplication = (id: string) => api<ApplicationDetail>(`/applications/${encodeURIComponent(id)}`);
export const recordCheck = (id: string, body: { version: number; items: { code: string; state: 'present'; alternative?: string }[] }) =>
  api<ApplicationSummary>(`/applications/${encodeURIComponent(id)}/check`, { method: 'POST', body });

export const receiptPdfUrl = (id: string) => `/api/v1/applications/${encodeURIComponent(id)}/receipt.pdf`;

/** Every village of the office's regency, grouped by district, for the address picker. */
export async function villagesOf(regencyCode: string): Promise<{ district: Region; villages: Region[] }[]> {
  const districts = (await regionsOf(regencyCode)).regions;
  return Promise.all(districts.map(async (district) => ({ district, villages: (await regionsOf(district.code)).regions })));
}
