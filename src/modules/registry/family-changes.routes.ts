import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { officeScope } from '../../platform/http/request-context.js';
import { changeHead, changeKk, setFaskes } from './family-card.service.js';
import { addMemberBody, faskesBody, headChangeBody, kkChangeBody, leaveBody } from './family-changes.schema.js';
import { addMember, memberLeaves } from './family-members.service.js';
import { CHANGE_ROLES, security } from './registry.roles.js';
import { localiseWarnings } from './registry.routes.js';
import { familyRecord, idParams, nearDuplicateView } from './registry.schema.js';

const tags = ['registry'];
const familyResponse = z.object({ family: familyRecord });

/** Changes that follow the family card; each yields the membership event BPJS must receive. */
export const familyChangesRoutes: RoutePlugin = (app, { database }) => {
  app.post('/api/v1/registry/families/:id/members', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Add a member to a family (newborn with KIA/birth certificate, spouse, relative)',
      params: idParams,
      body: addMemberBody,
      response: { 201: familyResponse.extend({ warnings: z.array(nearDuplicateView) }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req, reply) => {
    const r = await addMember(officeScope(database, req), req.params.id, req.body);
    return reply.status(201).send({ family: r.family, warnings: localiseWarnings(langOf(req), r.warnings) });
  });

  app.post('/api/v1/registry/persons/:id/leave', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'A member leaves the family: moved away (deactivation at month end) or died (deactivation by death)',
      params: idParams,
      body: leaveBody,
      response: { 200: familyResponse, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req) => memberLeaves(officeScope(database, req), req.params.id, req.body));

  app.post('/api/v1/registry/families/:id/kk-change', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'New KK number for the whole family or, after a split, for some members',
      params: idParams,
      body: kkChangeBody,
      response: { 200: familyResponse, ...errors(400, 401, 403, 404, 409, 422) },
    },
  }, async (req) => changeKk(officeScope(database, req), req.params.id, req.body));

  app.post('/api/v1/registry/families/:id/head', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Change the head of family',
      params: idParams,
      body: headChangeBody,
      response: { 200: familyResponse, ...errors(400, 401, 403, 404) },
    },
  }, async (req) => changeHead(officeScope(database, req), req.params.id, req.body));

  app.put('/api/v1/registry/persons/:id/faskes', {
    config: { roles: CHANGE_ROLES },
    schema: {
      tags, security,
      summary: 'Pick the member\'s first-level health facility (FKTP) from the office\'s list',
      params: idParams,
      body: faskesBody,
      response: {
        200: z.object({ personId: z.string(), faskes: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable() }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
  }, async (req) => setFaskes(officeScope(database, req), req.params.id, req.body.faskesId));
};
