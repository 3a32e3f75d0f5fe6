import type { AssessmentForm } from '../../../../modules/applications/assessment/assessment-form.js';
import type { readSettings, SettingsInput } from '../../../../modules/batches/bpjs-settings.js';
import type { importFaskes as importFaskesService } from '../../../../modules/faskes/faskes.service.js';
import type { OfficeStandard } from '../../../../modules/standards/standard.schema.js';
import { api, apiUpload } from '../../lib/api.js';

export type { AssessmentForm, OfficeStandard };

export interface StandardVersionView {
  id: number;
  version: number;
  effectiveDate: string;
  standard: OfficeStandard;
}
export interface StandardHistoryEntry {
  id: number;
  version: number;
  effectiveDate: string;
  publishedAt: string;
  note: string | null;
}
export interface Holiday {
  id: number;
  date: string;
  name: string;
}
export interface CalendarDay {
  date: string;
  kind: 'national' | 'cuti_bersama' | 'regional' | 'weekend';
  names: string[];
}
export interface Faskes {
  id: string;
  code: string;
  name: string;
  kind: string;
  address: string | null;
  active: boolean;
}
export type FaskesImportResult = Awaited<ReturnType<typeof importFaskesService>>;
export type BpjsSettings = Awaited<ReturnType<typeof readSettings>>;
export type BpjsSettingsInput = SettingsInput;

const slugPath = (slug: string) => `/offices/${encodeURIComponent(slug)}`;

export const standardVersions = (slug: string) => api<{ versions: StandardHistoryEntry[] }>(`${slugPath(slug)}/standard/versions`);
export const publishStandard = (body: { effectiveDate: string; note?: string; standard: OfficeStandard }) => api<StandardVersionView>('/standard/versions', { method: 'POST', body });

export const listHolidays = () => api<{ holidays: Holiday[] }>('/holidays');
export const addHoliday = (body: { date: string; name: string }) => api<Holiday>('/holidays', { method: 'POST', body });
export const removeHoliday = (id: number) => api<{ ok: true }>(`/holidays/${id}`, { method: 'DELETE' });
export const officeCalendar = (slug: string, year: number) => api<{ year: number; holidaysKnown: boolean; days: CalendarDay[] }>(`${slugPath(slug)}/calendar`, { query: { year } });

export const listFaskes = (q: string, cursor?: string) => api<{ faskes: Faskes[]; nextCursor: string | null }>('/faskes', { query: { q, cursor, includeInactive: 'true', limit: 50 } });
export const importFaskes = (file: File) => apiUpload<FaskesImportResult>('/faskes/imports', file);

export const publishAssessmentForm = (body: { name: string; criteria: AssessmentForm['criteria']; threshold: number }) => api<AssessmentForm>('/assessment-form', { method: 'PUT', body });

export const saveBpjsSettings = (body: BpjsSettingsInput) => api<BpjsSettings>('/bpjs/settings', { method: 'PUT', body });

/** Today on the office's clock, YYYY-MM-DD (en-CA formats dates that way). */
export const officeToday = (timeZone?: string) => new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'Asia/Jakarta' }).format(new Date());
