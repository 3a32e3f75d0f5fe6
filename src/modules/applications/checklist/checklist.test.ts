import { describe, expect, it } from 'vitest';
import { seedStandards } from '../../standards/seeds/index.js';
import { buildChecklist, evaluateCheck } from './checklist.js';

const svc = (slug: keyof typeof seedStandards, code: string) => seedStandards[slug].services.find((s) => s.code === code)!;
const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe('requirements checklist from the standard', () => {
  it('PBPU and PPU mutations ask for different proofs (Karangasem)', () => {
    expect(codes(buildChecklist(svc('kab-karangasem', 'segment_transfer'), 'pbpu', {}))).toEqual(['kk_copy', 'ktp_copy', 'payment_receipt']);
    expect(codes(buildChecklist(svc('kab-karangasem', 'segment_transfer'), 'ppu', {}))).toEqual(['kk_copy', 'ktp_copy', 'employment_end_letter']);
  });

  it('drops the KTP only when the applicant is known to have none (Karangasem "yang sudah ber KTP")', () => {
    expect(codes(buildChecklist(svc('kab-karangasem', 'new_registration'), null, {}))).toEqual(['kk_copy', 'ktp_copy']);
    expect(codes(buildChecklist(svc('kab-karangasem', 'new_registration'), null, { has_ktp: false }))).toEqual(['kk_copy']);
  });

  it('asks the inpatient letter only for Malinau emergencies; schedule items inform, not block', () => {
    const regular = buildChecklist(svc('kab-malinau', 'new_registration'), 'regular', {});
    expect(codes(regular)).toEqual(['kk_copy', 'intake_window']);
    expect(regular.find((i) => i.code === 'intake_window')!.required).toBe(false);
    expect(codes(buildChecklist(svc('kab-malinau', 'new_registration'), 'emergency', { hospitalised: true }))).toEqual(['kk_copy', 'inpatient_letter', 'intake_window']);
  });

  it('is complete only when every required document is present; missing ones need a reason', () => {
    const items = buildChecklist(svc('kota-pasuruan', 'new_registration'), null, {});
    const none = new Map<string, number>();
    expect(evaluateCheck(items, [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present', alternative: 'KIA' }], none).complete).toBe(true);
    const missing = evaluateCheck(items, [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'missing', reason: 'Belum membawa KIA' }], none);
    expect(missing.complete).toBe(false);
    expect(missing.problems).toEqual([]);
    expect(missing.missing).toEqual([{ code: 'identity_copy', label: items[1]!.label, state: 'missing', reason: 'Belum membawa KIA' }]);
    const bad = evaluateCheck(items, [{ code: 'kk_copy', state: 'invalid' }, { code: 'nope', state: 'present' }], none);
    expect(bad.problems.map((p) => p.code).sort()).toEqual(['CHECK_ITEM_UNKNOWN', 'CHECK_ITEM_UNMARKED', 'CHECK_REASON_REQUIRED']);
    expect(evaluateCheck(items, [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present', alternative: 'SIM' }], none).problems[0]!.code).toBe('CHECK_ALTERNATIVE_UNKNOWN');
  });

  it('needs the scan of a stamped statement before it counts as present (termination)', () => {
    const items = buildChecklist(svc('kab-karangasem', 'termination'), null, {});
    const marks = items.map((i) => ({ code: i.code, state: 'present' as const }));
    expect(evaluateCheck(items, marks, new Map()).problems.map((p) => p.code)).toEqual(['CHECK_MATERAI_DOCUMENT_REQUIRED']);
    expect(evaluateCheck(items, marks, new Map([['materai_statement', 1]])).complete).toBe(true);
  });
});
