import { z } from 'zod';
import { ROLES } from '../../platform/auth/roles.js';

export const roleSchema = z.enum(ROLES);

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Nama pengguna 3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung // Username: 3–40 lowercase letters, digits, dot, underscore or hyphen');

export const villageCode = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode kelurahan/desa berbentuk 00.00.00.0000 // Village code looks like 00.00.00.0000');

export const staffView = z.object({
  id: z.string().uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  nip: z.string().nullable(),
  title: z.string().nullable(),
  roles: z.array(roleSchema),
  kelurahanCodes: z.array(z.string()),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffView = z.infer<typeof staffView>;

/** Roles one account can pick colleagues by (platform admins belong to no office). */
export const assigneeRole = roleSchema.exclude(['platform_admin']);

export const assigneesQuery = z.strictObject({ role: assigneeRole });

/**
 * A colleague someone can hand work to: only what the picker shows. Username, e-mail, NIP and
 * the account's other roles stay with the office admin's staff list.
 */
export const assigneeView = z.object({
  id: z.string().uuid(),
  fullName: z.string(),
  title: z.string().nullable(),
});
export type AssigneeView = z.infer<typeof assigneeView>;

export const createStaffBody = z.strictObject({
  username,
  fullName: z.string().trim().min(2).max(120),
  email: z.string().email().max(200).optional(),
  nip: z.string().regex(/^\d{18}$/, 'NIP 18 digit angka // NIP: 18 digits').optional(),
  title: z.string().trim().max(200).optional(),
  roles: z.array(roleSchema).min(1, 'Pilih minimal satu peran // Choose at least one role').max(ROLES.length),
  kelurahanCodes: z.array(villageCode).max(500).default([]),
  /** Omitted: a temporary password is generated and returned once. */
  password: z.string().min(1).max(128).optional(),
});

export const updateStaffBody = z.strictObject({
  fullName: z.string().trim().min(2).max(120).optional(),
  email: z.string().email().max(200).nullable().optional(),
  nip: z.string().regex(/^\d{18}$/, 'NIP 18 digit angka // NIP: 18 digits').nullable().optional(),
  title: z.string().trim().max(200).nullable().optional(),
  roles: z.array(roleSchema).min(1, 'Pilih minimal satu peran // Choose at least one role').max(ROLES.length).optional(),
  kelurahanCodes: z.array(villageCode).max(500).optional(),
  disabled: z.boolean().optional(),
});

export const loginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const sessionView = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    roles: z.array(roleSchema),
    office: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }).nullable(),
    kelurahanCodes: z.array(z.string()),
    lang: z.enum(['id', 'en']),
  }),
  csrfToken: z.string(),
  /** The login step still pending, if any. */
  pending: z.enum(['mfa', 'mfa_setup', 'password_change']).nullable(),
});
