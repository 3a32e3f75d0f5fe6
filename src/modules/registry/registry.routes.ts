import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { officeScope } from '../../platform/http/request-context.js';
import { checkDuplicates, type NearDuplicate } from './duplicates.service.js';
import { resolveDomicile } from './domicile.service.js';
import { createFamily } from './family.service.js';
import { CHANGE_ROLES, READ_ROLES, RECORD_ROLES, security } from './registry.roles.js';
import {
  createFamilyBody,
  familyRecord,
  idParams,
  isoDate,
  nearDuplicateView,
  personListItem,
  personRecord,
  searchBody,
} from './registry.schema.js';
import { getFamilyRecord, getPersonRecord, searchRegistry } from './registry.service.js';

const tags = ['registry'];

export const localiseWarnings = (lang: 'id' | 'en', warnings: NearDuplicate[]) =>
  warnings.map(({ messageEn, ...w }) => ({ ...w, message: lang === 'en' ? messageEn : w.message }));

export const registryRoutes: RoutePlugin = (app, { database }) => {
  app.post('/api/v1/registry/search', {
    config: { roles: READ_ROLES },
    schema: {
      tags, security,
      summary: 'Search people by NIK, KK number or name (NIK masked in results)',
      body: searchBody,
      response: { 200: z.object({ results: z.array(personListItem), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) },
    },
  }, async (req) => searchRegistry(officeScope(database, req), req.body));

  app.get('/api/v1/registry/persons/:id', {
    config: { roles: READ_ROLES },
    schema: {
      tags, security,
      summary: 'A person\'s full record: NIK, family, membership, history (audited as person.viewed)',
      params: idParams,
      response: { 200: personRecord, ...errors(400, 401, 403, 404) },
    },
  }, async (req) => getPersonRecord(officeScope(database, req), req.params.id));

  app.get('/api/v1/registry/families/:id', {
    config: { roles: READ_ROLES },
    schema: {
      tags, security,
      summary: 'A family with its members\' full records (audited as family.viewed)',
      params: idParams,
      response: { 200: familyRecord, ...errors(400, 401, 403, 404) },
    },
  }, async (req) => getFamilyRecord(officeScope(database, req), req.params.id));

  app.post('/api/v1/registry/families', {
    config: { roles: RECORD_ROLES },
    schema: {
      tags, security,
      summary: 'Record a family as its KK shows it (domicile, NIK rules, duplicates checked)',
      body: createFamilyBody,
      response: {
        201: z.object({ family: familyRecord, warnings: z.array(nearDuplicateView) }),
        ...errors(400, 401, 403, 409, 422),
      },
    },
  }, async (req, reply) => {
    const { family, warnings } = await createFamily(officeScope(database, req), req.body);
    return reply.status(201).send({ family, warnings: localiseWarnings(langOf(req), warnings) });
  });

  app.post('/api/v1/registry/duplicates/check', {
    config: { roles: [...RECORD_ROLES, 'approver'] },
    schema: {
      tags, security,
      summary: 'Is this NIK already active in PBI Daerah here (409), and who looks like the same person (warnings)?',
      body: z.strictObject({ nik: z.string().max(64), name: z.string().trim().min(2).max(120), birthDate: isoDate }),
      response: {
        200: z.object({
          existing: z.object({ personId: z.string(), familyId: z.string(), left: z.boolean(), membership: z.object({ segment: z.string(), status: z.string() }).nullable() }).nullable(),
          warnings: z.array(nearDuplicateView),
        }),
        ...errors(400, 401, 403, 409),
      },
    },
  }, async (req) => {
    const r = await checkDuplicates(officeScope(database, req), req.body);
    return { existing: r.existing, warnings: localiseWarnings(langOf(req), r.warnings) };
  });

  app.post('/api/v1/registry/domicile/check', {
    config: { roles: [...RECORD_ROLES, ...CHANGE_ROLES, 'kelurahan_operator'] },
    schema: {
      tags, security,
      summary: 'Does this office serve a family whose KK address is in this village? (422 DOMICILE_OUTSIDE_REGION if not)',
      body: z.strictObject({ villageCode: z.string().max(13) }),
      response: {
        200: z.object({
          villageCode: z.string(), villageName: z.string(), districtCode: z.string(), districtName: z.string(),
          regencyCode: z.string(), regencyName: z.string(),
        }),
        ...errors(400, 401, 403, 422),
      },
    },
  }, async (req) => resolveDomicile(officeScope(database, req), req.body.villageCode));
};
