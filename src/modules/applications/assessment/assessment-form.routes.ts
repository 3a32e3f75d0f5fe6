import { z } from 'zod';
import type { App } from '../../../platform/http/app-context.js';
import { errors } from '../../../platform/http/schemas.js';
import { officeScope } from '../../../platform/http/request-context.js';
import { security } from '../applications.roles.js';
import type { ApplicationServices } from '../case-context.js';
import { currentForm, publishForm } from './assessment.service.js';

const criterion = z.strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]*$/).max(60), label: z.string().trim().min(3).max(400), labelEn: z.string().trim().max(400).optional() });
const formView = z.object({ name: z.string(), version: z.number().nullable(), criteria: z.array(criterion), threshold: z.number() });

export function assessmentFormRoutes(app: App, services: ApplicationServices) {
  app.get('/api/v1/assessment-form', {
    config: { roles: ['field_assessor', 'back_office', 'approver', 'office_admin'] },
    schema: { tags: ['applications'], security, summary: 'The office\'s field assessment form (default: the 14 BPS criteria, poor if ≥ 9 hold)', response: { 200: formView, ...errors(401, 403) } },
  }, async (req) => currentForm(services.database.db, officeScope(services.database, req).officeId));

  app.put('/api/v1/assessment-form', {
    config: { roles: ['office_admin'] },
    schema: {
      tags: ['applications'], security,
      summary: 'Publish a new version of the assessment form (office admin)',
      body: z.strictObject({ name: z.string().trim().min(3).max(200), criteria: z.array(criterion).min(1).max(60), threshold: z.number().int().min(1).max(60) }),
      response: { 200: formView, ...errors(400, 401, 403) },
    },
  }, async (req) => publishForm(officeScope(services.database, req), req.body));
}
