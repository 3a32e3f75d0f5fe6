import { z } from 'zod';
import { RELATIONS } from './registry.codes.js';
import { addressInput, isoDate, personInput, uuidSchema } from './registry.schema.js';

const reason = z.string().trim().max(500).optional();

export const addMemberBody = z.strictObject({
  person: personInput,
  /** The document behind the change: a newborn comes with a KIA or birth certificate, a spouse with a marriage record. */
  evidence: z.strictObject({
    kind: z.enum(['kia', 'birth_certificate', 'marriage_certificate', 'ktp', 'kk', 'other']),
    number: z.string().trim().max(60).optional(),
  }),
  reason,
  applicationId: uuidSchema.optional(),
});
export type AddMemberInput = z.infer<typeof addMemberBody>;

export const leaveBody = z.strictObject({
  reason: z.enum(['moved_away', 'died']),
  /** Date of the move or of death. */
  date: isoDate,
  /** Required when the head leaves and others stay. */
  newHeadPersonId: uuidSchema.optional(),
  note: reason,
  applicationId: uuidSchema.optional(),
});
export type LeaveInput = z.infer<typeof leaveBody>;

export const kkChangeBody = z.strictObject({
  newKkNumber: z.string().max(64),
  reason: z.enum(['split', 'moved', 'reissued']),
  /** Who goes onto the new KK (default: every current member) and, optionally, their relation on it. */
  members: z.array(z.strictObject({ personId: uuidSchema, relation: z.enum(RELATIONS).optional() })).min(1).max(30).optional(),
  /** Head of the new KK when only some members move. */
  headPersonId: uuidSchema.optional(),
  /** New head of the old KK when its head moves to the new one. */
  remainingHeadPersonId: uuidSchema.optional(),
  address: addressInput.address.optional(),
  rt: addressInput.rt,
  rw: addressInput.rw,
  villageCode: addressInput.villageCode.optional(),
  note: reason,
  applicationId: uuidSchema.optional(),
});
export type KkChangeInput = z.infer<typeof kkChangeBody>;

export const headChangeBody = z.strictObject({
  personId: uuidSchema,
  /** The former head's relation to the new head, when the former head stays on the KK. */
  previousHeadRelation: z.enum(RELATIONS).optional(),
  note: reason,
  applicationId: uuidSchema.optional(),
});
export type HeadChangeInput = z.infer<typeof headChangeBody>;

export const faskesBody = z.strictObject({ faskesId: uuidSchema });
