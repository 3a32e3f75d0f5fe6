import type { Role } from '../../platform/auth/roles.js';

/** The BPJS exchange is back-office work (Malinau's "petugas pendataan"), overseen by the office admin. */
export const BATCH_ROLES: readonly Role[] = ['back_office', 'office_admin'];
