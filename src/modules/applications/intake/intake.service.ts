import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { randomToken, sha256Hex } from '../../../platform/crypto.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { toLocalDate } from '../../calendar/index.js';
import { officeTime } from '../../calendar/calendar.service.js';
import type { NearDuplicate } from '../../registry/duplicates.service.js';
import { nextCounter } from '../../offices/offices.repository.js';
import type { Channel, Service } from '../../standards/standard-service.schema.js';
import { currentStandard, findService } from '../../standards/standards.service.js';
import { duplicateOpenApplication, inputInvalid } from '../applications.errors.js';
import type { CreateApplicationInput } from '../applications.schema.js';
import { applicationEvents, applicationMembers, applicationRequirements, applications, kelurahanBatches } from '../applications.tables.js';
import { openApplicationsFor, type ApplicationRow } from '../applications.repository.js';
import { cachedOffice, type ApplicationServices, type OfficeRow } from '../case-context.js';
import { buildChecklist } from '../checklist/checklist.js';
import { applicationDue, stepDue, stepTime } from '../time/due.js';
import { queueStatusMessage } from '../transitions/transition.service.js';
import { initialState, currentPlanStep } from '../workflow/machine.js';
import { planFor, type PlanStep } from '../workflow/plan.js';
import { isPriority } from '../workflow/service-kinds.js';
import { checkIntake } from './intake-validate.js';

/**
 * Intake on every channel. The receipt number is allocated inside the transaction from the office's
 * counter for the year (in the office's own time zone), so numbers are unique and without gaps:
 * `${receiptPrefix}-${year}-${seq:6}`, e.g. PSR-2026-000123.
 */
export type IntakeInput = Omit<CreateApplicationInput, 'channel'> & { channel: Channel };

export interface IntakeResult {
  row: ApplicationRow;
  warnings: NearDuplicate[];
  /** Web intake only: the one-time link secret to the proof of registration. */
  proofToken: string | null;
}

export const PROOF_LINK_HOURS = 24;

export function formatReceiptNumber(prefix: string, year: string, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

async function openBatchFor(tx: Tx, scope: OfficeScope, villageCode: string, requested: string | undefined): Promise<string> {
  if (requested) {
    const rows = await tx.select().from(kelurahanBatches).where(scope.own(kelurahanBatches, eq(kelurahanBatches.id, requested))).limit(1);
    const batch = rows[0];
    if (!batch || batch.status !== 'open' || batch.villageCode !== villageCode || !scope.mayActForVillage(batch.villageCode)) {
      throw inputInvalid('KELURAHAN_BATCH_INVALID', { id: 'Kumpulan usulan tidak ada, sudah diserahkan, atau untuk kelurahan lain.', en: 'The proposal batch does not exist, was already submitted, or is for another village.' }, 'kelurahanBatchId');
    }
    return batch.id;
  }
  const open = await tx
    .select({ id: kelurahanBatches.id })
    .from(kelurahanBatches)
    .where(scope.own(kelurahanBatches, and(eq(kelurahanBatches.villageCode, villageCode), eq(kelurahanBatches.status, 'open'))))
    .limit(1);
  if (open[0]) return open[0].id;
  const created = await tx.insert(kelurahanBatches).values({ officeId: scope.officeId, villageCode, createdBy: scope.actor.userId }).returning({ id: kelurahanBatches.id });
  return created[0]!.id;
}

function intakeEvents(scope: OfficeScope, row: ApplicationRow, intake: PlanStep[], autos: { code: string; kind: string; role: string; mutuBaku: unknown }[], service: Service, time: Awaited<ReturnType<typeof officeTime>>, startedAt: Date | null) {
  const at = row.receivedAt;
  const rows: (typeof applicationEvents.$inferInsert)[] = [];
  intake.forEach((step) => {
    const byOffice = step.role !== 'citizen';
    const t = byOffice && startedAt ? stepTime(step.mutuBaku, service, startedAt, at, time) : null;
    rows.push({
      officeId: scope.officeId, applicationId: row.id, version: 1, ordinal: rows.length, action: 'intake',
      stepCode: step.code, stepKind: step.kind, stepRole: step.role, outcome: 'done', fromStatus: null, toStatus: row.status,
      actorUserId: byOffice ? scope.actor.userId : null, actorLabel: byOffice ? scope.actor.label : 'pemohon', at,
      stepStartedAt: t ? startedAt : null, durationMs: t?.durationMs ?? null, mutuBaku: step.mutuBaku,
      stepElapsed: t?.elapsed ?? null, withinMutuBaku: t?.within ?? null,
    });
  });
  for (const a of autos) {
    rows.push({
      officeId: scope.officeId, applicationId: row.id, version: 1, ordinal: rows.length, action: 'intake', stepCode: a.code,
      stepKind: a.kind, stepRole: a.role, outcome: 'done', fromStatus: null, toStatus: row.status, actorLabel: 'sistem', at,
    });
  }
  if (rows.length === 0) {
    rows.push({ officeId: scope.officeId, applicationId: row.id, version: 1, ordinal: 0, action: 'intake', fromStatus: null, toStatus: row.status, actorUserId: scope.actor.userId, actorLabel: scope.actor.label, at });
  }
  return rows;
}

export async function createApplication(services: ApplicationServices, scope: OfficeScope, input: IntakeInput, office?: OfficeRow): Promise<IntakeResult> {
  const theOffice = office ?? (await cachedOffice(scope.database, scope.officeId));
  const current = await currentStandard(scope.db, theOffice);
  const service = findService(current.standard, input.serviceCode);
  const checked = await checkIntake(scope, service, { ...input });
  const variantCode = checked.variantCode;
  const plan = planFor(service, input.channel, variantCode);
  const init = initialState(plan);
  const checklist = buildChecklist(service, variantCode, input.facts);
  const time = await officeTime(scope.db, scope.officeId, current);
  const now = new Date();
  const draft = init.state.status === 'draft';
  const due = draft ? { dueAt: null, provisional: false, limit: null } : applicationDue(service, now, time);
  const step = currentPlanStep(plan, init.state);
  const applicant = input.members[input.applicantIndex]!;
  const family = { ...input.family, villageCode: checked.domicile.villageCode };
  const proofToken = input.channel === 'web' ? randomToken(32) : null;
  const year = toLocalDate(now, theOffice.timeZone as never).slice(0, 4);
  const intakeStartedAt = input.intakeStartedAt ? new Date(input.intakeStartedAt) : null;

  const { row, queued } = await scope.mutate(async (tx, audit) => {
    // Two counters taking in the same person at once: the open-application rule is checked again under a
    // lock per NIK (sorted, so two multi-person applications cannot deadlock).
    for (const nik of input.members.map((m) => m.nik).sort()) {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(7262300, hashtext(${`${scope.officeId}:${nik}`}))`);
    }
    const open = await openApplicationsFor(scope, tx, service.code, input.members.map((m) => m.nik));
    if (open[0]) throw duplicateOpenApplication(open[0].id, open[0].receiptNumber);
    const kelurahanBatchId = input.channel === 'kelurahan_batch' ? await openBatchFor(tx, scope, family.villageCode, input.kelurahanBatchId) : null;
    const inserted = await tx.insert(applications).values({
      officeId: scope.officeId,
      // Numbered at the end of the transaction: the office's counter row stays locked only until commit.
      receiptNumber: `pending-${randomUUID()}`,
      standardId: current.id,
      serviceCode: service.code,
      variantCode,
      channel: input.channel,
      status: init.state.status,
      currentStep: init.state.currentStep,
      currentRole: draft ? 'kelurahan_operator' : (step?.role ?? null),
      stepStartedAt: now,
      stepDueAt: step ? stepDue(step.mutuBaku, service, now, time) : null,
      receivedAt: now,
      clockStartedAt: now,
      dueAt: due.dueAt,
      dueProvisional: due.provisional,
      completionTime: due.limit,
      priority: isPriority(service, variantCode, input.facts),
      facts: input.facts,
      family,
      details: input.details,
      representative: input.representative ?? null,
      villageCode: family.villageCode,
      applicantBirthDate: applicant.birthDate,
      applicantName: applicant.name,
      contactPhone: input.representative?.phone ?? applicant.phone ?? null,
      kelurahanBatchId,
      proofTokenHash: proofToken ? sha256Hex(proofToken) : null,
      proofTokenExpiresAt: proofToken ? new Date(now.getTime() + PROOF_LINK_HOURS * 3_600_000) : null,
      createdBy: scope.actor.userId,
      closedAt: init.state.status === 'completed' ? now : null,
    }).returning();
    const pending = inserted[0]!;
    await tx.insert(applicationMembers).values(input.members.map((m, i) => ({
      officeId: scope.officeId, applicationId: pending.id, position: i, isApplicant: i === input.applicantIndex, nik: m.nik, name: m.name,
      birthPlace: m.birthPlace ?? null, birthDate: m.birthDate, sex: m.sex, relation: m.relation, maritalStatus: m.maritalStatus ?? null, phone: m.phone ?? null,
    })));
    if (checklist.length) {
      await tx.insert(applicationRequirements).values(checklist.map((item, i) => ({
        officeId: scope.officeId, applicationId: pending.id, position: i, code: item.code, label: item.label, kind: item.kind,
        required: item.required, materai: item.materai, alternatives: item.alternatives,
      })));
    }
    const autos = init.performed.map((p) => ({ code: p.code, kind: p.kind, role: p.role, mutuBaku: p.mutuBaku }));
    await tx.insert(applicationEvents).values(intakeEvents(scope, pending, draft ? [] : plan.intake, autos, service, time, intakeStartedAt));
    const seq = await nextCounter(tx, scope.officeId, `receipt:${year}`);
    const numbered = await tx.update(applications).set({ receiptNumber: formatReceiptNumber(theOffice.receiptPrefix, year, seq) }).where(eq(applications.id, pending.id)).returning();
    const app = numbered[0]!;
    const ids: number[] = [];
    if (!draft) ids.push(await queueStatusMessage(tx, services, { serviceName: service.name, office: theOffice }, app));
    await audit({
      action: 'application.created',
      entityType: 'application',
      entityId: app.id,
      after: { receiptNumber: app.receiptNumber, serviceCode: service.code, variantCode, channel: input.channel, status: app.status, members: input.members.length },
    });
    return { row: app, queued: ids };
  });
  await services.notifier.dispatch(queued);
  return { row, warnings: checked.warnings, proofToken };
}
