import type { batchView, submitBatch } from '../../../../modules/applications/kelurahan/kelurahan-batch.service.js';
import { api } from '../../lib/api.js';

/** GET /api/v1/kelurahan-batches: one batch per village and hand-over (kelurahan-batch.service.ts). */
export type BatchView = ReturnType<typeof batchView>;
export type SubmitResult = Awaited<ReturnType<typeof submitBatch>>;
export interface SubmitBody {
  referenceNumber?: string;
  referenceDate?: string;
}

export const listBatches = () => api<{ batches: BatchView[] }>('/kelurahan-batches', { query: { limit: 100 } });
export const submitBatchOf = (id: string, body: SubmitBody) => api<SubmitResult>(`/kelurahan-batches/${encodeURIComponent(id)}/submit`, { method: 'POST', body });
