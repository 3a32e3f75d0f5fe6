import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { offices } from '../offices/offices.tables.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { monthlyReport, registerRows } from './reports.queries.js';
import { monthlyPdf, monthlyXlsx, registerPdf, registerXlsx } from './reports.render.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROLES = { roles: ['report_viewer', 'office_admin', 'back_office', 'approver'] as const };
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bulan dalam format YYYY-MM' });
const countsSchema = z.object({ new: z.number(), reactivated: z.number(), transferred: z.number(), terminated: z.number(), changed: z.number(), emergency: z.number(), rejected: z.number(), accepted: z.number(), total: z.number() });
const monthlySchema = z.object({
  month: z.string(), officeName: z.string(), totals: countsSchema,
  byVillage: z.array(countsSchema.extend({ code: z.string(), name: z.string() })),
  byService: z.array(countsSchema.extend({ serviceCode: z.string() })),
  compliance: z.object({ closed: z.number(), onTime: z.number(), late: z.number(), withoutDue: z.number(), onTimeShare: z.number().nullable() }),
  steps: z.array(z.object({ stepCode: z.string(), count: z.number(), averageElapsed: z.number().nullable(), mutuBaku: z.string().nullable(), within: z.number(), withinShare: z.number().nullable() })),
});

async function office(scope: OfficeScope) {
  const [o] = await scope.db.select({ name: offices.name, timeZone: offices.timeZone }).from(offices).where(eq(offices.id, scope.officeId));
  return o ?? { name: '', timeZone: 'Asia/Jakarta' };
}

export const reportsRoutes: RoutePlugin = (app, { database }) => {
  app.get('/api/v1/reports/membership', {
    config: ROLES,
    schema: { tags: ['reports'], summary: 'Laporan bulanan kepesertaan (JSON/XLSX/PDF) / monthly membership report',
      querystring: z.strictObject({ month, format: z.enum(['json', 'xlsx', 'pdf']).default('json') }),
      produces: ['application/json', XLSX, 'application/pdf'], response: { 200: monthlySchema, ...errors(400, 401, 403) } },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const o = await office(scope);
    const report = await monthlyReport(scope, req.query.month, o.timeZone, o.name);
    await scope.audit({ action: 'report.generated', entityType: 'report', entityId: `membership:${req.query.month}`, after: { format: req.query.format } });
    if (req.query.format === 'json') return report;
    const file = req.query.format === 'xlsx' ? await monthlyXlsx(report) : await monthlyPdf(report);
    return reply.header('content-type', req.query.format === 'xlsx' ? XLSX : 'application/pdf')
      .header('content-disposition', `attachment; filename="laporan-kepesertaan-${req.query.month}.${req.query.format}"`).send(file as never);
  });

  app.get('/api/v1/reports/register', {
    config: ROLES,
    schema: { tags: ['reports'], summary: 'Buku agenda pendaftaran (PDF/XLSX) / register of registrations',
      querystring: z.strictObject({ month, format: z.enum(['pdf', 'xlsx']).default('pdf') }), produces: ['application/pdf', XLSX], response: { ...errors(400, 401, 403) } },
  }, async (req, reply) => {
    const scope = officeScope(database, req);
    const o = await office(scope);
    const rows = await registerRows(scope, req.query.month, o.timeZone);
    // The register lists applicants by name: reading it is a read of personal data.
    await scope.audit({ action: 'report.register_viewed', entityType: 'report', entityId: `register:${req.query.month}`, after: { rows: rows.length } });
    const file = req.query.format === 'pdf' ? await registerPdf(o.name, req.query.month, rows, o.timeZone) : await registerXlsx(o.name, req.query.month, rows, o.timeZone);
    return reply.header('content-type', req.query.format === 'pdf' ? 'application/pdf' : XLSX)
      .header('content-disposition', `attachment; filename="buku-agenda-${req.query.month}.${req.query.format}"`).send(file as never);
  });
};
