import type { z } from 'zod';
import type { batchDetailSchema, batchSchema, rejectionSchema, resultsReportSchema } from '../../../../modules/batches/batches.schema.js';
import type { BatchStatus } from '../../../../modules/batches/batches.tables.js';
import type { ChangeType } from '../../../../modules/batches/edabu/edabu-templates.js';
import { api, apiDownload, apiUpload } from '../../lib/api.js';

/** Dates travel as ISO strings in JSON. */
type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type { BatchStatus, ChangeType };
export type Batch = Wire<z.infer<typeof batchSchema>>;
export type BatchDetail = Wire<z.infer<typeof batchDetailSchema>>;
export type Rejection = z.infer<typeof rejectionSchema>;
export type ResultsReport = z.infer<typeof resultsReportSchema>;

// The statuses in lifecycle order, for the filter and the progress line (batches.tables.ts).
export const STATUSES: readonly BatchStatus[] = ['open', 'closed', 'exported', 'submitted', 'results_imported', 'reconciled'];
// The e-Dabu forms (edabu-templates.ts); kept as a list here because that module pulls in ExcelJS.
export const CHANGE_TYPES: readonly ChangeType[] = ['new', 'add_family_member', 'identity_change', 'address_change', 'deactivate_month_end', 'deactivate_death'];

const path = (id: string) => `/batches/${encodeURIComponent(id)}`;

export const listBatches = (query: { status?: string; cursor?: string }) => api<{ batches: Batch[]; nextCursor: string | null }>('/batches', { query: { limit: 50, ...query } });
export const getBatch = (id: string) => api<BatchDetail>(path(id));
export const closeBatch = (id: string) => api<BatchDetail>(`${path(id)}/close`, { method: 'POST' });
export const submitBatch = (id: string) => api<BatchDetail>(`${path(id)}/submit`, { method: 'POST' });
export const reconcileBatch = (id: string) => api<BatchDetail>(`${path(id)}/reconcile`, { method: 'POST' });
export const exportBatch = (id: string, changeType: string, format: 'xlsx' | 'csv') => apiDownload(`${path(id)}/export`, { query: { changeType, format } });
export const uploadResults = (id: string, file: File) => apiUpload<ResultsReport>(`${path(id)}/results`, file);
export const listRejections = (id: string, includeResolved: boolean, cursor?: number) =>
  api<{ rejections: Rejection[]; nextCursor: number | null }>(`${path(id)}/rejections`, { query: { includeResolved: String(includeResolved), cursor, limit: 100 } });
export const resolveRejection = (id: string, itemId: number, note: string) => api<{ ok: true }>(`${path(id)}/rejections/${itemId}/resolve`, { method: 'POST', body: { note } });
export const registerBatchCards = (batchId: string) =>
  api<{ registered: number; alreadyRegistered: number; unknown: string[]; notified: number }>('/cards/arrivals', { method: 'POST', body: { batchId } });
