import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors, okSchema } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { officeSlug } from '../offices/offices.schema.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { currentStandard, currentStandardBySlug } from '../standards/standards.service.js';
import { deleteOfficeHoliday, insertOfficeHoliday, listOfficeHolidays } from '../standards/standards.repository.js';
import { COUNTING_CONVENTION, computeDue, isOpen, localDate, nonWorkingDays, openStatusSchema, TIME_LIMIT_UNITS, toLocalIso } from './index.js';
import { invalidateOfficeTime, officeTime } from './calendar.service.js';
import { NATIONAL_HOLIDAYS_FIRST_YEAR, NATIONAL_HOLIDAYS_LAST_YEAR } from './holidays.js';

const slugParams = z.strictObject({ slug: officeSlug });

const dueBody = z.strictObject({
  start: z.iso.datetime({ offset: true, error: 'start harus waktu ISO 8601 dengan zona, mis. 2026-03-19T10:00:00+07:00 // start must be an ISO 8601 instant' }),
  amount: z.number().int().positive().max(10_000),
  unit: z.enum(TIME_LIMIT_UNITS),
  aroundTheClock: z.boolean().optional(),
});

const holidayView = z.object({ id: z.number(), date: z.string(), name: z.string() });

export const calendarRoutes: RoutePlugin = (app, { database }) => {
  app.post('/api/v1/offices/:slug/due', {
    config: { auth: 'public' },
    schema: {
      tags: ['calendar'],
      summary: 'Due time of a time limit from a start instant, by the office hours and calendar',
      params: slugParams,
      body: dueBody,
      response: {
        200: z.object({ due: z.string(), workingDaysCounted: z.array(z.string()), provisional: z.boolean(), hoursStated: z.boolean(), convention: z.string() }),
        ...errors(400, 404),
      },
    },
  }, async (req) => {
    const { office, current } = await currentStandardBySlug(database, req.params.slug);
    const t = await officeTime(database.db, office.id, current);
    const { start, amount, unit, aroundTheClock } = req.body;
    if (aroundTheClock && unit !== 'minutes' && unit !== 'hours') {
      throw new DomainError('AROUND_THE_CLOCK_UNIT', 400, {
        id: 'aroundTheClock hanya untuk satuan minutes atau hours.',
        en: 'aroundTheClock applies to minutes or hours only.',
      }, [{ field: 'aroundTheClock', code: 'AROUND_THE_CLOCK_UNIT' }]);
    }
    const result = computeDue(new Date(start), { amount, unit, ...(aroundTheClock ? { aroundTheClock } : {}) }, t.hours, t.calendar);
    const lang = req.headers['accept-language']?.startsWith('en') ? 'en' : 'id';
    const convention = COUNTING_CONVENTION[aroundTheClock ? 'aroundTheClock' : unit][lang];
    return { due: result.dueLocal, workingDaysCounted: result.workingDaysCounted, provisional: result.provisional, hoursStated: t.hoursStated, convention };
  });

  app.get('/api/v1/offices/:slug/calendar', {
    config: { auth: 'public' },
    schema: {
      tags: ['calendar'],
      summary: 'Non-working days of a year (national, cuti bersama, regional) with their names',
      params: slugParams,
      querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), weekends: z.enum(['true', 'false']).optional(), lang: z.enum(['id', 'en']).optional() }),
      response: {
        200: z.object({
          year: z.number(),
          holidaysKnown: z.boolean(),
          days: z.array(z.object({ date: z.string(), kind: z.string(), names: z.array(z.string()) })),
        }),
        ...errors(400, 404),
      },
    },
  }, async (req) => {
    const { office, current } = await currentStandardBySlug(database, req.params.slug);
    const t = await officeTime(database.db, office.id, current);
    const days = nonWorkingDays(req.query.year, t.calendar, t.hours, { includeWeekends: req.query.weekends === 'true' });
    return { year: req.query.year, holidaysKnown: req.query.year >= NATIONAL_HOLIDAYS_FIRST_YEAR && req.query.year <= NATIONAL_HOLIDAYS_LAST_YEAR, days };
  });

  app.get('/api/v1/offices/:slug/hours', {
    config: { auth: 'public' },
    schema: {
      tags: ['calendar'],
      summary: 'Open now? For the office and each of its services, with the next opening time',
      params: slugParams,
      response: {
        200: z.object({
          now: z.string(),
          hoursStated: z.boolean(),
          hoursText: z.string().nullable(),
          office: openStatusSchema,
          services: z.array(z.object({ code: z.string(), name: z.string(), aroundTheClock: z.boolean(), status: openStatusSchema })),
        }),
        ...errors(400, 404),
      },
    },
  }, async (req) => {
    const { office, current } = await currentStandardBySlug(database, req.params.slug);
    const t = await officeTime(database.db, office.id, current);
    const now = new Date();
    const status = isOpen(now, t.hours, t.calendar);
    return {
      now: toLocalIso(now, t.hours.timeZone),
      hoursStated: t.hoursStated,
      hoursText: current.standard.officeHours?.text ?? null,
      office: status,
      // Emergency services (Karangasem, Malinau) are served around the clock.
      services: current.standard.services.map((s) => ({
        code: s.code,
        name: s.name,
        aroundTheClock: s.aroundTheClock,
        status: s.aroundTheClock ? { open: true, nextOpening: null } : status,
      })),
    };
  });

  const admin = { roles: ['office_admin'] as const };

  app.get('/api/v1/holidays', {
    config: { roles: ['office_admin', 'front_office', 'back_office', 'approver', 'report_viewer'] },
    schema: { tags: ['calendar'], summary: "My office's regional holidays", response: { 200: z.object({ holidays: z.array(holidayView) }), ...errors(401, 403) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    const rows = await listOfficeHolidays(scope.db, scope.officeId);
    return { holidays: rows.map((r) => ({ id: r.id, date: r.date, name: r.name })) };
  });

  app.post('/api/v1/holidays', {
    config: admin,
    schema: {
      tags: ['calendar'],
      summary: 'Add a regional holiday (office admin)',
      body: z.strictObject({ date: localDate, name: z.string().trim().min(2).max(200) }),
      response: { 201: holidayView, ...errors(400, 401, 403, 409) },
    },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const row = await scope.mutate(async (tx, audit) => {
      const inserted = await insertOfficeHoliday(tx, scope.officeId, req.body.date, req.body.name);
      if (!inserted) {
        throw new DomainError('HOLIDAY_EXISTS', 409, { id: `Tanggal ${req.body.date} sudah ada sebagai libur daerah.`, en: `${req.body.date} is already a regional holiday.` }, [{ field: 'date', code: 'HOLIDAY_EXISTS' }]);
      }
      await audit({ action: 'holiday.added', entityType: 'office_holiday', entityId: inserted.id, after: { date: inserted.date, name: inserted.name } });
      return inserted;
    });
    invalidateOfficeTime(scope.officeId);
    return reply.status(201).send({ id: row.id, date: row.date, name: row.name });
  });

  app.delete('/api/v1/holidays/:id', {
    config: admin,
    schema: { tags: ['calendar'], summary: 'Remove a regional holiday', params: z.strictObject({ id: z.coerce.number().int().positive() }), response: { 200: okSchema, ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    await scope.mutate(async (tx, audit) => {
      const removed = await deleteOfficeHoliday(tx, scope.officeId, req.params.id);
      if (!removed) throw notFound({ id: 'Hari libur', en: 'Holiday' });
      await audit({ action: 'holiday.removed', entityType: 'office_holiday', entityId: removed.id, before: { date: removed.date, name: removed.name } });
    });
    invalidateOfficeTime(scope.officeId);
    return { ok: true as const };
  });

  // Keeps the office's own current standard reachable for staff screens without the slug.
  app.get('/api/v1/standard', {
    config: { roles: ['office_admin', 'front_office', 'back_office', 'field_assessor', 'approver', 'kelurahan_operator', 'report_viewer'] },
    schema: { tags: ['standards'], summary: "My office's standard in force", response: { 200: z.object({ id: z.number(), version: z.number(), effectiveDate: z.string(), standard: z.unknown() }), ...errors(401, 403, 404) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    const office = await findOfficeById(scope.db, scope.officeId);
    if (!office) throw notFound();
    return currentStandard(scope.db, office);
  });
};
