import { eq } from 'drizzle-orm';
import type { Role } from '../../../platform/auth/roles.js';
import type { Tx } from '../../../platform/db/client.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { formatDateTimeId } from '../../letters/index.js';
import { renderMessage, templateFor, type MessageParams } from '../../notifications/messages.js';
import { queueNotification } from '../../notifications/notifier.js';
import { applicationChanged, stepRoleRequired, transitionRefused } from '../applications.errors.js';
import { compareAndSet, findApplication, membersOf, type ApplicationInsert, type ApplicationRow } from '../applications.repository.js';
import { INTAKE_ROLES, SCHEDULE_EXTRA_ROLES, STAFF_ROLES_FOR_STEP, WITHDRAW_ROLES } from '../applications.roles.js';
import { applicationEvents, applications } from '../applications.tables.js';
import { loadCase, type ApplicationServices, type CaseContext } from '../case-context.js';
import { handToBpjsBatch, ensureRegistryRecords } from '../registry-link/registry-link.js';
import { applicationDue, stepDue, stepTime } from '../time/due.js';
import { currentPlanStep, transition, type ActionType, type PerformedStep, type TransitionOk, type WorkflowAction } from '../workflow/machine.js';
import type { PlanStep } from '../workflow/plan.js';
import { isClosed, STATUS_LABELS } from '../workflow/statuses.js';

/**
 * Applies one workflow transition: the pure machine decides, this runs its answer in one transaction —
 * compare-and-set on the version (the loser of two officers acting at once gets APPLICATION_CHANGED),
 * the step's work, one event row per step done with its time against the mutu baku, the audit row, and the
 * applicant's notification in the outbox, sent after commit.
 */
export interface TransitionOptions {
  action: WorkflowAction;
  /** Decides the action and its data from the loaded case (the check's outcome depends on the checklist). */
  prepare?: (c: CaseContext) => Promise<Partial<Pick<TransitionOptions, 'action' | 'data' | 'message'>>>;
  version: number;
  note?: string | null | undefined;
  /** Recorded on the officer's event (checklist marks, decision, letter id). */
  data?: Record<string, unknown>;
  /** Validation needing the case, before the transaction (throws a DomainError). */
  before?: (c: CaseContext) => Promise<void> | void;
  /** The step's own work, inside the transaction after the compare-and-set; may patch the row. */
  within?: (tx: Tx, c: CaseContext, r: TransitionOk, at: Date) => Promise<Partial<ApplicationInsert> | void>;
  message?: Partial<MessageParams>;
  /** Work after commit that may fail without undoing the transition (rendering a PDF). */
  after?: (o: TransitionOutcome) => Promise<void>;
}

export interface TransitionOutcome {
  case: CaseContext;
  result: TransitionOk;
  row: ApplicationRow;
}

/** Staff roles that may take this action now, on the step the application waits on. */
export function rolesFor(c: Pick<CaseContext, 'row'>, step: PlanStep | null, action: ActionType): readonly Role[] {
  switch (action) {
    case 'submit':
      // The kelurahan hands its batch over, or the office's operator receives it (Palembang, seed 002).
      return ['kelurahan_operator', 'front_office'];
    case 'resubmit':
      return c.row.channel === 'kelurahan_batch' ? [...INTAKE_ROLES] : ['front_office', 'back_office'];
    case 'withdraw':
      return WITHDRAW_ROLES;
    case 'schedule_assessment':
      return step ? [...STAFF_ROLES_FOR_STEP[step.role], ...SCHEDULE_EXTRA_ROLES] : [];
    default:
      return step ? STAFF_ROLES_FOR_STEP[step.role] : [];
  }
}

/** What a status message needs to know about the case (no database access: it runs inside transactions). */
export interface MessageContext {
  serviceName: string;
  office: { name: string; timeZone: string };
}

/** Queues the applicant's message about the row's new status (inside the transaction). */
export async function queueStatusMessage(tx: Tx, services: ApplicationServices, c: MessageContext, row: ApplicationRow, extra: Partial<MessageParams> = {}): Promise<number> {
  const template = templateFor(row.status);
  const params: MessageParams = {
    receiptNumber: row.receiptNumber,
    serviceName: c.serviceName,
    officeName: c.office.name,
    trackingUrl: `${services.config.publicUrl}/lacak`,
    dueAt: row.dueAt ? formatDateTimeId(row.dueAt, c.office.timeZone) : null,
    ...extra,
  };
  const message = renderMessage(template, params, STATUS_LABELS[row.status as keyof typeof STATUS_LABELS]?.id ?? row.status);
  return queueNotification(tx, services.notifier.channel.name, { officeId: row.officeId, applicationId: row.id, recipient: row.contactPhone, template, message });
}

function eventRows(c: CaseContext, r: TransitionOk, opts: TransitionOptions, scope: OfficeScope, at: Date, version: number) {
  const list: (PerformedStep | null)[] = r.performed.length ? r.performed : [null];
  return list.map((p, ordinal) => {
    const byActor = p === null || p.by === 'actor';
    const timed = p !== null && p.by === 'actor' && !p.partial && p.code === c.row.currentStep;
    const t = timed ? stepTime(p.mutuBaku, c.service, c.row.stepStartedAt, at, c.time) : null;
    return {
      officeId: scope.officeId,
      applicationId: c.row.id,
      version,
      ordinal,
      action: opts.action.type,
      stepCode: p?.code ?? null,
      stepKind: p?.kind ?? null,
      stepRole: p?.role ?? null,
      outcome: p?.outcome ?? null,
      fromStatus: r.from.status,
      toStatus: r.to.status,
      actorUserId: byActor ? scope.actor.userId : null,
      actorLabel: byActor ? scope.actor.label : 'sistem',
      at,
      stepStartedAt: timed ? c.row.stepStartedAt : null,
      durationMs: t?.durationMs ?? null,
      mutuBaku: p?.mutuBaku ?? null,
      stepElapsed: t?.elapsed ?? null,
      withinMutuBaku: t?.within ?? null,
      note: byActor ? (opts.note ?? null) : null,
      data: byActor ? (opts.data ?? null) : null,
    };
  });
}

export async function runTransition(
  services: ApplicationServices,
  scope: OfficeScope,
  actorRoles: readonly Role[],
  applicationId: string,
  given: TransitionOptions,
): Promise<TransitionOutcome> {
  const c = await loadCase(scope, applicationId);
  if (c.row.version !== given.version) throw applicationChanged(c.row.version);
  const state = { status: c.row.status as never, currentStep: c.row.currentStep };
  const refuse = (x: { code: string; message: { id: string; en: string } }, action: WorkflowAction) =>
    transitionRefused(x.code, x.message, { status: c.row.status, currentStep: c.row.currentStep, action: action.type });
  const first = transition(c.plan, state, given.action);
  if (!first.ok) throw refuse(first, given.action);
  // Who may act is settled before the request's data is judged: a wrong role hears 403, not a 400.
  const allowed = rolesFor(c, first.step, given.action.type);
  if (!allowed.some((role) => actorRoles.includes(role))) throw stepRoleRequired(allowed, first.step?.label ?? given.action.type);
  const opts: TransitionOptions = { ...given, ...(await given.prepare?.(c)) };
  const r = opts.action === given.action ? first : transition(c.plan, state, opts.action);
  if (!r.ok) throw refuse(r, opts.action);
  await opts.before?.(c);

  const at = new Date();
  const nextStep = currentPlanStep(c.plan, r.to);
  const restart = opts.action.type === 'resubmit' || opts.action.type === 'submit';
  const stepMoved = restart || r.to.currentStep !== c.row.currentStep;
  const set: Partial<ApplicationInsert> = {
    status: r.to.status,
    currentStep: r.to.currentStep,
    currentRole: r.to.status === 'returned' ? 'citizen' : (nextStep?.role ?? null),
  };
  if (stepMoved) {
    set.stepStartedAt = at;
    set.stepDueAt = nextStep && !isClosed(r.to.status) ? stepDue(nextStep.mutuBaku, c.service, at, c.time) : null;
  }
  if (isClosed(r.to.status)) set.closedAt = at;
  if (r.to.status === 'returned') set.returnCount = c.row.returnCount + 1;
  if (restart) {
    // The promise runs from a complete file: Malinau returns incomplete files "untuk dilengkapi".
    const due = applicationDue(c.service, at, c.time);
    set.clockStartedAt = at;
    set.dueAt = due.dueAt;
    set.dueProvisional = due.provisional;
  }

  const { row, queued } = await scope.mutate(async (tx, audit) => {
    const swapped = await compareAndSet(tx, scope, c.row.id, opts.version, set);
    if (!swapped) {
      const now = await findApplication(scope, tx, c.row.id);
      throw applicationChanged(now?.version ?? null);
    }
    const patch = (await opts.within?.(tx, c, r, at)) ?? {};
    const members = r.effects.length ? await membersOf(tx, c.row.id) : [];
    const alreadyBatched = c.row.batchEntryAt !== null;
    if (r.effects.includes('batch_entry') || (r.effects.includes('completed') && c.plan.batchProduct && !alreadyBatched)) {
      await handToBpjsBatch(scope, tx, c, members);
      patch.batchEntryAt = at;
    } else if (r.effects.includes('record_registry')) {
      await ensureRegistryRecords(scope, tx, c, members);
    }
    await tx.insert(applicationEvents).values(eventRows(c, r, opts, scope, at, opts.version + 1));
    // The step's own work may have changed the row (facts, decision, family link): read it back then only.
    const touched = Object.keys(patch).length > 0 || opts.within !== undefined || r.effects.length > 0;
    if (Object.keys(patch).length) await tx.update(applications).set(patch).where(scope.own(applications, eq(applications.id, c.row.id)));
    const updated = touched ? (await findApplication(scope, tx, c.row.id))! : swapped;
    const ids: number[] = [];
    if (r.to.status !== r.from.status) ids.push(await queueStatusMessage(tx, services, { serviceName: c.service.name, office: c.office }, updated, opts.message));
    await audit({
      action: `application.${opts.action.type}`,
      entityType: 'application',
      entityId: c.row.id,
      before: { status: r.from.status, currentStep: r.from.currentStep, version: opts.version },
      after: { status: r.to.status, currentStep: r.to.currentStep, version: opts.version + 1, steps: r.performed.map((p) => p.code) },
    });
    return { row: updated, queued: ids };
  });
  await services.notifier.dispatch(queued);
  const outcome = { case: c, result: r, row };
  await opts.after?.(outcome);
  return outcome;
}
