import { randomInt } from 'node:crypto';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { checkPasswordRules, hashPassword } from '../../platform/auth/password.js';
import type { SessionStore } from '../../platform/auth/session.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import type { z } from 'zod';
import type { AssigneeView, createStaffBody, StaffView, updateStaffBody } from './staff.schema.js';
import { findStaffInOffice, findUserByUsername, insertUser, listAssignees, listStaff, updateUser, type UserRow } from './staff.repository.js';

const staffNotFound = () => notFound({ id: 'Akun petugas', en: 'Staff account' });

export function presentStaff(u: UserRow): StaffView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    nip: u.nip,
    title: u.title,
    roles: u.roles as StaffView['roles'],
    kelurahanCodes: u.kelurahanCodes,
    totpEnabled: u.totpEnabled,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Readable one-time password: 4 groups of 4 from an alphabet without look-alikes. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${group()}-${group()}-${group()}-${group()}`;
}

function checkRoles(roles: readonly string[], kelurahanCodes: readonly string[]) {
  // Platform admins are made with the CLI, never by an office.
  if (roles.includes('platform_admin')) throw forbidden();
  if (roles.includes('kelurahan_operator') && kelurahanCodes.length === 0) {
    throw invalid('KELURAHAN_REQUIRED', {
      id: 'Operator kelurahan harus diberi minimal satu kelurahan/desa.',
      en: 'A kelurahan operator needs at least one village.',
    }, [{ field: 'kelurahanCodes', code: 'KELURAHAN_REQUIRED' }]);
  }
}

export async function createStaff(scope: OfficeScope, input: z.infer<typeof createStaffBody>) {
  checkRoles(input.roles, input.kelurahanCodes);
  if (await findUserByUsername(scope.db, input.username)) {
    throw conflict('USERNAME_TAKEN', {
      id: `Nama pengguna "${input.username}" sudah dipakai.`,
      en: `Username "${input.username}" is taken.`,
    }, { field: 'username' });
  }
  const password = input.password ?? temporaryPassword();
  if (input.password) checkPasswordRules(input.password, input.username);
  const passwordHash = await hashPassword(password);
  const user = await scope.mutate(async (tx, audit) => {
    const created = await insertUser(tx, {
      officeId: scope.officeId,
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      nip: input.nip ?? null,
      title: input.title ?? null,
      roles: input.roles,
      kelurahanCodes: input.kelurahanCodes,
      passwordHash,
      mustChangePassword: true,
    });
    await audit({ action: 'staff.created', entityType: 'user', entityId: created.id, after: presentStaff(created) });
    return created;
  });
  return { staff: presentStaff(user), temporaryPassword: input.password ? null : password };
}

export async function updateStaff(
  scope: OfficeScope,
  sessions: SessionStore,
  id: string,
  input: z.infer<typeof updateStaffBody>,
  actorUserId: string,
) {
  const result = await scope.mutate(async (tx, audit) => {
    const before = await findStaffInOffice(scope, tx, id);
    if (!before) throw staffNotFound();
    const roles = input.roles ?? before.roles;
    checkRoles(roles, input.kelurahanCodes ?? before.kelurahanCodes);
    if (id === actorUserId && (input.disabled || (input.roles && !input.roles.includes('office_admin')))) {
      // An admin who locks themselves out leaves the office without anyone to fix it.
      throw conflict('CANNOT_DEMOTE_SELF', {
        id: 'Anda tidak dapat menonaktifkan atau mencabut peran admin akun sendiri.',
        en: 'You cannot disable your own account or remove your own admin role.',
      });
    }
    const { disabled, ...fields } = input;
    const after = await updateUser(tx, id, {
      ...fields,
      ...(disabled === undefined ? {} : { disabledAt: disabled ? (before.disabledAt ?? new Date()) : null }),
    });
    await audit({ action: disabled ? 'staff.disabled' : 'staff.updated', entityType: 'user', entityId: id, before: presentStaff(before), after: presentStaff(after) });
    return after;
  });
  // Disabling or a change of roles takes effect at once: existing sessions end.
  if (input.disabled || input.roles || input.kelurahanCodes) await sessions.destroyAllForUser(id);
  else await sessions.forgetUser(id);
  return presentStaff(result);
}

export async function resetStaffPassword(scope: OfficeScope, sessions: SessionStore, id: string) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await scope.mutate(async (tx, audit) => {
    const user = await findStaffInOffice(scope, tx, id);
    if (!user) throw staffNotFound();
    await updateUser(tx, id, { passwordHash, mustChangePassword: true });
    await audit({ action: 'staff.password_reset', entityType: 'user', entityId: id });
  });
  await sessions.destroyAllForUser(id);
  return { temporaryPassword: password };
}

export async function getStaff(scope: OfficeScope, id: string) {
  const user = await findStaffInOffice(scope, scope.db, id);
  if (!user) throw staffNotFound();
  return presentStaff(user);
}

export async function pageStaff(scope: OfficeScope, limit: number, cursor?: string) {
  const rows = await listStaff(scope, limit + 1, cursor);
  const page = rows.slice(0, limit);
  return { staff: page.map(presentStaff), nextCursor: rows.length > limit ? page[page.length - 1]!.username : null };
}

/** Colleagues of the caller's office who hold `role` and can still log in (for "assign to" pickers). */
export async function assigneesOf(scope: OfficeScope, role: string): Promise<{ assignees: AssigneeView[] }> {
  return { assignees: await listAssignees(scope, role) };
}
