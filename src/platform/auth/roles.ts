export const ROLES = [
  'platform_admin',
  'office_admin',
  'front_office',
  'back_office',
  'field_assessor',
  'approver',
  'kelurahan_operator',
  'report_viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** Accounts that can change configuration or sign letters must use a second factor. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['platform_admin', 'office_admin', 'approver'];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  platform_admin: { id: 'Admin platform', en: 'Platform admin' },
  office_admin: { id: 'Admin kantor', en: 'Office admin' },
  front_office: { id: 'Front office (loket)', en: 'Front office (counter)' },
  back_office: { id: 'Back office', en: 'Back office' },
  field_assessor: { id: 'Petugas asesmen lapangan', en: 'Field assessor' },
  approver: { id: 'Pejabat pemutus/penandatangan', en: 'Approver (decides and signs)' },
  kelurahan_operator: { id: 'Operator kelurahan', en: 'Kelurahan operator' },
  report_viewer: { id: 'Pembaca laporan', en: 'Report viewer' },
};

export const requiresMfa = (roles: readonly string[]) => roles.some((r) => MFA_REQUIRED_ROLES.includes(r as Role));
