import type { z } from 'zod';
import type { createStaffBody, StaffView, updateStaffBody } from '../../../../modules/staff/staff.schema.js';
import { ROLES, type Role } from '../../../../platform/auth/roles.js';
import { api } from '../../lib/api.js';

export type { StaffView };
export type CreateStaff = z.input<typeof createStaffBody>;
export type UpdateStaff = z.input<typeof updateStaffBody>;
export interface StaffPage {
  staff: StaffView[];
  nextCursor: string | null;
}

/** Roles an office admin can give; platform admins are made with the CLI only. */
export const OFFICE_ROLES = ROLES.filter((r): r is Exclude<Role, 'platform_admin'> => r !== 'platform_admin');

export const listStaff = (cursor?: string) => api<StaffPage>('/staff', { query: { limit: 100, cursor } });
export const createStaff = (body: CreateStaff) => api<{ staff: StaffView; temporaryPassword: string | null }>('/staff', { method: 'POST', body });
export const updateStaff = (id: string, body: UpdateStaff) => api<StaffView>(`/staff/${encodeURIComponent(id)}`, { method: 'PATCH', body });
export const resetPassword = (id: string) => api<{ temporaryPassword: string }>(`/staff/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });
