import { asc, desc, eq, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../platform/auth/roles.js';
import { invalid, type Lang } from '../../platform/errors.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { documentsOfApplication } from '../documents/documents.service.js';
import type { ApplicationDetail } from './applications.detail-schema.js';
import { eventsOf, membersOf, requirementsOf, villageCondition } from './applications.repository.js';
import { STAFF_ROLES_FOR_STEP } from './applications.roles.js';
import type { ListQuery } from './applications.schema.js';
import { applications } from './applications.tables.js';
import { eventView, summaryOf } from './applications.views.js';
import { loadCase, type ApplicationServices } from './case-context.js';
import { attachmentCounts } from './checklist/checklist.service.js';
import { latestAssessment } from './assessment/assessment.service.js';
import { lettersOf } from './letters/application-letters.service.js';
import { letterOfficeFrom, signerChain } from './letters/letter-office.js';
import { expectedAction } from './workflow/machine.js';
import type { PlanStep } from './workflow/plan.js';
import { CLOSED_STATUSES } from './workflow/statuses.js';
import { rolesFor } from './transitions/transition.service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const badCursor = () => invalid('CURSOR_INVALID', { id: 'Penanda halaman (cursor) tidak valid.', en: 'Invalid page cursor.' }, [{ field: 'cursor', code: 'CURSOR_INVALID' }]);

function decode<T extends unknown[]>(cursor: string, check: (v: unknown[]) => boolean): T {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && check(v)) return v as T;
  } catch {
    // fall through
  }
  throw badCursor();
}
const encode = (v: unknown[]) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
const UUID = /^[0-9a-f-]{36}$/;

/** The full file of one application for the officer working on it; its NIKs make the read audited. */
export async function getApplicationDetail(services: ApplicationServices, scope: OfficeScope, id: string, lang: Lang): Promise<ApplicationDetail> {
  const c = await loadCase(scope, id);
  const db = scope.db;
  const [members, requirements, events, docs, assessment, letterRows, counts] = await Promise.all([
    membersOf(db, id), requirementsOf(db, id), eventsOf(db, id), documentsOfApplication(scope, id), latestAssessment(db, id), lettersOf(db, id),
    attachmentCounts(db, scope.officeId, id),
  ]);
  await scope.audit({ action: 'application.viewed', entityType: 'application', entityId: id });
  const summary = await summaryOf(services.database, c.row, lang);
  const done = new Set(events.filter((e) => e.stepCode && e.outcome !== 'scheduled' && e.outcome !== 'initialled' && e.outcome !== 'incomplete').map((e) => e.stepCode!));
  const stepView = (s: PlanStep) => ({
    code: s.code, label: s.label, kind: s.kind, role: s.role, branch: s.branch, implied: s.implied, auto: s.auto, mutuBaku: s.mutuBaku,
    state: (s.code === c.row.currentStep && !CLOSED_STATUSES.includes(summary.status) ? 'current' : done.has(s.code) ? 'done' : 'pending') as 'done' | 'current' | 'pending',
  });
  const next = expectedAction(c.plan, { status: summary.status, currentStep: c.row.currentStep });
  const step = c.plan.steps.find((s) => s.code === c.row.currentStep) ?? null;
  const nextRoles = next ? rolesFor(c, step, next) : [];
  const office = letterOfficeFrom(c.standard.standard, c.office);
  return {
    ...summary,
    standard: { id: c.standard.id, version: c.standard.version },
    facts: c.row.facts,
    family: c.row.family,
    familyId: c.row.familyId,
    details: c.row.details as Record<string, unknown>,
    representative: c.row.representative ?? null,
    members: members.map((m) => ({ nik: m.nik, name: m.name, birthPlace: m.birthPlace, birthDate: m.birthDate, sex: m.sex, relation: m.relation, isApplicant: m.isApplicant, personId: m.personId })),
    checklist: requirements.map((r) => ({
      code: r.code, label: r.label, kind: r.kind, required: r.required, materai: r.materai, alternatives: r.alternatives ?? null, state: r.state,
      reason: r.reason, alternativeUsed: r.alternativeUsed, checkedAt: iso(r.checkedAt), documents: counts.get(r.code) ?? 0,
    })),
    missing: requirements.filter((r) => r.required && (r.state === 'missing' || r.state === 'invalid')).map((r) => ({ code: r.code, label: r.label, state: r.state, reason: r.reason })),
    plan: { intake: c.plan.intake.map((s) => ({ ...stepView(s), state: 'done' as const })), steps: c.plan.steps.map(stepView), followUp: c.plan.followUp.map((s) => ({ ...stepView(s), state: 'pending' as const })) },
    nextAction: next ? { action: next, stepCode: c.row.currentStep, roles: [...nextRoles] } : null,
    completionTime: { text: c.service.completionTime?.text ?? null, limit: c.row.completionTime ?? null },
    decision: c.row.decision ?? null,
    assessment: assessment
      ? {
        id: assessment.id, status: assessment.status, scheduledAt: assessment.scheduledAt.toISOString(), assessorUserId: assessment.assessorUserId,
        formName: assessment.formName, criteria: assessment.criteria.map((x) => ({ code: x.code, label: x.label })), threshold: assessment.threshold,
        answers: assessment.answers ?? null, score: assessment.score, recommendation: assessment.recommendation, notes: assessment.notes, recordedAt: iso(assessment.recordedAt),
      }
      : null,
    letters: letterRows.map((l) => {
      const product = c.service.products.find((p) => p.code === l.productCode);
      const chain = product ? signerChain(product, office) : [];
      const nextApproval = l.status === 'signed' ? null : (chain[l.approvals.length] ?? null);
      return {
        id: l.id, productCode: l.productCode, kind: l.kind, number: l.number, status: l.status,
        approvals: l.approvals.map((a) => ({ action: a.action, roleTitle: a.roleTitle, name: a.name, at: a.at })),
        nextApproval: nextApproval ? { action: nextApproval.action, roleTitle: nextApproval.roleTitle } : null,
        issuedAt: iso(l.issuedAt),
      };
    }),
    documents: docs.map(({ applicationId: _a, ...d }) => d),
    events: events.map(eventView),
    returnCount: c.row.returnCount,
    closedAt: iso(c.row.closedAt),
  };
}

function filters(scope: OfficeScope, q: Pick<ListQuery, 'status' | 'role' | 'serviceCode' | 'channel' | 'kelurahanBatchId' | 'overdue' | 'open'>): (SQL | undefined)[] {
  const now = new Date();
  const overdue = or(lt(applications.dueAt, now), lt(applications.stepDueAt, now));
  return [
    villageCondition(scope),
    q.status ? eq(applications.status, q.status) : undefined,
    q.serviceCode ? eq(applications.serviceCode, q.serviceCode) : undefined,
    q.channel ? eq(applications.channel, q.channel) : undefined,
    q.kelurahanBatchId ? eq(applications.kelurahanBatchId, q.kelurahanBatchId) : undefined,
    q.role ? (q.role === 'approver' ? inArray(applications.currentRole, ['approver', 'committee']) : eq(applications.currentRole, q.role)) : undefined,
    q.open === 'true' || q.overdue === 'true' ? isNull(applications.closedAt) : q.open === 'false' ? sql`${applications.closedAt} IS NOT NULL` : undefined,
    q.overdue === 'true' ? overdue : q.overdue === 'false' ? sql`NOT COALESCE(${overdue}, false)` : undefined,
  ];
}

/** Newest first, keyset-paged (a page costs the same at page 1 and page 500). */
export async function listApplications(services: ApplicationServices, scope: OfficeScope, q: ListQuery, lang: Lang) {
  const after = q.cursor ? decode<[string, string]>(q.cursor, (v) => typeof v[0] === 'string' && typeof v[1] === 'string' && UUID.test(v[1])) : null;
  const keyset = after ? sql`(${applications.createdAt}, ${applications.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined;
  const rows = await scope.db.select().from(applications)
    .where(scope.own(applications, ...filters(scope, q), keyset))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await Promise.all(page.map((r) => summaryOf(services.database, r, lang))),
    nextCursor: rows.length > q.limit && last ? encode([last.createdAt.toISOString(), last.id]) : null,
  };
}

/**
 * A role's worklist: open applications waiting on a step of that role, emergencies first, then the
 * earliest due (no due time last), each flagged overdue / due soon.
 */
export async function worklist(services: ApplicationServices, scope: OfficeScope, role: Role, q: { limit: number; cursor?: string | undefined }, lang: Lang) {
  const stepRoles = (Object.entries(STAFF_ROLES_FOR_STEP) as [string, readonly Role[]][]).filter(([, staff]) => staff.includes(role)).map(([step]) => step);
  const after = q.cursor ? decode<[boolean, string | null, string]>(q.cursor, (v) => typeof v[0] === 'boolean' && (v[1] === null || typeof v[1] === 'string') && typeof v[2] === 'string' && UUID.test(v[2])) : null;
  const dueKey = sql`COALESCE(${applications.dueAt}, 'infinity'::timestamptz)`;
  const keyset = after
    ? sql`(NOT ${applications.priority}, ${dueKey}, ${applications.id}) > (${!after[0]}, COALESCE(${after[1]}::timestamptz, 'infinity'::timestamptz), ${after[2]}::uuid)`
    : undefined;
  const rows = await scope.db.select().from(applications)
    .where(scope.own(applications, villageCondition(scope), inArray(applications.currentRole, stepRoles.length ? stepRoles : ['-']), isNull(applications.closedAt), notInArray(applications.status, [...CLOSED_STATUSES]), keyset))
    .orderBy(desc(applications.priority), asc(dueKey), asc(applications.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await Promise.all(page.map((r) => summaryOf(services.database, r, lang))),
    nextCursor: rows.length > q.limit && last ? encode([last.priority, last.dueAt?.toISOString() ?? null, last.id]) : null,
  };
}

