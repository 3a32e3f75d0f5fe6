import { z } from 'zod';
import { applicationSummary } from './applications.schema.js';

const timeLimit = z.object({ amount: z.number(), unit: z.string(), aroundTheClock: z.boolean().optional() }).nullable();

export const eventSchema = z.object({
  version: z.number(),
  ordinal: z.number(),
  action: z.string(),
  stepCode: z.string().nullable(),
  stepKind: z.string().nullable(),
  stepRole: z.string().nullable(),
  outcome: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorLabel: z.string(),
  at: z.string(),
  durationMs: z.number().nullable(),
  mutuBaku: timeLimit,
  stepElapsed: z.number().nullable(),
  withinMutuBaku: z.boolean().nullable(),
  note: z.string().nullable(),
  data: z.unknown(),
});

export const checklistItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.string(),
  required: z.boolean(),
  materai: z.boolean(),
  alternatives: z.array(z.string()).nullable(),
  state: z.enum(['pending', 'present', 'missing', 'invalid']),
  reason: z.string().nullable(),
  alternativeUsed: z.string().nullable(),
  checkedAt: z.string().nullable(),
  documents: z.number(),
});

export const planStepSchema = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.string(),
  role: z.string(),
  branch: z.string(),
  implied: z.string().nullable(),
  auto: z.boolean(),
  mutuBaku: timeLimit,
  state: z.enum(['done', 'current', 'pending']),
});

export const letterSummarySchema = z.object({
  id: z.string(),
  productCode: z.string(),
  kind: z.string(),
  number: z.string(),
  status: z.enum(['draft', 'initialled', 'signed']),
  approvals: z.array(z.object({ action: z.string(), roleTitle: z.string(), name: z.string(), at: z.string() })),
  nextApproval: z.object({ action: z.enum(['initial', 'sign']), roleTitle: z.string() }).nullable(),
  issuedAt: z.string().nullable(),
});

export const assessmentSchema = z.object({
  id: z.string(),
  status: z.enum(['scheduled', 'recorded']),
  scheduledAt: z.string(),
  assessorUserId: z.string(),
  formName: z.string(),
  criteria: z.array(z.object({ code: z.string(), label: z.string() })),
  threshold: z.number(),
  answers: z.array(z.object({ code: z.string(), met: z.boolean(), note: z.string().optional() })).nullable(),
  score: z.number().nullable(),
  recommendation: z.enum(['eligible', 'not_eligible']).nullable(),
  notes: z.string().nullable(),
  recordedAt: z.string().nullable(),
});

export const documentSchema = z.object({
  id: z.string(),
  requirementCode: z.string().nullable(),
  purpose: z.string(),
  subjectId: z.string().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  pageCount: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  originalName: z.string().nullable(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const applicationDetail = applicationSummary.extend({
  standard: z.object({ id: z.number(), version: z.number() }),
  facts: z.object({ has_ktp: z.boolean().optional(), hospitalised: z.boolean().optional() }),
  family: z.object({ kkNumber: z.string(), address: z.string(), rt: z.string().optional(), rw: z.string().optional(), villageCode: z.string() }),
  familyId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  representative: z.object({ name: z.string(), phone: z.string().optional(), relation: z.string().optional() }).nullable(),
  members: z.array(z.object({
    nik: z.string(), name: z.string(), birthPlace: z.string().nullable(), birthDate: z.string(), sex: z.enum(['M', 'F']),
    relation: z.string(), isApplicant: z.boolean(), personId: z.string().nullable(),
  })),
  checklist: z.array(checklistItemSchema),
  missing: z.array(z.object({ code: z.string(), label: z.string(), state: z.string(), reason: z.string().nullable() })),
  plan: z.object({ intake: z.array(planStepSchema), steps: z.array(planStepSchema), followUp: z.array(planStepSchema) }),
  nextAction: z.object({ action: z.string(), stepCode: z.string().nullable(), roles: z.array(z.string()) }).nullable(),
  completionTime: z.object({ text: z.string().nullable(), limit: timeLimit }),
  decision: z.unknown(),
  assessment: assessmentSchema.nullable(),
  letters: z.array(letterSummarySchema),
  documents: z.array(documentSchema),
  events: z.array(eventSchema),
  returnCount: z.number(),
  closedAt: z.string().nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;
