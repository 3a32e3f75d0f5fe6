import type { Role } from '../../platform/auth/roles.js';
import type { StepRole } from '../standards/standard-service.schema.js';

/**
 * Who performs a step of the standard, as staff roles. A committee decision (Tarakan: "Pimpinan ...
 * bersama tim") is recorded by an approver account, which lists the members who took part.
 */
export const STAFF_ROLES_FOR_STEP: Record<StepRole, readonly Role[]> = {
  citizen: [],
  bpjs: [],
  kelurahan_operator: ['kelurahan_operator'],
  front_office: ['front_office'],
  back_office: ['back_office'],
  field_assessor: ['field_assessor'],
  approver: ['approver'],
  committee: ['approver'],
};

/** Everyone who works on applications inside the office (reads). */
export const CASE_READERS: readonly Role[] = ['front_office', 'back_office', 'field_assessor', 'approver', 'office_admin', 'report_viewer', 'kelurahan_operator'];
/** Who takes in an application at the counter, from WhatsApp, or from a kelurahan. */
export const INTAKE_ROLES: readonly Role[] = ['front_office', 'back_office', 'kelurahan_operator'];
export const WITHDRAW_ROLES: readonly Role[] = ['front_office', 'back_office', 'office_admin'];
/** Scheduling a visit is often done by the back office for the assessors. */
export const SCHEDULE_EXTRA_ROLES: readonly Role[] = ['back_office'];
/** Who uploads scans of requirements and assessment photos. */
export const UPLOAD_ROLES: readonly Role[] = ['front_office', 'back_office', 'field_assessor', 'kelurahan_operator'];

export const security = [{ session: [], csrf: [] }];
