import { z } from 'zod';
import { BATCH_STATUSES } from './batches.tables.js';
import { CHANGE_TYPES } from './edabu/index.js';

export const batchIdParams = z.strictObject({ id: z.uuid() });
export const changeTypeSchema = z.enum(CHANGE_TYPES as unknown as ['new', ...string[]]);

export const batchListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().regex(/^\d{4}-\d{2}:\d+$/).optional(),
  status: z.enum(BATCH_STATUSES).optional(),
});

export const exportQuery = z.strictObject({
  changeType: changeTypeSchema,
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const batchSchema = z.object({
  id: z.string(),
  period: z.string(),
  sequence: z.number(),
  status: z.enum(BATCH_STATUSES),
  closesAt: z.string().nullable(),
  itemCount: z.number(),
  priorityCount: z.number(),
  acceptedCount: z.number(),
  rejectedCount: z.number(),
  closedAt: z.date().nullable(),
  exportedAt: z.date().nullable(),
  submittedAt: z.date().nullable(),
  resultsImportedAt: z.date().nullable(),
  reconciledAt: z.date().nullable(),
});

export const batchDetailSchema = batchSchema.extend({
  changeTypes: z.array(z.object({ changeType: z.string(), total: z.number(), priority: z.number(), accepted: z.number(), rejected: z.number() })),
});

export const resultsReportSchema = z.object({
  importId: z.string(),
  alreadyImported: z.boolean(),
  rows: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  unchanged: z.number(),
  problems: z.object({
    unknown: z.number(),
    duplicate: z.number(),
    invalid: z.number(),
    list: z.array(z.object({ rowNumber: z.number(), nik: z.string(), code: z.string(), message: z.string() })),
  }),
});

export const rejectionsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.coerce.number().int().min(0).optional(),
  includeResolved: z.enum(['true', 'false']).default('false'),
});

export const rejectionSchema = z.object({
  itemId: z.number(),
  personId: z.string(),
  nik: z.string(),
  name: z.string(),
  changeType: z.string(),
  reason: z.string().nullable(),
  position: z.number().nullable(),
  resolved: z.boolean(),
});
