import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors, pageQuery } from '../../platform/http/schemas.js';
import { officeScope, requireActor } from '../../platform/http/request-context.js';
import { assigneesQuery, assigneeView, createStaffBody, staffView, updateStaffBody } from './staff.schema.js';
import { assigneesOf, createStaff, getStaff, pageStaff, resetStaffPassword, updateStaff } from './staff.service.js';

const idParams = z.strictObject({ id: z.string().uuid('ID akun tidak valid // Invalid account id') });
const admin = { roles: ['office_admin'] as const };
// Everyone who hands work to a colleague (e.g. schedules a field visit) may see who can take it.
const assigners = { roles: ['front_office', 'back_office', 'field_assessor', 'approver', 'office_admin'] as const };
const security = [{ session: [], csrf: [] }];

export const staffRoutes: RoutePlugin = (app, { database, sessions }) => {
  app.get('/api/v1/staff', {
    config: admin,
    schema: {
      tags: ['staff'],
      summary: 'Staff accounts of my office',
      security,
      querystring: pageQuery,
      response: { 200: z.object({ staff: z.array(staffView), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) },
    },
  }, async (req) => pageStaff(officeScope(database, req), req.query.limit, req.query.cursor));

  app.get('/api/v1/staff/assignees', {
    config: assigners,
    schema: {
      tags: ['staff'],
      summary: 'Active colleagues of my office with a role (name and title only), for assignment pickers',
      security,
      querystring: assigneesQuery,
      response: { 200: z.object({ assignees: z.array(assigneeView) }), ...errors(400, 401, 403) },
    },
  }, async (req) => assigneesOf(officeScope(database, req), req.query.role));

  app.post('/api/v1/staff', {
    config: admin,
    schema: {
      tags: ['staff'],
      summary: 'Create a staff account (office admin)',
      security,
      body: createStaffBody,
      response: { 201: z.object({ staff: staffView, temporaryPassword: z.string().nullable() }), ...errors(400, 401, 403, 409) },
    },
  }, async (req, reply) => reply.status(201).send(await createStaff(officeScope(database, req), req.body)));

  app.get('/api/v1/staff/:id', {
    config: admin,
    schema: { tags: ['staff'], summary: 'One staff account', security, params: idParams, response: { 200: staffView, ...errors(400, 401, 403, 404) } },
  }, async (req) => getStaff(officeScope(database, req), req.params.id));

  app.patch('/api/v1/staff/:id', {
    config: admin,
    schema: {
      tags: ['staff'],
      summary: 'Change roles, details, or disable a staff account',
      security,
      params: idParams,
      body: updateStaffBody,
      response: { 200: staffView, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req) => updateStaff(officeScope(database, req), sessions, req.params.id, req.body, requireActor(req).userId));

  app.post('/api/v1/staff/:id/reset-password', {
    config: admin,
    schema: {
      tags: ['staff'],
      summary: 'Give a staff account a new temporary password',
      security,
      params: idParams,
      response: { 200: z.object({ temporaryPassword: z.string() }), ...errors(400, 401, 403, 404) },
    },
  }, async (req) => resetStaffPassword(officeScope(database, req), sessions, req.params.id));
};
