import type { z } from 'zod';
import type { addMemberBody, headChangeBody, kkChangeBody, leaveBody } from '../../../../modules/registry/family-changes.schema.js';
import type { familyRecord, personListItem, personRecord, searchBody } from '../../../../modules/registry/registry.schema.js';
import { api, apiUpload } from '../../lib/api.js';

export type PersonListItem = z.infer<typeof personListItem>;
export type PersonRecord = z.infer<typeof personRecord>;
export type FamilyRecord = z.infer<typeof familyRecord>;
export type Membership = NonNullable<PersonRecord['membership']>;
export type SearchInput = z.input<typeof searchBody>;
export type AddMemberInput = z.input<typeof addMemberBody>;
export type LeaveInput = z.input<typeof leaveBody>;
export type KkChangeInput = z.input<typeof kkChangeBody>;
export type HeadChangeInput = z.input<typeof headChangeBody>;

/** GET /api/v1/faskes (faskes.routes.ts). */
export interface Faskes {
  id: string;
  code: string;
  name: string;
  kind: string;
  address: string | null;
  active: boolean;
}

/** The import view of import.routes.ts. */
export interface RegistryImport {
  id: string;
  fileName: string | null;
  format: 'csv' | 'xlsx';
  segment: string;
  status: 'running' | 'completed' | 'failed';
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  reportUrl: string;
}

const enc = encodeURIComponent;

export const searchRegistry = (body: SearchInput) => api<{ results: PersonListItem[]; nextCursor: string | null }>('/registry/search', { method: 'POST', body });
export const getPerson = (id: string) => api<PersonRecord>(`/registry/persons/${enc(id)}`);
export const getFamily = (id: string) => api<FamilyRecord>(`/registry/families/${enc(id)}`);
export const listFaskes = (q: string) => api<{ faskes: Faskes[]; nextCursor: string | null }>('/faskes', { query: { q: q.trim() || undefined, limit: 50 } });
export const setFaskes = (personId: string, faskesId: string) =>
  api<{ personId: string; faskes: { id: string; code: string; name: string } | null }>(`/registry/persons/${enc(personId)}/faskes`, { method: 'PUT', body: { faskesId } });
export const leaveFamily = (personId: string, body: LeaveInput) => api<{ family: FamilyRecord }>(`/registry/persons/${enc(personId)}/leave`, { method: 'POST', body });
export const addMember = (familyId: string, body: AddMemberInput) => api<{ family: FamilyRecord }>(`/registry/families/${enc(familyId)}/members`, { method: 'POST', body });
export const changeHead = (familyId: string, body: HeadChangeInput) => api<{ family: FamilyRecord }>(`/registry/families/${enc(familyId)}/head`, { method: 'POST', body });
export const changeKk = (familyId: string, body: KkChangeInput) => api<{ family: FamilyRecord }>(`/registry/families/${enc(familyId)}/kk-change`, { method: 'POST', body });

export const listImports = () => api<{ imports: RegistryImport[]; nextCursor: string | null }>('/registry/imports', { query: { limit: 20 } });
export const getImport = (id: string) => api<RegistryImport>(`/registry/imports/${enc(id)}`);
export const startImport = (file: File, segment: string) =>
  apiUpload<{ import: RegistryImport; duplicate: boolean }>('/registry/imports', file, { query: { fileName: file.name, segment } });
