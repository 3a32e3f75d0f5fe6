import { z } from 'zod';
import QRCode from 'qrcode';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, RoutePlugin } from '../../platform/http/app-context.js';
import { errors, okSchema } from '../../platform/http/schemas.js';
import { forbidden } from '../../platform/errors.js';
import { auditActor, requireActor } from '../../platform/http/request-context.js';
import { pendingStep, SESSION_COOKIE, type Actor } from '../../platform/auth/session.js';
import { appendAudit, PLATFORM_CHAIN } from '../../platform/audit/audit.service.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { loginBody, sessionView } from './staff.schema.js';
import { changePassword, confirmTotpSetup, login, startTotpSetup, verifySecondFactor } from './auth.service.js';

const codeBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, 'Kode 6 digit angka // The code has 6 digits') });

async function sessionPayload(ctx: AppContext, actor: Actor) {
  const office = actor.officeId === null ? null : await findOfficeById(ctx.database.db, actor.officeId);
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      fullName: actor.fullName,
      roles: actor.roles,
      office: office ? { slug: office.slug, name: office.name, timeZone: office.timeZone } : null,
      kelurahanCodes: actor.kelurahanCodes,
      lang: actor.lang,
    },
    csrfToken: actor.csrfToken,
    pending: pendingStep(actor),
  };
}

function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.publicUrl.startsWith('https://'),
    maxAge: ctx.config.sessionAbsoluteHours * 3600,
  });
}

export const authRoutes: RoutePlugin = (app, ctx) => {
  const reloadActor = async (req: FastifyRequest) => {
    const token = req.cookies[SESSION_COOKIE]!;
    return (await ctx.sessions.resolve(token))!;
  };

  app.post('/api/v1/auth/login', {
    config: { auth: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Log in with username and password',
      body: loginBody,
      response: { 200: sessionView, ...errors(400, 401, 429) },
    },
  }, async (req, reply) => {
    const { token } = await login(ctx, req.body, { ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id });
    setSessionCookie(ctx, reply, token);
    const actor = (await ctx.sessions.resolve(token))!;
    reply.header('cache-control', 'no-store');
    return sessionPayload(ctx, actor);
  });

  app.get('/api/v1/auth/session', {
    config: { auth: 'session' },
    schema: { tags: ['auth'], summary: 'The current session', response: { 200: sessionView, ...errors(401) } },
  }, async (req) => sessionPayload(ctx, requireActor(req)));

  app.post('/api/v1/auth/totp/verify', {
    config: { auth: 'session' },
    schema: { tags: ['auth'], summary: 'Second login step: TOTP code', body: codeBody, response: { 200: sessionView, ...errors(400, 401, 403, 409) } },
  }, async (req) => {
    await verifySecondFactor(ctx, requireActor(req), req.body.code, auditActor(req));
    return sessionPayload(ctx, await reloadActor(req));
  });

  app.post('/api/v1/auth/totp/setup', {
    config: { auth: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'Start two-step verification enrolment',
      response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }), ...errors(401, 403) },
    },
  }, async (req) => {
    const actor = requireActor(req);
    // Re-enrolling an enabled factor needs the factor first, or a stolen password could replace it.
    if (actor.totpEnabled && !actor.mfaPassed) throw forbidden();
    const setup = await startTotpSetup(ctx, actor);
    return { ...setup, qrSvg: await QRCode.toString(setup.otpauthUrl, { type: 'svg', margin: 1 }) };
  });

  app.post('/api/v1/auth/totp/confirm', {
    config: { auth: 'session' },
    schema: { tags: ['auth'], summary: 'Finish enrolment with a first code', body: codeBody, response: { 200: sessionView, ...errors(400, 401, 403, 409) } },
  }, async (req) => {
    await confirmTotpSetup(ctx, requireActor(req), req.body.code, auditActor(req));
    return sessionPayload(ctx, await reloadActor(req));
  });

  app.post('/api/v1/auth/password', {
    config: { auth: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'Change own password',
      body: z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
      response: { 200: sessionView, ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const actor = requireActor(req);
    if (actor.totpEnabled && !actor.mfaPassed) throw forbidden();
    await changePassword(ctx, actor, req.body.currentPassword, req.body.newPassword, auditActor(req));
    return sessionPayload(ctx, await reloadActor(req));
  });

  app.post('/api/v1/auth/logout', {
    config: { auth: 'session' },
    schema: { tags: ['auth'], summary: 'Log out this session', response: { 200: okSchema, ...errors(401, 403) } },
  }, async (req, reply) => {
    const actor = requireActor(req);
    await ctx.sessions.destroy(actor.sessionHash);
    await ctx.database.db.transaction((tx) =>
      appendAudit(tx, actor.officeId ?? PLATFORM_CHAIN, auditActor(req), { action: 'auth.logged_out', entityType: 'user', entityId: actor.userId }),
    );
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.post('/api/v1/auth/logout-all', {
    config: { auth: 'session' },
    schema: { tags: ['auth'], summary: 'Log out every session of this account', response: { 200: okSchema, ...errors(401, 403) } },
  }, async (req, reply) => {
    const actor = requireActor(req);
    await ctx.sessions.destroyAllForUser(actor.userId);
    await ctx.database.db.transaction((tx) =>
      appendAudit(tx, actor.officeId ?? PLATFORM_CHAIN, auditActor(req), { action: 'auth.logged_out_everywhere', entityType: 'user', entityId: actor.userId }),
    );
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });
};
