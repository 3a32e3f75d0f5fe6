import { z } from 'zod';

export const cardIdParams = z.strictObject({ id: z.uuid() });

export const arrivalsBody = z.union([
  z.strictObject({ batchId: z.uuid() }),
  z.strictObject({ cardNumbers: z.array(z.string().regex(/^\d{13}$/, { error: 'Nomor kartu JKN 13 angka' })).min(1).max(1000) }),
]);

export const arrivalsResult = z.object({ registered: z.number(), alreadyRegistered: z.number(), unknown: z.array(z.string()), notified: z.number() });

// Signature pads give a PNG data URL; 300 KB is generous for a signature and keeps rows small.
const signature = z.string().max(300_000).regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, { error: 'Tanda tangan harus gambar PNG (data URL)' });

export const handoverBody = z.strictObject({
  receiverName: z.string().trim().min(2).max(120),
  /** 'self' when the member takes the card; otherwise the representative's relation (istri, anak, kader…). */
  receiverRelation: z.string().trim().min(2).max(60),
  identityChecked: z.boolean(),
  signature: signature.optional(),
  signedOnPaper: z.boolean().optional(),
  handedAt: z.iso.datetime({ offset: true }).optional(),
});

export const cardListQuery = z.strictObject({
  status: z.enum(['waiting', 'handed', 'all']).default('waiting'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(100).optional(),
});

export const cardSchema = z.object({
  id: z.string(),
  personId: z.string(),
  nik: z.string(),
  name: z.string(),
  villageCode: z.string(),
  cardNumber: z.string(),
  arrivedAt: z.date(),
  handedAt: z.date().nullable(),
  receiverName: z.string().nullable(),
  receiverRelation: z.string().nullable(),
  identityChecked: z.boolean().nullable(),
  signed: z.boolean(),
  handedBy: z.string().nullable(),
});
