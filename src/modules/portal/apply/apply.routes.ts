import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../../platform/http/app-context.js';
import { DomainError, type Lang } from '../../../platform/errors.js';
import { OfficeScope } from '../../../platform/tenancy.js';
import { DOCUMENT_LIMITS, documentTooLarge, normaliseDocument } from '../../documents/document-content.js';
import { documentStoreFor } from '../../documents/document-store.js';
import { saveDocument } from '../../documents/documents.service.js';
import { findOfficeBySlug } from '../../offices/offices.repository.js';
import { ensureRegionsLoaded } from '../../regions/regions.loader.js';
import { villagesOfRegency } from '../../regions/regions.repository.js';
import { TokenBucket } from '../../registry/rate-limit.js';
import type { OfficeStandard, Service } from '../../standards/standard.schema.js';
import { html, type SafeHtml } from '../html.js';
import { loadPortalAssets, sendHtml } from '../portal-assets.js';
import { href, portalLang } from '../portal-i18n.js';
import { renderPage } from '../portal-layout.js';
import { standardFromDatabase, type StandardSource } from '../portal-standard.js';
import { webDistDir } from '../web-paths.js';
import { notFoundPage } from '../pages/verify-page.js';
import { applyT } from './apply-i18n.js';
import {
  applicantPage, applyPath, donePage, membersPage, membersStep, noDraftPage, resumePage, reviewPage, savedPage, startPage,
  uploadRequirements, uploadsPage, webServices, type ApplyOffice, type Page, type Village,
} from './apply-pages.js';
import { checkApplicant, checkPerson, isoBirthDate, readApplicant, readPerson, type FieldErrors } from './apply-validate.js';
import type { DraftApplicant, DraftData, DraftPerson } from './apply.types.js';
import {
  createDraft, deleteDraft, draftByAccess, issueResumeCode, purgeExpiredDrafts, putUpload, resumeDraft, saveDraftData, uploadsOf, uploadsWithBytes, type DraftRow,
} from './draft.service.js';

export const APPLY_API = (slug: string) => `/api/v1/offices/${slug}/applications`;
const ACCESS_COOKIE = 'pbi_ajukan';
const CODE_COOKIE = 'pbi_ajukan_kode';
const DONE_COOKIE = 'pbi_ajukan_selesai';

const emptyPerson: DraftPerson = { nik: '', name: '', birthDay: '', birthMonth: '', birthYear: '', sex: '', relation: '' };
const emptyApplicant: DraftApplicant = { ...emptyPerson, kkNumber: '', address: '', rt: '', rw: '', villageCode: '', phone: '' };

// Pages accept any query (campaign tags, ?lang=fr) rather than answer a JSON 400 to a citizen.
const pageQuery = z.object({ lang: z.string().max(10).optional() });
const slugParams = z.object({ slug: z.string().max(200) });
const formBody = z.record(z.string(), z.union([z.string().max(300), z.array(z.string().max(300)).max(5)])).optional();
const page = { config: { auth: 'public' as const }, schema: { hide: true, tags: ['portal'], querystring: pageQuery, params: slugParams } };
const post = { ...page, schema: { ...page.schema, body: formBody } };

export interface ApplyOptions {
  standardFor?: StandardSource;
  now?: () => Date;
}

/** The first step the draft still needs (where a resumed or interrupted application continues). */
export function nextStep(data: DraftData, standard: OfficeStandard): string {
  const service = standard.services.find((s) => s.code === data.serviceCode && s.channels.includes('web'));
  if (!service) return '';
  if (!data.applicant) return 'pemohon';
  if (membersStep(service.code) && !data.membersDone) return 'anggota';
  if (!data.uploadsDone) return 'berkas';
  return 'periksa';
}

/**
 * `/{slug}/ajukan`: the online application, one question per page, each a plain form that works without
 * script (POST, then a redirect to the next page). The answers live in a server-side draft of this office
 * (cookie on this path); "save and continue later" gives a resume code. Submission goes through the public
 * intake API, so the web channel's rules, consent and rate limit are the API's own.
 */
export const applyRoutes = (options: ApplyOptions = {}) => async (app: App, { database, config }: AppContext) => {
  await app.register(multipart, { limits: { fileSize: DOCUMENT_LIMITS.maxBytes + 1, files: 8, fields: 10, fieldSize: 100 } });
  const now = options.now ?? (() => new Date());
  const standardFor = options.standardFor ?? standardFromDatabase(database);
  const assets = loadPortalAssets(webDistDir());
  const store = documentStoreFor(config);
  const secure = config.publicUrl.startsWith('https://');
  // Guessing resume codes, and flooding the table with drafts, are bounded per address.
  const resumeBucket = new TokenBucket({ capacity: 10, perMinute: 2 });
  const createBucket = new TokenBucket({ capacity: 30, perMinute: 5 });
  const villageCache = new Map<string, Promise<Village[]>>();
  // Expired drafts also go when nobody starts a new one: personal data is not kept past its 30 days.
  const sweep = setInterval(() => void purgeExpiredDrafts(database.db, now()).catch(() => {}), 3_600_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  const send = (req: FastifyRequest, reply: FastifyReply, lang: Lang, path: string, body: Page, status = 200) =>
    // Personal data on these pages: never in a shared cache.
    sendHtml(req, reply.status(status).header('cache-control', 'no-store'), renderPage(assets, { lang, path, ...body }));

  const villagesOf = (regionCode: string) => {
    let p = villageCache.get(regionCode);
    if (!p) {
      p = (async () => {
        await ensureRegionsLoaded(database, [regionCode]);
        const map = await villagesOfRegency(database.db, regionCode);
        return [...map.entries()].map(([code, v]) => ({ code, name: v.name, districtName: v.districtName }))
          .sort((a, b) => a.districtName.localeCompare(b.districtName) || a.name.localeCompare(b.name));
      })();
      p.catch(() => villageCache.delete(regionCode));
      villageCache.set(regionCode, p);
    }
    return p;
  };

  const cookieOpts = (slug: string, maxAgeSeconds: number) => ({ path: applyPath(slug), httpOnly: true, sameSite: 'lax' as const, secure, maxAge: maxAgeSeconds });

  interface Ctx {
    lang: Lang;
    office: NonNullable<Awaited<ReturnType<typeof findOfficeBySlug>>>;
    view: ApplyOffice;
    standard: OfficeStandard | null;
    draft: DraftRow | null;
  }

  /** The office (404 page when unknown), its standard in force, and this browser's draft of it. */
  async function context(req: FastifyRequest, reply: FastifyReply): Promise<Ctx | null> {
    const lang = portalLang(req.query);
    const { slug } = req.params as { slug: string };
    const office = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? await findOfficeBySlug(database.db, slug) : null;
    if (!office || office.archivedAt) {
      await send(req, reply, lang, req.url.split('?')[0]!, notFoundPage(lang), 404);
      return null;
    }
    const at = now();
    const standard = (await standardFor(office, at))?.standard ?? null;
    const draft = await draftByAccess(database.db, office.id, req.cookies[ACCESS_COOKIE], at);
    return { lang, office, view: { slug: office.slug, name: office.name }, standard, draft };
  }

  const go = (reply: FastifyReply, c: Ctx, step: string) => reply.redirect(href(applyPath(c.office.slug, step), c.lang), 303);
  const serviceOf = (c: Ctx): Service | null => (c.standard ? webServices(c.standard).find((s) => s.code === c.draft?.data.serviceCode) ?? null : null);

  /** A step page needs a draft with the earlier steps done; otherwise the citizen is sent where to go on. */
  async function guard(req: FastifyRequest, reply: FastifyReply, step: string): Promise<(Ctx & { draft: DraftRow; service: Service }) | null> {
    const c = await context(req, reply);
    if (!c) return null;
    if (!c.draft) {
      await send(req, reply, c.lang, applyPath(c.office.slug, step), noDraftPage(c.lang, c.view), 404);
      return null;
    }
    const service = serviceOf(c);
    if (!service) {
      await go(reply, c, '');
      return null;
    }
    const order = ['pemohon', 'anggota', 'berkas', 'periksa'];
    const next = nextStep(c.draft.data, c.standard!);
    if (order.indexOf(step) > order.indexOf(next)) {
      await go(reply, c, next);
      return null;
    }
    return { ...c, draft: c.draft, service };
  }

  async function saveAndShowCode(reply: FastifyReply, c: Ctx & { draft: DraftRow }) {
    const code = await issueResumeCode(database.db, c.draft);
    reply.setCookie(CODE_COOKIE, code, { ...cookieOpts(c.office.slug, 3600), signed: true });
    return go(reply, c, 'simpan');
  }

  const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
  const one = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

  // ---- 1. choose the service ----

  function counterAddress(standard: OfficeStandard | null): { address: SafeHtml } | null {
    const a = standard?.office.address;
    return a ? { address: html`<p>${a}</p>` } : null;
  }

  app.get('/:slug/ajukan', page, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    const services = c.standard ? webServices(c.standard) : [];
    const chosen = c.draft?.data.serviceCode ? `${c.draft.data.serviceCode}${c.draft.data.variantCode ? `:${c.draft.data.variantCode}` : ''}` : '';
    return send(req, reply, c.lang, applyPath(c.office.slug), startPage(c.lang, c.view, services, counterAddress(c.standard), chosen, {}));
  });

  app.post('/:slug/ajukan', post, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    const t = applyT(c.lang);
    const services = c.standard ? webServices(c.standard) : [];
    const chosen = one(body(req).service);
    const [code, variant] = chosen.split(':');
    const service = services.find((s) => s.code === code);
    const variantOk = service && (service.variants.length ? service.variants.some((v) => v.code === variant) : variant === undefined);
    if (!service || !variantOk) {
      return send(req, reply, c.lang, applyPath(c.office.slug), startPage(c.lang, c.view, services, counterAddress(c.standard), '', { service: services.length ? t('errService') : t('applyNoWeb') }), 400);
    }
    const choice = { serviceCode: service.code, ...(variant ? { variantCode: variant } : {}) };
    if (c.draft) {
      const { serviceCode: _s, variantCode: _v, ...rest } = c.draft.data;
      const changed = c.draft.data.serviceCode !== service.code || c.draft.data.variantCode !== variant;
      // Another service may need other members and documents: those steps are asked again.
      await saveDraftData(database.db, c.draft.id, changed ? { ...rest, ...choice, membersDone: false, uploadsDone: false } : { ...rest, ...choice }, now());
    } else {
      const wait = createBucket.take(req.ip);
      if (wait > 0) {
        return send(req, reply, c.lang, applyPath(c.office.slug), startPage(c.lang, c.view, services, counterAddress(c.standard), chosen, { _throttle: t('errThrottled', { s: wait }) }), 429);
      }
      const { token } = await createDraft(database.db, c.office.id, choice, now());
      reply.setCookie(ACCESS_COOKIE, token, cookieOpts(c.office.slug, 31 * 86_400));
    }
    return go(reply, c, 'pemohon');
  });

  // ---- 2. applicant and family ----

  app.get('/:slug/ajukan/pemohon', page, async (req, reply) => {
    const c = await guard(req, reply, 'pemohon');
    if (!c) return reply;
    const villages = await villagesOf(c.office.regionCode);
    return send(req, reply, c.lang, applyPath(c.office.slug, 'pemohon'), applicantPage(c.lang, c.view, c.draft.data, c.draft.data.applicant ?? emptyApplicant, villages, {}));
  });

  app.post('/:slug/ajukan/pemohon', post, async (req, reply) => {
    const c = await guard(req, reply, 'pemohon');
    if (!c) return reply;
    const villages = await villagesOf(c.office.regionCode);
    const applicant = readApplicant(body(req));
    const errors = checkApplicant(applicant, new Set(villages.map((v) => v.code)), c.lang);
    if ((c.draft.data.members ?? []).some((m) => m.nik === applicant.nik)) errors.nik ??= applyT(c.lang)('errNikRepeated');
    if (Object.keys(errors).length) {
      return send(req, reply, c.lang, applyPath(c.office.slug, 'pemohon'), applicantPage(c.lang, c.view, c.draft.data, applicant, villages, errors), 400);
    }
    await saveDraftData(database.db, c.draft.id, { ...c.draft.data, applicant }, now());
    if (one(body(req).action) === 'save') return saveAndShowCode(reply, c);
    return go(reply, c, nextStep({ ...c.draft.data, applicant }, c.standard!));
  });

  // ---- 3. household members ----

  app.get('/:slug/ajukan/anggota', page, async (req, reply) => {
    const c = await guard(req, reply, 'anggota');
    if (!c) return reply;
    const need = membersStep(c.service.code);
    if (!need) return go(reply, c, 'berkas');
    return send(req, reply, c.lang, applyPath(c.office.slug, 'anggota'), membersPage(c.lang, c.view, c.draft.data, emptyPerson, {}, need));
  });

  app.post('/:slug/ajukan/anggota', post, async (req, reply) => {
    const c = await guard(req, reply, 'anggota');
    if (!c) return reply;
    const need = membersStep(c.service.code);
    if (!need) return go(reply, c, 'berkas');
    const t = applyT(c.lang);
    const b = body(req);
    const members = [...(c.draft.data.members ?? [])];
    const render = (values: DraftPerson, errors: FieldErrors) =>
      send(req, reply, c.lang, applyPath(c.office.slug, 'anggota'), membersPage(c.lang, c.view, { ...c.draft.data, members }, values, errors, need), 400);
    const remove = one(b.remove);
    if (remove !== '') {
      const i = Number(remove);
      if (Number.isInteger(i) && i >= 0 && i < members.length) members.splice(i, 1);
      await saveDraftData(database.db, c.draft.id, { ...c.draft.data, members }, now());
      return go(reply, c, 'anggota');
    }
    if (one(b.action) === 'add') {
      const person = readPerson(b, 'm_');
      const errors = checkPerson(person, c.lang, 'm_');
      if (!errors.m_nik && [c.draft.data.applicant?.nik, ...members.map((m) => m.nik)].includes(person.nik)) errors.m_nik = t('errNikRepeated');
      if (members.length >= 19) errors._max = t('errTooManyMembers');
      if (Object.keys(errors).length) return render(person, errors);
      members.push(person);
      await saveDraftData(database.db, c.draft.id, { ...c.draft.data, members }, now());
      return go(reply, c, 'anggota');
    }
    if (need === 'required' && members.length === 0) return render(emptyPerson, { m_nik: t('errMembersRequired') });
    await saveDraftData(database.db, c.draft.id, { ...c.draft.data, membersDone: true }, now());
    if (one(b.save) === '1') return saveAndShowCode(reply, c);
    return go(reply, c, 'berkas');
  });

  // ---- 4. photos of the documents ----

  app.get('/:slug/ajukan/berkas', page, async (req, reply) => {
    const c = await guard(req, reply, 'berkas');
    if (!c) return reply;
    const reqs = uploadRequirements(c.service, c.draft.data.variantCode);
    return send(req, reply, c.lang, applyPath(c.office.slug, 'berkas'), uploadsPage(c.lang, c.view, c.draft.data, reqs, await uploadsOf(database.db, c.draft.id), {}));
  });

  app.post('/:slug/ajukan/berkas', { ...page }, async (req, reply) => {
    const c = await guard(req, reply, 'berkas');
    if (!c) return reply;
    const t = applyT(c.lang);
    const reqs = uploadRequirements(c.service, c.draft.data.variantCode);
    const errors: FieldErrors = {};
    let action = 'continue';
    if (req.isMultipart()) {
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'action' && typeof part.value === 'string') action = part.value;
          continue;
        }
        const code = part.fieldname.replace(/^file_/, '');
        const requirement = reqs.find((r) => r.code === code);
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch (err) {
          if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
          const e = documentTooLarge(DOCUMENT_LIMITS.maxBytes + 1);
          errors[part.fieldname] = `${requirement?.label ?? code}: ${c.lang === 'en' ? e.messages.en : e.messages.id}`;
          continue;
        }
        // A file input left empty still sends a part, without a name or bytes.
        if (!requirement || bytes.length === 0) continue;
        try {
          const content = await normaliseDocument(bytes);
          await putUpload(database.db, c.draft, requirement.code, part.filename || null, content);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          errors[part.fieldname] = `${requirement.label}: ${c.lang === 'en' ? err.messages.en : err.messages.id}`;
        }
      }
    }
    const uploads = await uploadsOf(database.db, c.draft.id);
    if (action !== 'save') {
      for (const r of reqs) {
        const name = `file_${r.code}`;
        if (!r.condition && !errors[name] && !uploads.some((u) => u.requirementCode === r.code)) errors[name] = t('errUploadRequired', { field: r.label });
      }
    }
    if (Object.keys(errors).length) {
      return send(req, reply, c.lang, applyPath(c.office.slug, 'berkas'), uploadsPage(c.lang, c.view, c.draft.data, reqs, uploads, errors), 400);
    }
    if (action === 'save') return saveAndShowCode(reply, c);
    await saveDraftData(database.db, c.draft.id, { ...c.draft.data, uploadsDone: true }, now());
    return go(reply, c, 'periksa');
  });

  // ---- 5. review and submit ----

  async function review(req: FastifyRequest, reply: FastifyReply, c: NonNullable<Awaited<ReturnType<typeof guard>>>, errors: FieldErrors, consent: boolean, status: number) {
    const villages = await villagesOf(c.office.regionCode);
    const a = c.draft.data.applicant!;
    const villageName = villages.find((v) => v.code === a.villageCode)?.name ?? a.villageCode;
    const input = { service: c.service, requirements: uploadRequirements(c.service, c.draft.data.variantCode), uploads: await uploadsOf(database.db, c.draft.id), villageName };
    return send(req, reply, c.lang, applyPath(c.office.slug, 'periksa'), reviewPage(c.lang, c.view, c.draft.data, input, errors, consent), status);
  }

  app.get('/:slug/ajukan/periksa', page, async (req, reply) => {
    const c = await guard(req, reply, 'periksa');
    if (!c) return reply;
    return review(req, reply, c, {}, false, 200);
  });

  app.post('/:slug/ajukan/periksa', post, async (req, reply) => {
    const c = await guard(req, reply, 'periksa');
    if (!c) return reply;
    const t = applyT(c.lang);
    if (one(body(req).consent) !== 'yes') return review(req, reply, c, { consent: t('errConsent') }, false, 400);
    const d = c.draft.data;
    const person = (p: DraftPerson, phone?: string) => ({
      nik: p.nik, name: p.name, birthDate: isoBirthDate(p)!, sex: p.sex, relation: p.relation, ...(phone ? { phone } : {}),
    });
    const a = d.applicant!;
    const payload = {
      serviceCode: c.service.code,
      ...(d.variantCode ? { variantCode: d.variantCode } : {}),
      family: { kkNumber: a.kkNumber, address: a.address, villageCode: a.villageCode, ...(a.rt ? { rt: a.rt } : {}), ...(a.rw ? { rw: a.rw } : {}) },
      members: [person(a, a.phone), ...(membersStep(c.service.code) ? (d.members ?? []).map((m) => person(m)) : [])],
      applicantIndex: 0,
      consent: true,
    };
    let sent = d.submitted;
    if (!sent) {
      const res = await app.inject({ method: 'POST', url: APPLY_API(c.office.slug), payload, remoteAddress: req.ip, headers: { 'accept-language': c.lang } });
      const json = safeJson(res.body) as { receiptNumber?: string; proofUrl?: string; error?: { message?: string; details?: { message?: string; messageEn?: string }[] } };
      if (res.statusCode !== 201 || !json.receiptNumber) {
        const details = Array.isArray(json.error?.details) ? json.error.details.map((x) => (c.lang === 'en' ? x.messageEn : x.message)).filter((m): m is string => !!m) : [];
        const message = [json.error?.message ?? t('errSubmit'), ...details.filter((m) => m !== json.error?.message)].join(' ');
        return review(req, reply, c, { _api: message }, true, res.statusCode >= 400 && res.statusCode < 600 ? res.statusCode : 500);
      }
      sent = { receiptNumber: json.receiptNumber, ...(json.proofUrl ? { proofUrl: json.proofUrl } : {}) };
      // Kept before the photos are attached: if attaching fails, sending again attaches them to this
      // application instead of applying a second time (which the open-application rule would refuse).
      await saveDraftData(database.db, c.draft.id, { ...d, submitted: sent }, now());
    }
    await attachUploads(c, sent.receiptNumber, req);
    await deleteDraft(database.db, c.draft.id);
    reply.clearCookie(ACCESS_COOKIE, { path: applyPath(c.office.slug) });
    reply.clearCookie(CODE_COOKIE, { path: applyPath(c.office.slug) });
    const proofPath = sent.proofUrl ? new URL(sent.proofUrl).pathname : '/lacak';
    reply.setCookie(DONE_COOKIE, JSON.stringify({ r: sent.receiptNumber, p: proofPath }), { ...cookieOpts(c.office.slug, 86_400), signed: true });
    return go(reply, c, 'selesai');
  });

  /** The draft's photos become the application's documents, on the requirement each one proves. */
  async function attachUploads(c: Ctx & { draft: DraftRow }, receiptNumber: string, req: FastifyRequest) {
    const rows = await database.query<{ id: string }>('SELECT id FROM applications WHERE office_id = $1 AND receipt_number = $2', [c.office.id, receiptNumber]);
    const applicationId = rows[0]?.id;
    const uploads = await uploadsWithBytes(database.db, c.draft.id);
    if (!applicationId || uploads.length === 0) return;
    const scope = new OfficeScope(database, c.office.id, { userId: null, label: 'portal', ip: req.ip, requestId: req.id });
    await scope.mutate(async (tx, audit) => {
      for (const u of uploads) {
        const saved = await saveDocument(scope, tx, store, {
          applicationId, requirementCode: u.requirementCode, purpose: 'requirement', originalName: u.originalName,
          content: { bytes: u.bytes, mimeType: u.mimeType as 'image/jpeg' | 'application/pdf', pageCount: u.pageCount, width: u.width, height: u.height },
        });
        await audit({ action: 'document.uploaded', entityType: 'document', entityId: saved.id, after: { applicationId, requirementCode: saved.requirementCode, purpose: 'requirement', mimeType: saved.mimeType, sizeBytes: saved.sizeBytes, sha256: saved.sha256, channel: 'web' } });
      }
    });
  }

  app.get('/:slug/ajukan/selesai', page, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    const raw = req.cookies[DONE_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : null;
    let done: { receiptNumber: string; proofPath: string } | null = null;
    if (unsigned?.valid && unsigned.value) {
      const v = safeJson(unsigned.value) as { r?: string; p?: string };
      if (v.r && v.p) done = { receiptNumber: v.r, proofPath: v.p };
    }
    return send(req, reply, c.lang, applyPath(c.office.slug, 'selesai'), donePage(c.lang, c.view, done));
  });

  // ---- save and continue later ----

  app.get('/:slug/ajukan/simpan', page, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    const raw = req.cookies[CODE_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : null;
    if (!c.draft || !c.standard || !unsigned?.valid || !unsigned.value) return send(req, reply, c.lang, applyPath(c.office.slug, 'simpan'), noDraftPage(c.lang, c.view), 404);
    return send(req, reply, c.lang, applyPath(c.office.slug, 'simpan'), savedPage(c.lang, { ...c.view, timeZone: c.office.timeZone }, unsigned.value, c.draft.expiresAt, nextStep(c.draft.data, c.standard), config.publicUrl));
  });

  const emptyResume = { code: '', birthDay: '', birthMonth: '', birthYear: '' };

  app.get('/:slug/ajukan/lanjutkan', page, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    return send(req, reply, c.lang, applyPath(c.office.slug, 'lanjutkan'), resumePage(c.lang, c.view, emptyResume, {}));
  });

  app.post('/:slug/ajukan/lanjutkan', post, async (req, reply) => {
    const c = await context(req, reply);
    if (!c) return reply;
    const t = applyT(c.lang);
    const b = body(req);
    const values = { code: one(b.code).trim().slice(0, 12), birthDay: one(b.birthDay).trim().slice(0, 2), birthMonth: one(b.birthMonth).trim().slice(0, 2), birthYear: one(b.birthYear).trim().slice(0, 4) };
    const path = applyPath(c.office.slug, 'lanjutkan');
    const errors: FieldErrors = {};
    if (!/^[A-Za-z0-9\s-]{8,12}$/.test(values.code)) errors.code = t('errCode');
    const birthDate = isoBirthDate(values);
    if (!birthDate) errors.birthDay = t('errBirthDate');
    if (Object.keys(errors).length) return send(req, reply, c.lang, path, resumePage(c.lang, c.view, values, errors), 400);
    const wait = resumeBucket.take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return send(req, reply, c.lang, path, resumePage(c.lang, c.view, values, { _throttle: t('errThrottled', { s: wait }) }), 429);
    }
    const out = await resumeDraft(database.db, c.office.id, values.code, birthDate!, now());
    if (out.kind === 'locked') {
      const time = new Intl.DateTimeFormat(c.lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', timeZone: c.office.timeZone }).format(out.until);
      return send(req, reply, c.lang, path, resumePage(c.lang, c.view, values, { _locked: t('errResumeLocked', { time }) }), 429);
    }
    if (out.kind !== 'resumed') {
      // One message for an unknown code and a wrong birth date: the page must not confirm that a code exists.
      return send(req, reply, c.lang, path, resumePage(c.lang, c.view, values, { code: t('errResumeUnknown') }), 400);
    }
    reply.setCookie(ACCESS_COOKIE, out.token, cookieOpts(c.office.slug, 31 * 86_400));
    return go(reply, c, c.standard ? nextStep(out.row.data, c.standard) : '');
  });
};

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return {};
  }
}
