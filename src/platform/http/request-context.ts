import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, forbidden, unauthenticated } from '../errors.js';
import type { AuditActor } from '../audit/audit.service.js';
import { pendingStep, SESSION_COOKIE, type Actor, type SessionStore } from '../auth/session.js';
import type { Role } from '../auth/roles.js';
import { safeEqual } from '../crypto.js';
import type { Database } from '../db/client.js';
import { OfficeScope } from '../tenancy.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /**
     * Who may call the route. Default `staff`: a fully logged-in account (second factor done,
     * password changed). `session`: any live session (the login steps themselves).
     * `public`: anyone. Secure by default: a route that says nothing requires staff.
     */
    auth?: 'public' | 'session' | 'staff';
    /** Any of these roles (office admins are not implied). */
    roles?: readonly Role[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfFailed = () =>
  new DomainError('CSRF_TOKEN_INVALID', 403, {
    id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
    en: 'Missing or wrong security (CSRF) token. Reload the page and try again.',
  });

const stepPending = (step: string) =>
  new DomainError('LOGIN_STEP_PENDING', 403, {
    id:
      step === 'mfa'
        ? 'Masukkan kode verifikasi dua langkah terlebih dahulu.'
        : step === 'mfa_setup'
          ? 'Peran Anda wajib memakai verifikasi dua langkah: aktifkan dulu.'
          : 'Ganti kata sandi Anda terlebih dahulu.',
    en:
      step === 'mfa'
        ? 'Enter your two-step verification code first.'
        : step === 'mfa_setup'
          ? 'Your role requires two-step verification: set it up first.'
          : 'Change your password first.',
  }, { step });

export function installRequestContext(app: FastifyInstance, sessions: SessionStore) {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const token = req.cookies?.[SESSION_COOKIE];
    req.actor = token ? await sessions.resolve(token) : null;
  });

  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.is404) return;
    const config = req.routeOptions.config ?? {};
    const auth = config.auth ?? 'staff';
    if (auth === 'public') return;
    const actor = req.actor;
    if (!actor) throw unauthenticated();
    // Cookies ride along on cross-site requests; the token in a header does not.
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken)) throw csrfFailed();
    }
    if (auth === 'staff') {
      const step = pendingStep(actor);
      if (step) throw stepPending(step);
      if (config.roles && !config.roles.some((r) => actor.roles.includes(r))) throw forbidden();
    }
    // Personal data must never sit in a shared or browser cache.
    reply.header('cache-control', 'no-store');
  });
}

export function auditActor(req: FastifyRequest): AuditActor {
  return {
    userId: req.actor?.userId ?? null,
    label: req.actor ? req.actor.username : 'anonymous',
    ip: req.ip,
    requestId: req.id,
  };
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}

/** The office the logged-in account belongs to; platform admins have none. */
export function officeScope(database: Database, req: FastifyRequest): OfficeScope {
  const actor = requireActor(req);
  if (actor.officeId === null) throw forbidden();
  const villageBound = actor.roles.includes('kelurahan_operator') && !actor.roles.includes('office_admin');
  return new OfficeScope(database, actor.officeId, auditActor(req), villageBound ? actor.kelurahanCodes : null);
}
