import { describe, expect, it } from 'vitest';
import { seedStandards, SEED_SLUGS } from '../../standards/seeds/index.js';
import type { Service } from '../../standards/standard-service.schema.js';
import { expectedAction, initialState, transition, type WorkflowAction, type WorkflowState } from './machine.js';
import { planFor } from './plan.js';

const service = (slug: keyof typeof seedStandards, code: string): Service => seedStandards[slug].services.find((s) => s.code === code)!;
const codes = (steps: { code: string }[]) => steps.map((s) => s.code);

/** Drives a plan to its end the way an office would, answering every wait with the happy action. */
function walk(plan: ReturnType<typeof planFor>, choose: (a: string) => WorkflowAction | null = () => null) {
  let state: WorkflowState = initialState(plan).state;
  const trail: string[] = [state.status];
  for (let guard = 0; guard < 50; guard++) {
    const next = expectedAction(plan, state);
    if (next === null) return trail;
    const step = plan.steps.find((s) => s.code === state.currentStep);
    const action: WorkflowAction = choose(next) ?? (
      next === 'check' ? { type: 'check', complete: true }
        : next === 'decide' ? { type: 'decide', eligible: true }
          : next === 'approve_letter' ? { type: 'approve_letter', final: true }
            : next === 'complete_step' ? { type: 'complete_step', stepCode: step!.code }
              : ({ type: next } as WorkflowAction));
    const r = transition(plan, state, action);
    if (!r.ok) throw new Error(`${r.code}: ${r.message.en}`);
    state = r.to;
    trail.push(state.status);
  }
  throw new Error('workflow did not end');
}

describe('workflow plan derived from the standard', () => {
  it('ends every service of every seed office, on every channel and variant', () => {
    for (const slug of SEED_SLUGS) {
      for (const s of seedStandards[slug].services) {
        for (const channel of s.channels) {
          for (const variant of s.variants.length ? s.variants.map((v) => v.code) : [null]) {
            const trail = walk(planFor(s, channel, variant));
            expect(trail.at(-1), `${slug}/${s.code}/${channel}/${variant}`).toBe('completed');
          }
        }
      }
    }
  });

  it('Pasuruan: implied file check, then processing and proof of registration at the counter', () => {
    const plan = planFor(service('kota-pasuruan', 'new_registration'), 'counter', null);
    expect(codes(plan.intake)).toEqual(['visit_mpp', 'state_service']);
    expect(codes(plan.steps)).toEqual(['file_check', 'process', 'give_proof']);
    expect(plan.steps[0]!.implied).not.toBeNull();
    const wa = planFor(service('kota-pasuruan', 'new_registration'), 'whatsapp', null);
    expect(codes(wa.intake)).toEqual(['wa_info', 'wa_choose_service', 'wa_upload', 'wa_fill_form', 'wa_submit']);
    expect(codes(wa.steps)).toEqual(['file_check', 'process', 'send_proof']);
  });

  it('Karangasem: emergency ends when BPJS takes over; letters get an implied signature', () => {
    const emergency = planFor(service('kab-karangasem', 'emergency'), 'counter', null);
    expect(codes(emergency.steps)).toEqual(['check_file', 'enter_emergency', 'bpjs_process']);
    expect(emergency.steps.at(-1)!.auto).toBe(true);
    const termination = planFor(service('kab-karangasem', 'termination'), 'counter', null);
    expect(codes(termination.steps)).toEqual(['check_file', 'write_letter', 'sign_termination_letter', 'hand_over']);
    expect(termination.steps[1]!.productCode).toBe('termination_letter');
  });

  it('Palembang: the kelurahan batch is the intake; the office checks and writes the proposal', () => {
    const plan = planFor(service('kota-palembang', 'kis_proposal'), 'kelurahan_batch', 'urgent');
    expect(codes(plan.intake)).toEqual(['go_to_kelurahan', 'kelurahan_entry', 'kelurahan_batch']);
    expect(codes(plan.steps)).toEqual(['file_check', 'write_kis_proposal', 'sign_kis_proposal']);
    expect(initialState(plan).state.status).toBe('draft');
  });

  it('Tarakan: not eligible is notified and archived; eligible is transferred', () => {
    const plan = planFor(service('kota-tarakan', 'pbi_pemda_transfer'), 'counter', null);
    expect(plan.steps.find((s) => s.code === 'transfer')).toMatchObject({ branch: 'positive', gate: 'committee_decision' });
    expect(plan.steps.find((s) => s.code === 'archive')).toMatchObject({ branch: 'negative', gate: 'committee_decision' });
    const trail = walk(plan, (a) => (a === 'decide' ? { type: 'decide', eligible: false } : null));
    expect(trail).toContain('decided_not_eligible');
    expect(trail.at(-1)).toBe('archived');
    const happy = walk(plan);
    expect(happy).toEqual(['submitted', 'checked', 'assessment_scheduled', 'assessed', 'forwarded', 'decided_eligible', 'completed']);
  });

  it('Malinau: the emergency variant adds the temporary card letter signed by its chain; BPJS cards are follow-up', () => {
    const regular = planFor(service('kab-malinau', 'new_registration'), 'counter', 'regular');
    expect(codes(regular.steps)).toEqual(['file_check', 'return_incomplete', 'to_back_office', 'register_entry', 'deliver_to_bpjs', 'edabu', 'card_production']);
    expect(codes(regular.followUp)).toEqual(['receive_cards', 'hand_over_cards']);
    expect(codes(regular.excluded)).toEqual(['report']);
    const emergency = planFor(service('kab-malinau', 'new_registration'), 'counter', 'emergency');
    expect(codes(emergency.steps)).toContain('temporary_card_letter');
    expect(emergency.steps.find((s) => s.code === 'temporary_card_sign')!.productCode).toBe('temporary_card_letter');
  });

  it('follows configuration, not code: a temporary card letter added to Karangasem\'s emergency product list gets written and signed', () => {
    const base = service('kab-karangasem', 'emergency');
    const configured: Service = {
      ...base,
      products: [...base.products, { code: 'temporary_card_letter', name: 'Surat kartu sementara', kind: 'letter', letterKind: 'temporary_card_letter', signers: [{ action: 'initial', roleTitle: 'Kepala Bidang' }, { action: 'sign', roleTitle: 'Kepala Dinas' }] }],
    };
    const plan = planFor(configured, 'counter', null);
    expect(codes(plan.steps)).toEqual(['check_file', 'enter_emergency', 'write_temporary_card_letter', 'sign_temporary_card_letter', 'bpjs_process']);
    expect(walk(plan).at(-1)).toBe('completed');
  });

  it('returns an incomplete file, runs the return notice, and checks again on resubmission', () => {
    const plan = planFor(service('kab-malinau', 'new_registration'), 'counter', 'regular');
    const start = initialState(plan).state;
    const returned = transition(plan, start, { type: 'check', complete: false });
    expect(returned.ok && returned.to).toEqual({ status: 'returned', currentStep: 'file_check' });
    expect(returned.ok && returned.performed.map((p) => p.code)).toEqual(['file_check', 'return_incomplete']);
    const wrong = transition(plan, returned.ok ? returned.to : start, { type: 'check', complete: true });
    expect(wrong.ok).toBe(false);
    const again = transition(plan, returned.ok ? returned.to : start, { type: 'resubmit' });
    expect(again.ok && again.to).toEqual({ status: 'submitted', currentStep: 'file_check' });
  });

  it('refuses an action the current step does not wait for, and anything once closed', () => {
    const plan = planFor(service('kota-tarakan', 'pbi_pemda_transfer'), 'counter', null);
    const start = initialState(plan).state;
    const r = transition(plan, start, { type: 'decide', eligible: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('INVALID_TRANSITION');
    const closed = transition(plan, { status: 'completed', currentStep: null }, { type: 'check', complete: true });
    expect(!closed.ok && closed.code).toBe('APPLICATION_CLOSED');
    const skip = transition(plan, { status: 'checked', currentStep: 'assessment' }, { type: 'complete_step', stepCode: 'transfer' });
    expect(skip.ok).toBe(false);
  });

  it('initialling keeps the letter waiting for the signature', () => {
    const plan = planFor(service('kab-malinau', 'new_registration'), 'counter', 'emergency');
    const state: WorkflowState = { status: 'letter_drafted', currentStep: 'temporary_card_sign' };
    const initial = transition(plan, state, { type: 'approve_letter', final: false });
    expect(initial.ok && initial.to).toEqual(state);
    const signed = transition(plan, state, { type: 'approve_letter', final: true });
    expect(signed.ok && signed.to).toEqual({ status: 'letter_signed', currentStep: 'edabu' });
  });

  it('asks for effects: registry on entry, BPJS batch on an office batch step', () => {
    const plan = planFor(service('kab-karangasem', 'new_registration'), 'counter', null);
    const checked = transition(plan, initialState(plan).state, { type: 'check', complete: true });
    expect(checked.ok && checked.to.currentStep).toBe('send_to_bpjs');
    const sent = transition(plan, checked.ok ? checked.to : initialState(plan).state, { type: 'complete_step', stepCode: 'send_to_bpjs' });
    expect(sent.ok && sent.effects).toEqual(['batch_entry', 'completed']);
  });
});
