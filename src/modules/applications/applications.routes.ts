import { z } from 'zod';
import type { App } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { langOf } from '../../platform/http/i18n.js';
import { officeScope, requireActor } from '../../platform/http/request-context.js';
import { forbidden } from '../../platform/errors.js';
import { localiseWarnings } from '../registry/registry.routes.js';
import { nearDuplicateView } from '../registry/registry.schema.js';
import { applicationDetail } from './applications.detail-schema.js';
import { CASE_READERS, INTAKE_ROLES, security } from './applications.roles.js';
import { applicationSummary, createApplicationBody, idParams, listQuery, openCheckAnswer, openCheckBody, pageOf, worklistQuery } from './applications.schema.js';
import { openApplicationsFor } from './applications.repository.js';
import { getApplicationDetail, listApplications, worklist } from './applications.service.js';
import { summaryOf } from './applications.views.js';
import type { ApplicationServices } from './case-context.js';
import { createApplication } from './intake/intake.service.js';
import { receiptPdfForStaff } from './intake/receipt.service.js';

/** Bytes (PDF or image); Fastify sends a Buffer as is. */
const binary = z.any().describe('binary');

const tags = ['applications'];

export function applicationsRoutes(app: App, services: ApplicationServices) {
  const { database } = services;

  app.post('/api/v1/applications', {
    config: { roles: INTAKE_ROLES },
    schema: {
      tags, security,
      summary: 'Take in an application (counter, WhatsApp, or a kelurahan proposal); gives the receipt number',
      body: createApplicationBody,
      response: { 201: z.object({ application: applicationSummary, warnings: z.array(nearDuplicateView) }), ...errors(400, 401, 403, 404, 409, 422) },
    },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const actor = requireActor(req);
    // Kelurahan operators propose through their batch only; the counter takes the other channels.
    const kelurahanOnly = actor.roles.includes('kelurahan_operator') && !actor.roles.includes('front_office') && !actor.roles.includes('back_office');
    if (kelurahanOnly && req.body.channel !== 'kelurahan_batch') throw forbidden();
    const out = await createApplication(services, scope, req.body);
    const lang = langOf(req);
    return reply.status(201).send({ application: await summaryOf(database, out.row, lang), warnings: localiseWarnings(lang, out.warnings) });
  });

  // The same rule intake enforces (one open application per person and service), asked as soon as the NIK
  // is typed, so the counter does not fill a whole form to be refused at the end. NIKs go in the body:
  // never in a URL.
  app.post('/api/v1/applications/open-check', {
    config: { roles: INTAKE_ROLES },
    schema: {
      tags, security,
      summary: 'Open applications of these people for this service (the intake refuses a second one)',
      body: openCheckBody,
      response: { 200: openCheckAnswer, ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const scope = officeScope(database, req);
    const rows = await openApplicationsFor(scope, scope.db, req.body.serviceCode, [...new Set(req.body.niks)]);
    return { open: rows.map((r) => ({ id: r.id, receiptNumber: r.receiptNumber })) };
  });

  app.get('/api/v1/applications', {
    config: { roles: CASE_READERS },
    schema: {
      tags, security,
      summary: 'Applications of my office, newest first; filters by status, role, service, overdue',
      querystring: listQuery,
      response: { 200: pageOf(applicationSummary), ...errors(400, 401, 403) },
    },
  }, async (req) => listApplications(services, officeScope(database, req), req.query, langOf(req)));

  app.get('/api/v1/worklist', {
    config: { roles: CASE_READERS },
    schema: {
      tags, security,
      summary: 'What waits on a role (?role=): emergencies first, then by due time, flagged overdue / due soon',
      querystring: worklistQuery,
      response: { 200: pageOf(applicationSummary), ...errors(400, 401, 403) },
    },
  }, async (req) => {
    const actor = requireActor(req);
    if (!actor.roles.includes(req.query.role) && !actor.roles.includes('office_admin')) throw forbidden();
    return worklist(services, officeScope(database, req), req.query.role, req.query, langOf(req));
  });

  app.get('/api/v1/applications/:id', {
    config: { roles: CASE_READERS },
    schema: {
      tags, security,
      summary: 'One application in full: persons, checklist, plan, timeline, documents, letters (audited)',
      params: idParams,
      response: { 200: applicationDetail, ...errors(400, 401, 403, 404) },
    },
  }, async (req) => getApplicationDetail(services, officeScope(database, req), req.params.id, langOf(req)));

  app.get('/api/v1/applications/:id/receipt.pdf', {
    config: { roles: CASE_READERS },
    schema: { tags, security, summary: 'Proof of registration (bukti pendaftaran) as PDF', params: idParams, response: { 200: binary, ...errors(400, 401, 403, 404) } },
  }, async (req, reply) => {
    const { row, bytes } = await receiptPdfForStaff(services, officeScope(database, req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="bukti-${row.receiptNumber}.pdf"`).send(bytes);
  });
}
