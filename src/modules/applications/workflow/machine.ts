import type { Message } from '../../../platform/errors.js';
import type { StepKind, StepRole } from '../../standards/standard-service.schema.js';
import type { PlanStep, WorkflowPlan } from './plan.js';
import { isClosed, type ApplicationStatus } from './statuses.js';

/**
 * The application workflow as a pure state machine over a plan derived from the office's standard
 * (plan.ts). It answers one question: given where the application stands and what an officer wants to do,
 * what is the new state, which steps did that complete, and what must happen as a consequence. It reads
 * no database and no clock; the transition service (transitions/) applies the answer in one transaction.
 */

export interface WorkflowState {
  status: ApplicationStatus;
  /** The step the application waits on; null in draft and once closed. */
  currentStep: string | null;
}

export type WorkflowAction =
  | { type: 'submit' }
  | { type: 'check'; complete: boolean }
  | { type: 'resubmit' }
  | { type: 'schedule_assessment' }
  | { type: 'record_assessment' }
  | { type: 'decide'; eligible: boolean }
  | { type: 'draft_letter' }
  | { type: 'approve_letter'; final: boolean }
  | { type: 'complete_step'; stepCode: string }
  | { type: 'withdraw' };

export type ActionType = WorkflowAction['type'];

export interface PerformedStep {
  code: string;
  kind: StepKind;
  role: StepRole;
  label: string;
  mutuBaku: PlanStep['mutuBaku'];
  by: 'actor' | 'system';
  /** complete, incomplete, eligible, not_eligible, scheduled, initialled, signed, … */
  outcome: string;
  /** The step is not finished by this (scheduling a visit, initialling before the signature). */
  partial: boolean;
}

/**
 * What the service must do besides saving the state: put the persons in the registry (an entry step),
 * hand them to the BPJS batch (a batch step by the office), or close the file.
 */
export type Effect = 'record_registry' | 'batch_entry' | 'completed' | 'archived' | 'withdrawn';

export interface TransitionOk {
  ok: true;
  from: WorkflowState;
  to: WorkflowState;
  /** The step the actor acted on (null for submit/resubmit/withdraw). */
  step: PlanStep | null;
  performed: PerformedStep[];
  effects: Effect[];
}

export interface TransitionRefused {
  ok: false;
  code: 'INVALID_TRANSITION' | 'APPLICATION_CLOSED';
  message: Message;
}

export type TransitionResult = TransitionOk | TransitionRefused;

/** The action each kind of step waits for; `complete_step` serves the kinds with no data of their own. */
const ACTION_FOR_KIND: Record<StepKind, ActionType> = {
  intake: 'complete_step',
  check: 'check',
  entry: 'complete_step',
  assessment: 'record_assessment',
  decision: 'decide',
  letter: 'draft_letter',
  sign: 'approve_letter',
  batch: 'complete_step',
  handover: 'complete_step',
  report: 'complete_step',
  external: 'complete_step',
  notify: 'complete_step',
  archive: 'complete_step',
};

export const ACTION_LABELS: Record<ActionType, Message> = {
  submit: { id: 'menyerahkan usulan ke dinas', en: 'submit to the office' },
  check: { id: 'memeriksa kelengkapan berkas', en: 'check the file' },
  resubmit: { id: 'menyerahkan kembali berkas yang sudah dilengkapi', en: 'resubmit the completed file' },
  schedule_assessment: { id: 'menjadwalkan asesmen lapangan', en: 'schedule the field assessment' },
  record_assessment: { id: 'mencatat hasil asesmen lapangan', en: 'record the field assessment' },
  decide: { id: 'memutuskan kelayakan', en: 'decide eligibility' },
  draft_letter: { id: 'membuat surat', en: 'draft the letter' },
  approve_letter: { id: 'memaraf/menandatangani surat', en: 'initial/sign the letter' },
  complete_step: { id: 'menyelesaikan langkah', en: 'complete the step' },
  withdraw: { id: 'membatalkan permohonan', en: 'withdraw the application' },
};

/** Statuses from which an application may still be withdrawn: nothing has left the office yet. */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'checked', 'forwarded', 'recorded', 'assessment_scheduled', 'assessed'];

const refuse = (id: string, en: string): TransitionRefused => ({ ok: false, code: 'INVALID_TRANSITION', message: { id, en } });

/** Status after an officer completes a step of this kind. */
function statusAfter(step: PlanStep, outcome: string): ApplicationStatus | null {
  switch (step.kind) {
    case 'check':
      return outcome === 'complete' ? 'checked' : 'returned';
    case 'entry':
      return 'recorded';
    case 'assessment':
      return 'assessed';
    case 'decision':
      return outcome === 'eligible' ? 'decided_eligible' : 'decided_not_eligible';
    case 'letter':
      return 'letter_drafted';
    case 'sign':
      return 'letter_signed';
    case 'batch':
      // A kelurahan's batch hands proposals to the office; an office's batch hands members to BPJS.
      return step.role === 'kelurahan_operator' ? 'submitted' : 'handed_to_bpjs';
    case 'archive':
      return 'archived';
    case 'handover':
    case 'external':
      return 'forwarded';
    default:
      return null;
  }
}

function performed(step: PlanStep, by: 'actor' | 'system', outcome: string, partial = false): PerformedStep {
  return { code: step.code, kind: step.kind, role: step.role, label: step.label, mutuBaku: step.mutuBaku, by, outcome, partial };
}

interface Walk {
  state: WorkflowState;
  performed: PerformedStep[];
  effects: Effect[];
}

/**
 * Moves forward from `from` (an index into plan.steps) on the main path: negative-branch steps are
 * skipped, automatic steps are done by the system, and the first step needing an officer becomes current.
 * Past the last step the application is completed.
 */
function enterMain(plan: WorkflowPlan, from: number, status: ApplicationStatus): Walk {
  const done: PerformedStep[] = [];
  for (let i = from; i < plan.steps.length; i++) {
    const step = plan.steps[i]!;
    if (step.branch === 'negative') continue;
    if (step.auto) {
      done.push(performed(step, 'system', 'done'));
      continue;
    }
    return { state: { status, currentStep: step.code }, performed: done, effects: [] };
  }
  return { state: { status: 'completed', currentStep: null }, performed: done, effects: ['completed'] };
}

/** Moves through the negative branch of `gate` after `from`; its end archives the file (Tarakan). */
function enterNegative(plan: WorkflowPlan, gate: string, from: number, status: ApplicationStatus): Walk {
  const done: PerformedStep[] = [];
  for (let i = from; i < plan.steps.length; i++) {
    const step = plan.steps[i]!;
    if (step.branch !== 'negative' || step.gate !== gate) continue;
    if (step.auto) {
      done.push(performed(step, 'system', 'done'));
      continue;
    }
    return { state: { status, currentStep: step.code }, performed: done, effects: [] };
  }
  return { state: { status: 'archived', currentStep: null }, performed: done, effects: ['archived'] };
}

export function initialState(plan: WorkflowPlan): { state: WorkflowState; performed: PerformedStep[]; effects: Effect[] } {
  if (plan.channel === 'kelurahan_batch') return { state: { status: 'draft', currentStep: null }, performed: [], effects: [] };
  return enterMain(plan, 0, 'submitted');
}

export function currentPlanStep(plan: WorkflowPlan, state: WorkflowState): PlanStep | null {
  return state.currentStep === null ? null : (plan.steps.find((s) => s.code === state.currentStep) ?? null);
}

/** The action the application waits for now (null when closed). */
export function expectedAction(plan: WorkflowPlan, state: WorkflowState): ActionType | null {
  if (isClosed(state.status)) return null;
  if (state.status === 'draft') return 'submit';
  if (state.status === 'returned') return 'resubmit';
  const step = currentPlanStep(plan, state);
  if (!step) return null;
  if (step.kind === 'assessment' && state.status !== 'assessment_scheduled') return 'schedule_assessment';
  return ACTION_FOR_KIND[step.kind];
}

function ok(from: WorkflowState, step: PlanStep | null, walk: Walk, first: PerformedStep[] = [], effects: Effect[] = []): TransitionOk {
  return { ok: true, from, to: walk.state, step, performed: [...first, ...walk.performed], effects: [...effects, ...walk.effects] };
}

export function transition(plan: WorkflowPlan, state: WorkflowState, action: WorkflowAction): TransitionResult {
  if (isClosed(state.status)) {
    return { ok: false, code: 'APPLICATION_CLOSED', message: { id: 'Permohonan sudah ditutup.', en: 'The application is closed.' } };
  }
  if (action.type === 'withdraw') {
    if (!WITHDRAWABLE.includes(state.status)) {
      return refuse('Permohonan yang sudah diteruskan ke BPJS atau suratnya sudah ditandatangani tidak dapat dibatalkan.', 'An application already handed to BPJS or with a signed letter cannot be withdrawn.');
    }
    return { ok: true, from: state, to: { status: 'withdrawn', currentStep: null }, step: null, performed: [], effects: ['withdrawn'] };
  }

  const expected = expectedAction(plan, state);
  if (expected !== action.type) {
    const want = expected ? ACTION_LABELS[expected] : { id: '-', en: '-' };
    const step = currentPlanStep(plan, state);
    const where = step ? ` (${step.label})` : '';
    return refuse(
      `Tidak dapat ${ACTION_LABELS[action.type].id} sekarang: permohonan berstatus "${state.status}" dan menunggu ${want.id}${where}.`,
      `Cannot ${ACTION_LABELS[action.type].en} now: the application is "${state.status}" and waits to ${want.en}${where}.`,
    );
  }

  if (action.type === 'submit') {
    // The kelurahan's own steps (entering the proposal, handing the batch over) are done by the submission.
    const intake = plan.intake.map((s) => performed(s, s.role === 'citizen' ? 'system' : 'actor', 'done'));
    return ok(state, null, enterMain(plan, 0, 'submitted'), intake);
  }
  if (action.type === 'resubmit') {
    return { ok: true, from: state, to: { status: 'submitted', currentStep: state.currentStep }, step: null, performed: [], effects: [] };
  }

  const step = currentPlanStep(plan, state)!;
  const index = plan.steps.indexOf(step);
  const negative = step.branch === 'negative';

  switch (action.type) {
    case 'check': {
      if (action.complete) return ok(state, step, enterMain(plan, index + 1, 'checked'), [performed(step, 'actor', 'complete')]);
      // Incomplete: the negative branch of the check (Malinau "Hubungi pemohon") runs, then the file waits
      // with the applicant; the same check step is done again on resubmission.
      const notices = plan.steps.filter((s) => s.branch === 'negative' && s.gate === step.code && s.auto).map((s) => performed(s, 'system', 'done'));
      return { ok: true, from: state, to: { status: 'returned', currentStep: step.code }, step, performed: [performed(step, 'actor', 'incomplete'), ...notices], effects: [] };
    }
    case 'schedule_assessment':
      return { ok: true, from: state, to: { status: 'assessment_scheduled', currentStep: step.code }, step, performed: [performed(step, 'actor', 'scheduled', true)], effects: [] };
    case 'record_assessment':
      return ok(state, step, enterMain(plan, index + 1, 'assessed'), [performed(step, 'actor', 'recorded')]);
    case 'decide': {
      const outcome = action.eligible ? 'eligible' : 'not_eligible';
      const first = [performed(step, 'actor', outcome)];
      if (action.eligible) return ok(state, step, enterMain(plan, index + 1, 'decided_eligible'), first);
      return ok(state, step, enterNegative(plan, step.code, index + 1, 'decided_not_eligible'), first);
    }
    case 'draft_letter':
      return ok(state, step, enterMain(plan, index + 1, 'letter_drafted'), [performed(step, 'actor', 'drafted')]);
    case 'approve_letter':
      if (!action.final) {
        return { ok: true, from: state, to: state, step, performed: [performed(step, 'actor', 'initialled', true)], effects: [] };
      }
      return ok(state, step, enterMain(plan, index + 1, 'letter_signed'), [performed(step, 'actor', 'signed')]);
    case 'complete_step': {
      if (action.stepCode !== step.code) {
        return refuse(
          `Langkah "${action.stepCode}" bukan langkah yang sedang ditunggu; langkah berikutnya: ${step.label}.`,
          `Step "${action.stepCode}" is not the one waited for; next step: ${step.label}.`,
        );
      }
      const status = statusAfter(step, 'done') ?? state.status;
      const effects: Effect[] = [];
      if (step.kind === 'entry') effects.push('record_registry');
      if (step.kind === 'batch' && step.role !== 'kelurahan_operator') effects.push('batch_entry');
      const first = [performed(step, 'actor', 'done')];
      if (negative) return ok(state, step, enterNegative(plan, step.gate!, index + 1, status), first, effects);
      return ok(state, step, enterMain(plan, index + 1, status), first, effects);
    }
  }
}
