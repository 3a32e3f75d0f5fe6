import type { Role } from '../../platform/auth/roles.js';

/** Who may read the registry; kelurahan operators only see families of their own villages (scope). */
export const READ_ROLES: readonly Role[] = ['front_office', 'back_office', 'approver', 'office_admin', 'report_viewer', 'kelurahan_operator'];
/** Who records families at the counter or in the back office. */
export const RECORD_ROLES: readonly Role[] = ['front_office', 'back_office', 'office_admin'];
/** Who changes families after the KK changes, and imports member lists. */
export const CHANGE_ROLES: readonly Role[] = ['back_office', 'office_admin'];

export const security = [{ session: [], csrf: [] }];
