import { z } from 'zod';
import { RELATIONS, MARITAL_STATUSES } from '../registry/registry.codes.js';
import { CHANNELS, SERVICE_CODES } from '../standards/standard-service.schema.js';
import { APPLICATION_STATUSES } from './workflow/statuses.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH // Date must be YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z.string().regex(/^\+?\d{8,15}$/, 'Nomor telepon 8–15 digit // Phone number of 8–15 digits');
export const uuidSchema = z.string().uuid('ID tidak valid // Invalid id');
export const idParams = z.strictObject({ id: uuidSchema });

export const memberInput = z.strictObject({
  nik: z.string().max(64),
  name: z.string().trim().min(2).max(120),
  birthPlace: z.string().trim().max(80).optional(),
  birthDate: isoDate,
  sex: z.enum(['M', 'F']),
  relation: z.enum(RELATIONS),
  maritalStatus: z.enum(MARITAL_STATUSES).optional(),
  phone: phone.optional(),
});
export type MemberInput = z.infer<typeof memberInput>;

export const familyInput = z.strictObject({
  kkNumber: z.string().max(64),
  address: z.string().trim().min(3).max(200),
  rt: z.string().regex(/^\d{1,3}$/, 'RT 1–3 digit // RT of 1–3 digits').optional(),
  rw: z.string().regex(/^\d{1,3}$/, 'RW 1–3 digit // RW of 1–3 digits').optional(),
  villageCode: z.string().max(13),
});

export const factsInput = z.strictObject({ has_ktp: z.boolean().optional(), hospitalised: z.boolean().optional() });

export const detailsInput = z.strictObject({
  reason: text(500).optional(),
  previousSegment: z.enum(['PBPU', 'PPU', 'BP', 'PBI_JK']).optional(),
  hospital: text(200).optional(),
  admissionDate: isoDate.optional(),
  statementDate: isoDate.optional(),
  referenceIssuer: text(200).optional(),
  referenceNumber: text(100).optional(),
  referenceDate: isoDate.optional(),
  proposer: text(200).optional(),
  kisNumber: z.string().regex(/^\d{13}$/, 'Nomor kartu KIS 13 digit // KIS card number of 13 digits').optional(),
  dataChanges: z.array(z.strictObject({ field: text(80), oldValue: text(200), newValue: text(200) })).max(20).optional(),
});

export const representativeInput = z.strictObject({ name: z.string().trim().min(2).max(120), phone: phone.optional(), relation: text(60).optional() });

const applicationCore = {
  serviceCode: z.enum(SERVICE_CODES),
  variantCode: z.string().max(60).optional(),
  family: familyInput,
  members: z.array(memberInput).min(1).max(20),
  /** Which member applies; the others are the family members the application is also about. */
  applicantIndex: z.number().int().min(0).max(19).default(0),
  representative: representativeInput.optional(),
  facts: factsInput.default({}),
  details: detailsInput.default({}),
};

export const createApplicationBody = z.strictObject({
  ...applicationCore,
  channel: z.enum(['counter', 'whatsapp', 'kelurahan_batch']).default('counter'),
  /** When the registration at the counter began, to measure it against its mutu baku (Malinau: 15 min). */
  intakeStartedAt: z.iso.datetime({ offset: true }).optional(),
  kelurahanBatchId: uuidSchema.optional(),
});
export type CreateApplicationInput = z.infer<typeof createApplicationBody>;

export const publicApplicationBody = z.strictObject({
  ...applicationCore,
  /** UU PDP 27/2022: processing personal data needs the person's explicit consent. */
  consent: z.literal(true, { error: 'Persetujuan pemrosesan data pribadi wajib dicentang // Consent is required' }),
});

export const versionField = z.number().int().positive();

/** Before the officer fills the rest: does one of these people already have an open application for this service? */
export const openCheckBody = z.strictObject({
  serviceCode: z.enum(SERVICE_CODES),
  niks: z.array(z.string().regex(/^\d{16}$/, { error: 'NIK harus 16 digit angka' })).min(1).max(20),
});
export const openCheckAnswer = z.object({ open: z.array(z.object({ id: z.string(), receiptNumber: z.string() })) });

export const checkBody = z.strictObject({
  version: versionField,
  items: z.array(z.strictObject({
    code: z.string().max(60),
    state: z.enum(['present', 'missing', 'invalid']),
    reason: z.string().trim().max(300).optional(),
    alternative: z.string().max(200).optional(),
  })).min(1).max(50),
  note: z.string().trim().max(500).optional(),
});

export const resubmitBody = z.strictObject({ version: versionField, facts: factsInput.optional(), note: z.string().trim().max(500).optional() });
export const completeStepBody = z.strictObject({ version: versionField, note: z.string().trim().max(500).optional() });
export const withdrawBody = z.strictObject({ version: versionField, reason: z.string().trim().min(3).max(500) });
export const stepParams = z.strictObject({ id: uuidSchema, stepCode: z.string().regex(/^[a-z][a-z0-9_]*$/).max(60) });

export const listQuery = z.strictObject({
  status: z.enum(APPLICATION_STATUSES).optional(),
  role: z.enum(['front_office', 'back_office', 'field_assessor', 'approver', 'kelurahan_operator', 'citizen']).optional(),
  serviceCode: z.enum(SERVICE_CODES).optional(),
  channel: z.enum(CHANNELS).optional(),
  kelurahanBatchId: uuidSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  open: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const worklistQuery = z.strictObject({
  role: z.enum(['front_office', 'back_office', 'field_assessor', 'approver', 'kelurahan_operator']),
  limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(300).optional(), lang: z.enum(['id', 'en']).optional() });

export const applicationSummary = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  variantCode: z.string().nullable(),
  channel: z.string(),
  /** The kelurahan proposal batch it came in (kelurahan channel only). */
  kelurahanBatchId: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  currentStep: z.string().nullable(),
  currentStepLabel: z.string().nullable(),
  currentRole: z.string().nullable(),
  priority: z.boolean(),
  applicantName: z.string(),
  villageCode: z.string(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  stepDueAt: z.string().nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
