import { and, desc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.js';
import type { Executor } from '../../../platform/db/client.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { formatDateTimeId } from '../../letters/index.js';
import { users } from '../../staff/staff.tables.js';
import { applications } from '../applications.tables.js';
import type { ApplicationServices } from '../case-context.js';
import { runTransition } from '../transitions/transition.service.js';
import { BPS_FORM, formProblems, scoreAssessment, type AssessmentAnswer, type AssessmentCriterion, type AssessmentForm } from './assessment-form.js';
import { assessmentForms, assessments } from './assessment.tables.js';

export type AssessmentRow = typeof assessments.$inferSelect;

/** The office's latest form, or the BPS default. */
export async function currentForm(db: Executor, officeId: number): Promise<AssessmentForm> {
  const rows = await db.select().from(assessmentForms).where(eq(assessmentForms.officeId, officeId)).orderBy(desc(assessmentForms.version)).limit(1);
  const f = rows[0];
  return f ? { name: f.name, version: f.version, criteria: f.criteria, threshold: f.threshold } : BPS_FORM;
}

/** A new version of the office's form; assessments already recorded keep the form they used. */
export async function publishForm(scope: OfficeScope, body: { name: string; criteria: AssessmentCriterion[]; threshold: number }): Promise<AssessmentForm> {
  const problems = formProblems(body.criteria, body.threshold);
  if (problems.length) throw invalid('ASSESSMENT_FORM_INVALID', { id: 'Formulir asesmen tidak valid.', en: 'The assessment form is invalid.' }, problems);
  return scope.mutate(async (tx, audit) => {
    const next = await tx.select({ v: sql<number>`coalesce(max(${assessmentForms.version}), 0) + 1` }).from(assessmentForms).where(eq(assessmentForms.officeId, scope.officeId));
    const version = Number(next[0]!.v);
    await tx.insert(assessmentForms).values({ officeId: scope.officeId, version, name: body.name, criteria: body.criteria, threshold: body.threshold, createdBy: scope.actor.userId });
    await audit({ action: 'assessment_form.published', entityType: 'assessment_form', entityId: version, after: { name: body.name, criteria: body.criteria.length, threshold: body.threshold } });
    return { name: body.name, version, criteria: body.criteria, threshold: body.threshold };
  });
}

export async function latestAssessment(db: Executor, applicationId: string): Promise<AssessmentRow | null> {
  const rows = await db.select().from(assessments).where(eq(assessments.applicationId, applicationId)).orderBy(desc(assessments.createdAt)).limit(1);
  return rows[0] ?? null;
}

const assessorInvalid = () =>
  new DomainError('ASSESSOR_INVALID', 400, {
    id: 'Petugas asesmen harus akun aktif kantor ini dengan peran petugas asesmen lapangan.',
    en: 'The assessor must be an active account of this office with the field assessor role.',
  }, [{ field: 'assessorUserId', code: 'ASSESSOR_INVALID' }]);

/** Tarakan (seed 003): "Pemohon menunggu jadwal petugas lapangan untuk assessment". */
export async function scheduleAssessment(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  body: { version: number; scheduledAt: string; assessorUserId: string; note?: string | undefined },
) {
  const scheduledAt = new Date(body.scheduledAt);
  return runTransition(services, scope, roles, id, {
    action: { type: 'schedule_assessment' },
    version: body.version,
    note: body.note ?? null,
    data: { scheduledAt: scheduledAt.toISOString(), assessorUserId: body.assessorUserId },
    prepare: async (c) => {
      const rows = await scope.db.select({ roles: users.roles, disabledAt: users.disabledAt }).from(users)
        .where(and(eq(users.officeId, scope.officeId), eq(users.id, body.assessorUserId))).limit(1);
      const u = rows[0];
      if (!u || u.disabledAt || !u.roles.includes('field_assessor')) throw assessorInvalid();
      return { message: { scheduledAt: formatDateTimeId(scheduledAt, c.office.timeZone) } };
    },
    within: async (tx, c) => {
      const form = await currentForm(tx, scope.officeId);
      await tx.insert(assessments).values({
        officeId: scope.officeId, applicationId: c.row.id, status: 'scheduled', scheduledAt, assessorUserId: body.assessorUserId,
        scheduledBy: scope.actor.userId, formName: form.name, formVersion: form.version, criteria: form.criteria, threshold: form.threshold,
      });
    },
  });
}

/** The visit's answers: score = criteria that hold; "eligible" recommended at the threshold (BPS: 9 of 14). */
export async function recordAssessment(
  services: ApplicationServices,
  scope: OfficeScope,
  roles: readonly Role[],
  id: string,
  body: { version: number; answers: AssessmentAnswer[]; notes?: string | undefined; visitedAt?: string | undefined },
) {
  let assessmentId = '';
  let result: ReturnType<typeof scoreAssessment> | null = null;
  return runTransition(services, scope, roles, id, {
    action: { type: 'record_assessment' },
    version: body.version,
    note: body.notes ?? null,
    prepare: async (c) => {
      const a = await latestAssessment(scope.db, c.row.id);
      if (!a || a.status !== 'scheduled') throw invalid('ASSESSMENT_NOT_SCHEDULED', { id: 'Belum ada jadwal asesmen.', en: 'No assessment is scheduled.' });
      result = scoreAssessment({ criteria: a.criteria, threshold: a.threshold }, body.answers);
      if (result.problems.length) throw invalid('ASSESSMENT_ANSWERS_INVALID', { id: 'Jawaban asesmen belum lengkap atau tidak sesuai formulir.', en: 'The assessment answers are incomplete or do not match the form.' }, result.problems);
      assessmentId = a.id;
      return { data: { assessmentId: a.id, score: result.score, threshold: a.threshold, recommendation: result.recommendation } };
    },
    within: async (tx, _c, _r, at) => {
      await tx.update(assessments).set({
        status: 'recorded', answers: body.answers, score: result!.score, recommendation: result!.recommendation, notes: body.notes ?? null,
        visitedAt: body.visitedAt ? new Date(body.visitedAt) : at, recordedBy: scope.actor.userId, recordedAt: at,
      }).where(and(eq(assessments.id, assessmentId), eq(assessments.officeId, scope.officeId)));
    },
  });
}

export interface DecisionInput {
  version: number;
  eligible: boolean;
  reason?: string | undefined;
  committee?: { name: string; title?: string | undefined }[] | undefined;
}

/**
 * The leadership's decision (Tarakan: "Pimpinan melakukan pembahasan bersama tim"). A committee step
 * records who sat on it; a refusal states its reason, which the applicant is told.
 */
export async function decideApplication(services: ApplicationServices, scope: OfficeScope, roles: readonly Role[], id: string, body: DecisionInput) {
  return runTransition(services, scope, roles, id, {
    action: { type: 'decide', eligible: body.eligible },
    version: body.version,
    note: body.reason ?? null,
    prepare: async (c) => {
      const step = c.plan.steps.find((s) => s.code === c.row.currentStep);
      if (step?.role === 'committee' && !(body.committee?.length)) {
        throw invalid('COMMITTEE_REQUIRED', { id: 'Keputusan tim: sebutkan anggota tim yang ikut membahas.', en: 'A committee decision lists the members who took part.' }, [{ field: 'committee', code: 'COMMITTEE_REQUIRED' }]);
      }
      if (!body.eligible && !body.reason?.trim()) {
        throw invalid('DECISION_REASON_REQUIRED', { id: 'Keputusan tidak layak wajib disertai alasan.', en: 'A not-eligible decision needs a reason.' }, [{ field: 'reason', code: 'DECISION_REASON_REQUIRED' }]);
      }
      const a = await latestAssessment(scope.db, c.row.id);
      return {
        data: { eligible: body.eligible, reason: body.reason ?? null, committee: body.committee ?? [], assessment: a?.score != null ? { score: a.score, recommendation: a.recommendation } : null },
        message: { reason: body.reason ?? null },
      };
    },
    within: async (tx, c, _r, at) => {
      const a = await latestAssessment(tx, c.row.id);
      const decision = {
        eligible: body.eligible,
        reason: body.reason ?? null,
        committee: body.committee ?? [],
        decidedBy: { userId: scope.actor.userId, label: scope.actor.label },
        at: at.toISOString(),
        assessment: a?.score != null ? { score: a.score, threshold: a.threshold, recommendation: a.recommendation } : null,
      };
      await tx.update(applications).set({ decision }).where(scope.own(applications, eq(applications.id, c.row.id)));
    },
  });
}
