import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, RoutePlugin } from '../../platform/http/app-context.js';
import type { Lang } from '../../platform/errors.js';
import { findOfficeBySlug, listPublicOffices } from '../offices/offices.repository.js';
import { loadPortalAssets, sendCompressed, sendHtml, type PortalAssets } from './portal-assets.js';
import { renderPage } from './portal-layout.js';
import { portalLang } from './portal-i18n.js';
import { standardFromDatabase, type StandardSource } from './portal-standard.js';
import { webDistDir } from './web-paths.js';
import type { SafeHtml } from './html.js';
import { officesPage } from './pages/offices-page.js';
import { officePage } from './pages/office-page.js';
import { checkTrackInput, emptyTrackInput, trackPage, type TrackFound, type TrackOutcome } from './pages/track-page.js';
import { LETTER_TOKEN, notFoundPage, verifyPage, type VerifyFound, type VerifyOutcome } from './pages/verify-page.js';

/** The JSON APIs the portal pages call through the same server (they apply their own rate limits). */
export const TRACK_API = '/api/v1/track';
export const verifyApi = (token: string) => `/api/v1/letters/verify/${token}`;

// Pages accept any query (campaign tags, ?lang=fr) rather than answer a JSON 400 to a citizen.
const pageQuery = z.object({ lang: z.string().max(10).optional() });
const page = { config: { auth: 'public' as const }, schema: { hide: true, tags: ['portal'], querystring: pageQuery } };
const text = z.string().max(100).optional();
const trackForm = z.object({ receiptNumber: text, birthDay: text, birthMonth: text, birthYear: text });

type ApiError = { error?: { code?: string; message?: string } };

export interface PortalOptions {
  standardFor?: StandardSource;
  now?: () => Date;
}

/** Server-rendered citizen pages: `/`, `/{slug}`, `/lacak`, `/verify/{token}`, and the portal stylesheet. */
export function createPortalRoutes(options: PortalOptions = {}): RoutePlugin {
  const now = options.now ?? (() => new Date());

  return (app: App, { database }) => {
    const standardFor = options.standardFor ?? standardFromDatabase(database);
    const assets: PortalAssets = loadPortalAssets(webDistDir());
    const send = (req: FastifyRequest, reply: FastifyReply, lang: Lang, path: string, body: { title: string; body: SafeHtml; description?: string }, status = 200) =>
      // "Open now" changes by the minute; pages are small, so revalidate rather than cache.
      sendHtml(req, reply.status(status).header('cache-control', 'no-cache'), renderPage(assets, { lang, path, ...body }));

    app.get(assets.css.url, { config: { auth: 'public' }, schema: { hide: true } }, async (req, reply) => sendCompressed(req, reply, assets.css));

    app.get('/', page, async (req, reply) => {
      const lang = portalLang(req.query);
      return send(req, reply, lang, '/', officesPage(await listPublicOffices(database.db), lang));
    });

    app.get('/lacak', page, async (req, reply) => {
      const lang = portalLang(req.query);
      return send(req, reply, lang, '/lacak', trackPage(lang, emptyTrackInput, {}, null));
    });

    app.post('/lacak', { ...page, schema: { ...page.schema, body: trackForm } }, async (req, reply) => {
      const lang = portalLang(req.query);
      const values = { ...emptyTrackInput, ...req.body };
      const checked = checkTrackInput(values, now());
      if (!checked.body) return send(req, reply, lang, '/lacak', trackPage(lang, values, checked.errors, null), 400);
      const res = await app.inject({
        method: 'POST',
        url: TRACK_API,
        payload: checked.body,
        remoteAddress: req.ip,
        headers: { 'accept-language': lang },
      });
      const json = safeJson(res.body);
      let outcome: TrackOutcome;
      if (res.statusCode === 200) outcome = { kind: 'found', result: json as TrackFound };
      else if (res.statusCode === 404) {
        const error = (json as ApiError).error;
        outcome = error?.code === 'ROUTE_NOT_FOUND' ? { kind: 'unavailable' } : { kind: 'not_found', message: error?.message };
      }
      else outcome = { kind: 'failed', message: (json as ApiError).error?.message };
      return send(req, reply, lang, '/lacak', trackPage(lang, values, {}, outcome), outcome.kind === 'failed' ? res.statusCode : 200);
    });

    app.get('/verify/:token', { ...page, schema: { ...page.schema, params: z.object({ token: z.string().max(600) }) } }, async (req, reply) => {
      const lang = portalLang(req.query);
      const { token } = req.params;
      let outcome: VerifyOutcome;
      if (!LETTER_TOKEN.test(token)) outcome = { kind: 'malformed' };
      else {
        const res = await app.inject({ method: 'GET', url: verifyApi(token), remoteAddress: req.ip, headers: { 'accept-language': lang } });
        const json = safeJson(res.body);
        if (res.statusCode === 200) outcome = { kind: 'answer', result: json as VerifyFound };
        else if (res.statusCode === 404 && (json as ApiError).error?.code === 'ROUTE_NOT_FOUND') outcome = { kind: 'unavailable' };
        else outcome = { kind: 'failed', message: (json as ApiError).error?.message };
      }
      return send(req, reply, lang, `/verify/${token}`, verifyPage(lang, outcome));
    });

    app.get('/:slug', { ...page, schema: { ...page.schema, params: z.object({ slug: z.string().max(200) }) } }, async (req, reply) => {
      const lang = portalLang(req.query);
      const { slug } = req.params;
      const office = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? await findOfficeBySlug(database.db, slug) : null;
      if (!office || office.archivedAt) return send(req, reply, lang, `/${slug}`, notFoundPage(lang), 404);
      const at = now();
      const standard = await standardFor(office, at);
      const view = { slug: office.slug, name: office.name, regionCode: office.regionCode, timeZone: office.timeZone as 'Asia/Jakarta' };
      return send(req, reply, lang, `/${slug}`, officePage(view, standard, at, lang));
    });
  };
}

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return {};
  }
}
