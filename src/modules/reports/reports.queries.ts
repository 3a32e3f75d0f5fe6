import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';

export const CATEGORIES = ['new', 'reactivated', 'transferred', 'terminated', 'changed'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts { new: number; reactivated: number; transferred: number; terminated: number; changed: number; emergency: number; rejected: number; accepted: number; total: number }
export const zeroCounts = (): Counts => ({ new: 0, reactivated: 0, transferred: 0, terminated: 0, changed: 0, emergency: 0, rejected: 0, accepted: 0, total: 0 });

export interface MonthlyReport {
  month: string;
  officeName: string;
  totals: Counts;
  byVillage: ({ code: string; name: string } & Counts)[];
  byService: ({ serviceCode: string } & Counts)[];
  compliance: { closed: number; onTime: number; late: number; withoutDue: number; onTimeShare: number | null };
  steps: { stepCode: string; count: number; averageElapsed: number | null; mutuBaku: string | null; within: number; withinShare: number | null }[];
}

/** Month bounds as local dates: the office's month, not UTC's (WITA/WIT offices start 8–9 hours earlier). */
function bounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to };
}

interface Group { village_code: string; village_name: string | null; service_code: string; category: Category; emergency: boolean; result: string | null; n: number }

/**
 * The month's membership changes BPJS was asked for, by intake date in the office's zone. Categories
 * follow the BPJS monthly report: enrolments are "new" unless the person was a member before (inactive →
 * reactivated; another segment such as PBPU or PBI-JK → transferred into PBI Daerah).
 */
export async function monthlyReport(scope: OfficeScope, month: string, timeZone: string, officeName: string): Promise<MonthlyReport> {
  const { from, to } = bounds(month);
  const groups = await execRows<Group>(scope.db, sql`
    SELECT f.village_code, r.name AS village_name, coalesce(a.service_code, 'registry') AS service_code,
      CASE WHEN e.bpjs_change LIKE 'deactivate%' THEN 'terminated'
           WHEN e.bpjs_change IN ('new', 'add_family_member') AND e.before->>'status' = 'inactive' THEN 'reactivated'
           WHEN e.bpjs_change IN ('new', 'add_family_member') AND coalesce(e.before->>'segment', 'NONE') NOT IN ('NONE', 'PBI_DAERAH') THEN 'transferred'
           WHEN e.bpjs_change IN ('new', 'add_family_member') THEN 'new'
           ELSE 'changed' END AS category,
      coalesce((e.after->>'priority')::boolean, a.priority, false) AS emergency,
      bi.result, count(*)::int AS n
    FROM membership_events e
    JOIN persons p ON p.id = e.person_id
    JOIN families f ON f.id = p.family_id
    LEFT JOIN regions r ON r.code = f.village_code
    LEFT JOIN applications a ON a.id = e.application_id
    LEFT JOIN batch_items bi ON bi.membership_event_id = e.id
    WHERE e.office_id = ${scope.officeId} AND e.bpjs_change IS NOT NULL
      AND e.created_at >= (${from}::date::timestamp AT TIME ZONE ${timeZone})
      AND e.created_at < (${to}::date::timestamp AT TIME ZONE ${timeZone})
    GROUP BY 1, 2, 3, 4, 5, 6`);
  const totals = zeroCounts();
  const villages = new Map<string, { code: string; name: string } & Counts>();
  const services = new Map<string, { serviceCode: string } & Counts>();
  for (const g of groups) {
    const v = villages.get(g.village_code) ?? { code: g.village_code, name: g.village_name ?? g.village_code, ...zeroCounts() };
    const s = services.get(g.service_code) ?? { serviceCode: g.service_code, ...zeroCounts() };
    for (const c of [totals, v, s]) {
      c[g.category] += g.n;
      c.total += g.n;
      if (g.emergency) c.emergency += g.n;
      if (g.result === 'rejected') c.rejected += g.n;
      if (g.result === 'accepted') c.accepted += g.n;
    }
    villages.set(g.village_code, v);
    services.set(g.service_code, s);
  }

  const [c] = await execRows<{ closed: number; on_time: number; late: number; without_due: number }>(scope.db, sql`
    SELECT count(*)::int AS closed,
      count(*) FILTER (WHERE due_at IS NOT NULL AND closed_at <= due_at)::int AS on_time,
      count(*) FILTER (WHERE due_at IS NOT NULL AND closed_at > due_at)::int AS late,
      count(*) FILTER (WHERE due_at IS NULL)::int AS without_due
    FROM applications WHERE office_id = ${scope.officeId} AND closed_at IS NOT NULL
      AND closed_at >= (${from}::date::timestamp AT TIME ZONE ${timeZone}) AND closed_at < (${to}::date::timestamp AT TIME ZONE ${timeZone})`);
  const steps = await execRows<{ step_code: string; n: number; avg: number | null; mutu: string | null; within: number; judged: number }>(scope.db, sql`
    SELECT step_code, count(*)::int AS n, avg(step_elapsed)::float8 AS avg,
      max(mutu_baku->>'amount' || ' ' || (mutu_baku->>'unit')) AS mutu,
      count(*) FILTER (WHERE within_mutu_baku)::int AS within, count(within_mutu_baku)::int AS judged
    FROM application_events WHERE office_id = ${scope.officeId} AND step_code IS NOT NULL
      AND at >= (${from}::date::timestamp AT TIME ZONE ${timeZone}) AND at < (${to}::date::timestamp AT TIME ZONE ${timeZone})
    GROUP BY step_code ORDER BY step_code`);
  const judged = (c?.on_time ?? 0) + (c?.late ?? 0);
  return {
    month, officeName, totals,
    byVillage: [...villages.values()].sort((a, b) => a.name.localeCompare(b.name)),
    byService: [...services.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
    compliance: { closed: c?.closed ?? 0, onTime: c?.on_time ?? 0, late: c?.late ?? 0, withoutDue: c?.without_due ?? 0, onTimeShare: judged ? (c?.on_time ?? 0) / judged : null },
    steps: steps.map((s) => ({ stepCode: s.step_code, count: s.n, averageElapsed: s.avg === null ? null : Math.round(s.avg * 100) / 100, mutuBaku: s.mutu, within: s.within, withinShare: s.judged ? s.within / s.judged : null })),
  };
}

export interface RegisterRow { receiptNumber: string; receivedAt: Date; applicantName: string; villageCode: string; villageName: string | null; serviceCode: string; status: string; closedAt: Date | null; priority: boolean }

const REGISTER_PAGE = 1000;
export const REGISTER_MAX = 20_000;

/** The buku agenda: every registration received in the month, in receipt order, read in pages. */
export async function registerRows(scope: OfficeScope, month: string, timeZone: string): Promise<RegisterRow[]> {
  const { from, to } = bounds(month);
  const out: RegisterRow[] = [];
  let after = '';
  while (out.length < REGISTER_MAX) {
    const rows = await execRows<{ receipt_number: string; received_at: string; applicant_name: string; village_code: string; village_name: string | null; service_code: string; status: string; closed_at: string | null; priority: boolean }>(scope.db, sql`
      SELECT a.receipt_number, a.received_at, a.applicant_name, a.village_code, r.name AS village_name, a.service_code, a.status, a.closed_at, a.priority
      FROM applications a LEFT JOIN regions r ON r.code = a.village_code
      WHERE a.office_id = ${scope.officeId} AND a.receipt_number > ${after}
        AND a.received_at >= (${from}::date::timestamp AT TIME ZONE ${timeZone}) AND a.received_at < (${to}::date::timestamp AT TIME ZONE ${timeZone})
      ORDER BY a.receipt_number LIMIT ${REGISTER_PAGE}`);
    for (const r of rows) out.push({ receiptNumber: r.receipt_number, receivedAt: new Date(r.received_at), applicantName: r.applicant_name, villageCode: r.village_code, villageName: r.village_name, serviceCode: r.service_code, status: r.status, closedAt: r.closed_at ? new Date(r.closed_at) : null, priority: r.priority });
    if (rows.length < REGISTER_PAGE) break;
    after = rows[rows.length - 1]!.receipt_number;
  }
  return out;
}
