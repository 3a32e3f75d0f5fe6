import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { checkKk, checkNik, type IdentityIssue } from '../identity/index.js';
import { rateLimited } from './registry.errors.js';
import { TokenBucket } from './rate-limit.js';

const issue = z.object({ code: z.string(), message: z.string() });

const nikBody = z.strictObject({
  // Not constrained here: the NIK rules themselves report length, letters and spaces in words.
  nik: z.string().max(64),
  birthDate: z.string().max(32).optional(),
  sex: z.enum(['M', 'F']).optional(),
});

const nikResult = z.object({
  valid: z.boolean(),
  errors: z.array(issue),
  warnings: z.array(issue),
  birthDate: z.string().nullable(),
  sex: z.enum(['M', 'F']).nullable(),
  /** District where the NIK was issued: never the person's domicile. */
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  regionHistorical: z.boolean(),
});

const kkBody = z.strictObject({ kk: z.string().max(64) });
const kkResult = z.object({
  valid: z.boolean(),
  errors: z.array(issue),
  warnings: z.array(issue),
  recordedOn: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});

/** 30 checks a minute per address, with a burst of 30: plenty for a person at a form. */
export const IDENTITY_CHECKS_PER_MINUTE = 30;

export const identityCheckRoutes: RoutePlugin = (app) => {
  // One bucket per app instance, so tests (and several apps in one process) do not share budgets.
  const bucket = new TokenBucket({ capacity: IDENTITY_CHECKS_PER_MINUTE, perMinute: IDENTITY_CHECKS_PER_MINUTE });
  const throttle = async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = bucket.take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw rateLimited(wait);
    }
  };
  const localise = (req: FastifyRequest) => {
    const en = langOf(req) === 'en';
    return (i: IdentityIssue) => ({ code: i.code, message: en ? i.messageEn : i.message });
  };

  app.post('/api/v1/identity/nik/check', {
    config: { auth: 'public' },
    onRequest: throttle,
    schema: {
      tags: ['identity'],
      summary: 'Check a NIK against the NIK rules (public, rate-limited, stores nothing)',
      body: nikBody,
      response: { 200: nikResult, ...errors(400, 429) },
    },
  }, async (req) => {
    const r = checkNik(req.body.nik, {
      ...(req.body.birthDate !== undefined ? { birthDate: req.body.birthDate } : {}),
      ...(req.body.sex !== undefined ? { sex: req.body.sex } : {}),
    });
    const tr = localise(req);
    return {
      valid: r.valid,
      errors: r.errors.map(tr),
      warnings: r.warnings.map(tr),
      birthDate: r.birthDate,
      sex: r.sex,
      regionCode: r.regionCode,
      regionName: r.regionName,
      regionHistorical: r.issuingRegion?.historical ?? false,
    };
  });

  app.post('/api/v1/identity/kk/check', {
    config: { auth: 'public' },
    onRequest: throttle,
    schema: {
      tags: ['identity'],
      summary: 'Check a family card (KK) number (public, rate-limited, stores nothing)',
      body: kkBody,
      response: { 200: kkResult, ...errors(400, 429) },
    },
  }, async (req) => {
    const r = checkKk(req.body.kk);
    const tr = localise(req);
    return {
      valid: r.valid,
      errors: r.errors.map(tr),
      warnings: r.warnings.map(tr),
      recordedOn: r.recordedOn,
      regionCode: r.regionCode,
      regionName: r.regionName,
    };
  });
};
