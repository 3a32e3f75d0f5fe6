import type { AppContext } from '../../platform/http/app-context.js';
import { appendAudit, PLATFORM_CHAIN, type AuditActor } from '../../platform/audit/audit.service.js';
import { burnVerifyTime, checkPasswordRules, hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { checkTotp, newTotpSecret, totpUri } from '../../platform/auth/totp.js';
import { deriveKey, decryptSecret, encryptSecret } from '../../platform/crypto.js';
import type { Actor } from '../../platform/auth/session.js';
import { loginFailed, tooManyAttempts, totpNotStarted, wrongCurrentPassword, wrongTotp } from './auth.errors.js';
import { bumpThrottle, clearThrottle, findUserById, findUserByUsername, throttleCount, updateUser } from './staff.repository.js';

export const LOGIN_POLICY = {
  /** Failures on one username before it is locked. */
  perUser: 5,
  /** Failures from one address (across usernames) before it is refused. */
  perAddress: 30,
  windowMinutes: 15,
} as const;

const chainOf = (officeId: number | null) => officeId ?? PLATFORM_CHAIN;

export async function login(
  { database, sessions }: AppContext,
  input: { username: string; password: string },
  meta: { ip: string; userAgent?: string; requestId: string },
) {
  const db = database.db;
  const userKey = `user:${input.username}`;
  const ipKey = `ip:${meta.ip}`;
  if (
    (await throttleCount(db, userKey, LOGIN_POLICY.windowMinutes)) >= LOGIN_POLICY.perUser ||
    (await throttleCount(db, ipKey, LOGIN_POLICY.windowMinutes)) >= LOGIN_POLICY.perAddress
  ) {
    throw tooManyAttempts(LOGIN_POLICY.windowMinutes);
  }
  const user = await findUserByUsername(db, input.username);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
  const actor: AuditActor = { userId: user?.id ?? null, label: input.username, ip: meta.ip, requestId: meta.requestId };
  if (!user || !ok || user.disabledAt) {
    await bumpThrottle(db, userKey, LOGIN_POLICY.windowMinutes);
    await bumpThrottle(db, ipKey, LOGIN_POLICY.windowMinutes);
    await db.transaction((tx) =>
      appendAudit(tx, chainOf(user?.officeId ?? null), actor, { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null }),
    );
    throw loginFailed();
  }
  await clearThrottle(db, userKey);
  const created = await sessions.create(user.id, { ip: meta.ip, userAgent: meta.userAgent, mfaPassed: false });
  await db.transaction((tx) =>
    appendAudit(tx, chainOf(user.officeId), actor, { action: 'auth.logged_in', entityType: 'user', entityId: user.id }),
  );
  return created;
}

export async function verifySecondFactor(ctx: AppContext, actor: Actor, code: string, audit: AuditActor) {
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user?.totpEnabled || !user.totpSecret) throw totpNotStarted();
  const secret = decryptSecret(user.totpSecret, totpKey(ctx));
  if (!checkTotp(secret, code)) {
    await bumpThrottle(ctx.database.db, `user:${user.username}`, LOGIN_POLICY.windowMinutes);
    throw wrongTotp();
  }
  await ctx.sessions.markMfaPassed(actor.sessionHash);
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, chainOf(user.officeId), audit, { action: 'auth.mfa_passed', entityType: 'user', entityId: user.id }),
  );
}

const totpKey = (ctx: AppContext) => deriveKey(ctx.config.sessionSecret, 'totp-secrets');

/** Step 1 of enrolment: a new secret, kept sealed until a first code proves the app has it. */
export async function startTotpSetup(ctx: AppContext, actor: Actor) {
  const secret = newTotpSecret();
  await updateUser(ctx.database.db, actor.userId, {
    totpSecret: encryptSecret(secret, totpKey(ctx)),
    totpEnabled: false,
  });
  await ctx.sessions.forgetUser(actor.userId);
  return { secret, otpauthUrl: totpUri(secret, actor.username) };
}

export async function confirmTotpSetup(ctx: AppContext, actor: Actor, code: string, audit: AuditActor) {
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user?.totpSecret || user.totpEnabled) throw totpNotStarted();
  if (!checkTotp(decryptSecret(user.totpSecret, totpKey(ctx)), code)) throw wrongTotp();
  await ctx.database.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { totpEnabled: true });
    await appendAudit(tx, chainOf(user.officeId), audit, { action: 'auth.mfa_enabled', entityType: 'user', entityId: user.id });
  });
  await ctx.sessions.markMfaPassed(actor.sessionHash);
  await ctx.sessions.forgetUser(user.id);
}

export async function changePassword(ctx: AppContext, actor: Actor, current: string, next: string, audit: AuditActor) {
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) throw wrongCurrentPassword();
  checkPasswordRules(next, user.username);
  const passwordHash = await hashPassword(next);
  await ctx.database.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
    await appendAudit(tx, chainOf(user.officeId), audit, { action: 'auth.password_changed', entityType: 'user', entityId: user.id });
  });
  // A changed password ends every other session (a thief's included); destroyAllForUser also
  // forgets this session's cached state (it no longer needs a password change).
  await ctx.sessions.destroyAllForUser(user.id, actor.sessionHash);
}
