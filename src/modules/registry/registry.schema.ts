import { z } from 'zod';
import { BPJS_CHANGES, MARITAL_STATUSES, MEMBERSHIP_STATUSES, RELATIONS, SEGMENTS } from './registry.codes.js';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH // Date must be YYYY-MM-DD');
export const uuidSchema = z.string().uuid('ID tidak valid // Invalid id');
export const idParams = z.strictObject({ id: uuidSchema });

export const membershipInput = z.strictObject({
  segment: z.enum(SEGMENTS),
  status: z.enum(MEMBERSHIP_STATUSES),
  cardNumber: z.string().regex(/^\d{13}$/, 'Nomor kartu JKN harus 13 digit // JKN card number must be 13 digits').optional(),
  faskesId: uuidSchema.optional(),
  effectiveFrom: isoDate.optional(),
});

/** A person as entered by an officer. The NIK is checked by the NIK rules (with birth date and sex) in the service. */
export const personInput = z.strictObject({
  nik: z.string().max(64),
  name: z.string().trim().min(2).max(120),
  birthPlace: z.string().trim().max(80).optional(),
  birthDate: isoDate,
  sex: z.enum(['M', 'F']),
  maritalStatus: z.enum(MARITAL_STATUSES).optional(),
  relation: z.enum(RELATIONS),
  phone: z.string().regex(/^\+?\d{8,15}$/, 'Nomor telepon 8–15 digit // Phone number of 8–15 digits').optional(),
  membership: membershipInput.optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const addressInput = {
  address: z.string().trim().min(3).max(200),
  rt: z.string().regex(/^\d{1,3}$/, 'RT 1–3 digit // RT of 1–3 digits').optional(),
  rw: z.string().regex(/^\d{1,3}$/, 'RW 1–3 digit // RW of 1–3 digits').optional(),
  villageCode: z.string().max(13),
};

export const createFamilyBody = z.strictObject({
  kkNumber: z.string().max(64),
  ...addressInput,
  members: z.array(personInput).min(1).max(30),
  applicationId: uuidSchema.optional(),
});
export type CreateFamilyInput = z.infer<typeof createFamilyBody>;

export const searchBody = z
  .strictObject({
    nik: z.string().max(64).optional(),
    kk: z.string().max(64).optional(),
    name: z.string().trim().min(3, 'Nama minimal 3 huruf // Name needs at least 3 letters').max(120).optional(),
    /** The people of one kelurahan/desa (Kemendagri code), alone or narrowing a name search. */
    villageCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode kelurahan/desa berbentuk 00.00.00.0000 // Village code looks like 00.00.00.0000').optional(),
    cursor: z.string().max(300).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((b) => {
    const byNumber = [b.nik, b.kk].filter((v) => v !== undefined).length;
    const byPlace = b.name !== undefined || b.villageCode !== undefined;
    return byNumber === 1 ? !byPlace : byPlace;
  }, {
    message: 'Isi tepat satu dari nik, kk, atau name dan/atau villageCode // Give exactly one of nik, kk, or name and/or villageCode',
    path: ['nik'],
  });
export type SearchInput = z.infer<typeof searchBody>;

export const membershipView = z.object({
  id: z.string(),
  segment: z.enum(SEGMENTS),
  status: z.enum(MEMBERSHIP_STATUSES),
  cardNumber: z.string().nullable(),
  careClass: z.number(),
  faskes: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
});

export const personListItem = z.object({
  id: z.string(),
  nikMasked: z.string(),
  name: z.string(),
  birthDate: z.string(),
  sex: z.enum(['M', 'F']),
  familyId: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  membershipSegment: z.enum(SEGMENTS).nullable(),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES).nullable(),
  /** Left the family (moved away, split) or died. */
  left: z.boolean(),
});

export const eventView = z.object({
  id: z.number(),
  kind: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  applicationId: z.string().nullable(),
  bpjsChange: z.enum(BPJS_CHANGES).nullable(),
  effectiveDate: z.string().nullable(),
  batchId: z.string().nullable(),
  createdAt: z.string(),
});

const personCore = {
  id: z.string(),
  nik: z.string(),
  name: z.string(),
  birthPlace: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(['M', 'F']),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable(),
  relation: z.enum(RELATIONS),
  phone: z.string().nullable(),
  deathDate: z.string().nullable(),
  leftFamilyDate: z.string().nullable(),
  leftReason: z.string().nullable(),
};

export const familyView = z.object({
  id: z.string(),
  kkNumber: z.string(),
  address: z.string(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  headPersonId: z.string().nullable(),
});

export const familyRecord = familyView.extend({
  members: z.array(z.object({ ...personCore, membership: membershipView.nullable() })),
});

export const personRecord = z.object({
  ...personCore,
  family: familyView.extend({
    members: z.array(z.object({ id: z.string(), nikMasked: z.string(), name: z.string(), relation: z.enum(RELATIONS), left: z.boolean() })),
  }),
  membership: membershipView.nullable(),
  history: z.array(eventView),
});

export const nearDuplicateView = z.object({
  code: z.literal('NEAR_DUPLICATE'),
  message: z.string(),
  personId: z.string(),
  name: z.string(),
  nikMasked: z.string(),
  birthDate: z.string(),
  similarity: z.number(),
});
