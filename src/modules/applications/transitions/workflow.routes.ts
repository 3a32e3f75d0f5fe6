import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { langOf } from '../../../platform/http/i18n.js';
import { officeScope, requireActor } from '../../../platform/http/request-context.js';
import { security } from '../applications.roles.js';
import { applicationSummary, checkBody, completeStepBody, idParams, resubmitBody, stepParams, uuidSchema, versionField, withdrawBody } from '../applications.schema.js';
import { summaryOf } from '../applications.views.js';
import type { ApplicationServices } from '../case-context.js';
import { checkApplication, resubmitApplication } from '../checklist/checklist.service.js';
import { decideApplication, recordAssessment, scheduleAssessment } from '../assessment/assessment.service.js';
import { approveLetter, draftLetter } from '../letters/application-letters.service.js';
import { runTransition, type TransitionOutcome } from './transition.service.js';

const tags = ['applications'];
// Every workflow action answers the same: the application as it now stands (with its new version).
const answer = { 200: applicationSummary, ...errors(400, 401, 403, 404, 409) };
// The step's own role is checked by the workflow (STEP_ROLE_REQUIRED); here only "a staff account".
const anyStaff = { roles: ['front_office', 'back_office', 'field_assessor', 'approver', 'kelurahan_operator', 'office_admin'] as const };

const assessmentSchedule = z.strictObject({
  version: versionField,
  scheduledAt: z.iso.datetime({ offset: true }),
  assessorUserId: uuidSchema,
  note: z.string().trim().max(500).optional(),
});
const assessmentRecord = z.strictObject({
  version: versionField,
  answers: z.array(z.strictObject({ code: z.string().max(60), met: z.boolean(), note: z.string().trim().max(300).optional() })).min(1).max(60),
  notes: z.string().trim().max(2000).optional(),
  visitedAt: z.iso.datetime({ offset: true }).optional(),
});
const decisionBody = z.strictObject({
  version: versionField,
  eligible: z.boolean(),
  reason: z.string().trim().max(1000).optional(),
  committee: z.array(z.strictObject({ name: z.string().trim().min(2).max(120), title: z.string().trim().max(120).optional() })).max(20).optional(),
});
const draftBody = z.strictObject({ version: versionField, note: z.string().trim().max(500).optional() });
const approvalBody = z.strictObject({ version: versionField, action: z.enum(['initial', 'sign']), note: z.string().trim().max(500).optional() });
const letterParams = z.strictObject({ id: uuidSchema, letterId: uuidSchema });

export function workflowRoutes(app: App, services: ApplicationServices) {
  const { database } = services;
  const ctx = (req: FastifyRequest) => ({ scope: officeScope(database, req), roles: requireActor(req).roles });
  const present = (req: FastifyRequest, out: TransitionOutcome) => summaryOf(database, out.row, langOf(req));

  app.post('/api/v1/applications/:id/check', {
    config: anyStaff,
    schema: { tags, security, summary: 'File check: mark each requirement; incomplete → returned with what is missing', params: idParams, body: checkBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await checkApplication(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/resubmit', {
    config: anyStaff,
    schema: { tags, security, summary: 'A returned application comes back completed (history kept)', params: idParams, body: resubmitBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await resubmitApplication(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/steps/:stepCode/complete', {
    config: anyStaff,
    schema: { tags, security, summary: 'Complete the current step of the standard\'s procedure (entry, hand-over, batch, archive)', params: stepParams, body: completeStepBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    const out = await runTransition(services, scope, roles, req.params.id, { action: { type: 'complete_step', stepCode: req.params.stepCode }, version: req.body.version, note: req.body.note ?? null });
    return present(req, out);
  });

  app.post('/api/v1/applications/:id/withdraw', {
    config: anyStaff,
    schema: { tags, security, summary: 'Withdraw an application that has not left the office', params: idParams, body: withdrawBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    const out = await runTransition(services, scope, roles, req.params.id, { action: { type: 'withdraw' }, version: req.body.version, note: req.body.reason, message: { reason: req.body.reason } });
    return present(req, out);
  });

  app.post('/api/v1/applications/:id/assessment/schedule', {
    config: anyStaff,
    schema: { tags, security, summary: 'Schedule the field assessment visit (date/time, assessor)', params: idParams, body: assessmentSchedule, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await scheduleAssessment(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/assessment', {
    config: anyStaff,
    schema: { tags, security, summary: 'Record the field assessment: criteria met, score, recommendation', params: idParams, body: assessmentRecord, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await recordAssessment(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/decision', {
    config: anyStaff,
    schema: { tags, security, summary: 'Decide eligible / not eligible (approver or committee), with the reason', params: idParams, body: decisionBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await decideApplication(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/letters', {
    config: anyStaff,
    schema: { tags, security, summary: 'Draft the letter of the current step (number, office template)', params: idParams, body: draftBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await draftLetter(services, scope, roles, req.params.id, req.body));
  });

  app.post('/api/v1/applications/:id/letters/:letterId/approvals', {
    config: anyStaff,
    schema: { tags, security, summary: 'Initial or sign a letter along its product\'s signer chain', params: letterParams, body: approvalBody, response: answer },
  }, async (req) => {
    const { scope, roles } = ctx(req);
    return present(req, await approveLetter(services, scope, roles, req.params.id, req.params.letterId, req.body));
  });
}
