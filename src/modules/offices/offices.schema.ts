import { z } from 'zod';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export const officeSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug hanya huruf kecil, angka dan tanda hubung // Slug: lowercase letters, digits and hyphens only')
  .min(3)
  .max(60);

export const officePublic = z.object({
  slug: z.string(),
  name: z.string(),
  regionCode: z.string(),
  timeZone: z.enum(TIME_ZONES),
});
export type OfficePublic = z.infer<typeof officePublic>;

export const createOfficeBody = z.strictObject({
  slug: officeSlug,
  name: z.string().trim().min(3).max(200),
  regionCode: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, 'Kode wilayah kabupaten/kota berbentuk 00.00 // Regency code looks like 00.00'),
  timeZone: z.enum(TIME_ZONES),
  receiptPrefix: z
    .string()
    .regex(/^[A-Z]{2,5}$/, 'Awalan nomor tanda terima 2–5 huruf kapital // Receipt prefix: 2–5 capital letters'),
});
export type CreateOfficeInput = z.infer<typeof createOfficeBody>;
