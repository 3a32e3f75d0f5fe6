import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { maskNik } from '../identity/index.js';
import { officeTimeAndWindow } from './batches.repository.js';
import { participantClient, readSettings, saveSettings } from './bpjs-settings.js';

const code = z.string().trim().min(1).max(100).nullable().optional();
const settingsBody = z.strictObject({
  satkerCode: code, satkerName: code, kcCode: code, dati2Code: code,
  membershipType: z.string().trim().min(1).max(50).optional(),
  webService: z.strictObject({
    baseUrl: z.url({ protocol: /^https?$/ }),
    consId: z.string().trim().min(1).max(100),
    secret: z.string().min(1).max(500),
    userKey: z.string().min(1).max(500),
  }).nullable().optional(),
});
const settingsSchema = z.object({
  satkerCode: z.string().nullable(), satkerName: z.string().nullable(), membershipType: z.string(), kcCode: z.string().nullable(), dati2Code: z.string().nullable(),
  webService: z.object({ baseUrl: z.string(), consId: z.string(), credentialsSet: z.boolean() }).nullable(),
});
const participantSchema = z.object({
  nik: z.string(), name: z.string(), cardNumber: z.string(), status: z.string(), active: z.boolean(), segment: z.string(),
  class: z.number().nullable(), faskes: z.object({ code: z.string(), name: z.string() }).nullable(), since: z.string().nullable(),
});
export const participantLookupSchema = z.union([
  z.object({ ok: z.literal(true), found: z.boolean(), participant: participantSchema.nullable() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);

export const bpjsRoutes: RoutePlugin = (app, { database, config }) => {
  const security = [{ session: [], csrf: [] }];

  app.get('/api/v1/bpjs/settings', {
    config: { roles: ['office_admin', 'back_office'] },
    schema: { tags: ['bpjs'], summary: 'Kode kantor e-Dabu dan koneksi BPJS / e-Dabu office codes and BPJS connection', response: { 200: settingsSchema, ...errors(401, 403) } },
  }, async (req) => readSettings(officeScope(database, req)));

  app.put('/api/v1/bpjs/settings', {
    config: { roles: ['office_admin'] },
    schema: { tags: ['bpjs'], summary: 'Ubah kode kantor dan kredensial BPJS (disimpan terenkripsi) / set office codes and BPJS credentials (stored encrypted)', security,
      body: settingsBody, response: { 200: settingsSchema, ...errors(400, 401, 403) } },
  }, async (req) => saveSettings(officeScope(database, req), config, req.body));

  // POST with the NIK in the body: a NIK in a URL ends up in proxy and access logs.
  app.post('/api/v1/bpjs/participant', {
    config: { roles: ['front_office', 'back_office', 'office_admin', 'kelurahan_operator'] },
    schema: { tags: ['bpjs'], summary: 'Cek status peserta JKN di BPJS / check JKN membership at BPJS', security,
      body: z.strictObject({ nik: z.string().regex(/^\d{16}$/, { error: 'NIK harus 16 angka' }) }), response: { 200: participantLookupSchema, ...errors(400, 401, 403) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    const lang = req.headers['accept-language']?.startsWith('en') ? 'en' : 'id';
    const { timeZone } = await officeTimeAndWindow(scope.db, scope.officeId);
    const client = await participantClient(scope, config, timeZone).catch(() => null);
    await scope.audit({ action: 'bpjs.participant_checked', entityType: 'nik', entityId: maskNik(req.body.nik) });
    if (!client) {
      return { ok: false as const, code: 'BPJS_NOT_CONFIGURED', message: lang === 'en'
        ? 'The BPJS connection of this office is not set up; intake can continue. Ask the office admin to enter the credentials.'
        : 'Koneksi BPJS kantor ini belum diatur; pendaftaran tetap dapat dilanjutkan. Minta admin kantor mengisi kredensial.' };
    }
    // The client never throws; a failure is an answer the counter shows beside the form (never a 5xx).
    const result = await client.byNik(req.body.nik, new Date());
    if (!result.ok) return { ok: false as const, code: result.code, message: lang === 'en' ? result.messageEn : result.message };
    return { ok: true as const, found: result.participant !== null, participant: result.participant };
  });
};
