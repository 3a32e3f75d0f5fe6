import { describe, expect, it } from 'vitest';
import type { OfficeStandard, Service, ServiceCode } from './standard.schema.js';
import { seedStandards } from './seeds/index.js';

/** The structured values the workflow and calendar run on, checked against what each seed states. */

function service(std: OfficeStandard, code: ServiceCode): Service {
  const s = std.services.find((x) => x.code === code);
  if (!s) throw new Error(`${std.office.slug} has no ${code}`);
  return s;
}

describe('Kota Pasuruan (seed 000)', () => {
  const std = seedStandards['kota-pasuruan'];

  it('offers the four kinds of activation at the MPP counter and on WhatsApp, not on the web', () => {
    expect(std.services.map((s) => s.code)).toEqual(['new_registration', 'add_family_member', 'reactivation', 'segment_transfer']);
    for (const s of std.services) {
      expect(s.channels).toEqual(['counter', 'whatsapp']);
      expect(s.completionTime).toEqual({ max: { amount: 1, unit: 'working_days' }, text: 'Kartu Langsung aktif dalam 1 hari kerja' });
      expect(s.outcomes).toEqual(['membership_active']);
    }
    expect(std.channelPoints.find((p) => p.channel === 'whatsapp')?.value).toBe('0821-4107-4217');
  });

  it('accepts KTP, KIA or birth certificate as identity, and a KK of the city', () => {
    const [kk, identity] = std.services[0]!.requirements;
    expect(kk).toMatchObject({ localDomicile: true, original: false });
    expect(identity?.alternatives).toEqual(['KTP elektronik', 'KIA', 'Akta kelahiran']);
  });

  it('keeps the published 15-row table in order and leaves unstated hours null', () => {
    expect(std.components.map((c) => c.number)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(std.components[0]).toMatchObject({ key: 'other', title: 'Jenis Pelayanan' });
    expect(std.officeHours).toBeNull();
    expect(std.staff).toMatchObject({ count: 3, countIs: 'max' });
  });
});

describe('Kab. Karangasem (seed 001)', () => {
  const std = seedStandards['kab-karangasem'];

  it('promises each service its own response time', () => {
    expect(service(std, 'emergency').completionTime).toMatchObject({
      min: { amount: 1, unit: 'hours', aroundTheClock: true },
      max: { amount: 2, unit: 'hours', aroundTheClock: true },
    });
    expect(service(std, 'emergency').aroundTheClock).toBe(true);
    expect(service(std, 'new_registration').completionTime?.max).toEqual({ amount: 1, unit: 'months' });
    expect(service(std, 'segment_transfer').completionTime?.max).toEqual({ amount: 1, unit: 'months' });
    expect(service(std, 'reactivation').completionTime?.max).toEqual({ amount: 1, unit: 'calendar_days' });
    expect(service(std, 'termination').completionTime).toMatchObject({
      min: { amount: 10, unit: 'minutes' },
      max: { amount: 15, unit: 'minutes' },
    });
  });

  it('asks PBPU and PPU transfers for different proof', () => {
    const reqs = service(std, 'segment_transfer').requirements;
    expect(reqs.find((r) => r.code === 'payment_receipt')?.condition?.variants).toEqual(['pbpu']);
    expect(reqs.find((r) => r.code === 'employment_end_letter')?.condition?.variants).toEqual(['ppu']);
  });

  it('asks a KTP only of those who have one, and stamp duty for termination', () => {
    expect(service(std, 'emergency').requirements.find((r) => r.code === 'ktp_copy')?.condition?.when).toBe('has_ktp');
    expect(service(std, 'termination').requirements.find((r) => r.materai)).toMatchObject({ count: 1 });
  });

  it('has hours Mon–Thu 08–15 and Fri 09–12 WITA, and 24-hour emergencies', () => {
    expect(std.officeHours?.weekly).toEqual([
      { weekday: 1, opens: '08:00', closes: '15:00' },
      { weekday: 2, opens: '08:00', closes: '15:00' },
      { weekday: 3, opens: '08:00', closes: '15:00' },
      { weekday: 4, opens: '08:00', closes: '15:00' },
      { weekday: 5, opens: '09:00', closes: '12:00' },
    ]);
    expect(std.emergency?.aroundTheClock).toBe(true);
  });

  it('keeps the two rows numbered "7." and the extra "Waktu Tanggapan" row', () => {
    expect(std.components.filter((c) => c.number === '7.').map((c) => c.key)).toEqual(['complaints', 'legal_basis']);
    expect(std.components.find((c) => c.title === 'Waktu Tanggapan')?.key).toBe('completion_time');
    expect(std.office.address).toBeNull();
  });
});

describe('Kota Palembang (seed 002)', () => {
  const std = seedStandards['kota-palembang'];

  it('takes KIS proposals from the kelurahan in batches, urgent or ordinary', () => {
    const kis = service(std, 'kis_proposal');
    expect(kis.channels).toEqual(['kelurahan_batch']);
    expect(kis.variants.map((v) => v.code)).toEqual(['urgent', 'ordinary']);
    expect(kis.steps.filter((s) => s.role === 'kelurahan_operator').map((s) => s.kind)).toEqual(['entry', 'batch']);
    expect(kis.requirements.find((r) => r.code === 'house_photos')?.count).toBe(6);
    expect(kis.requirements.find((r) => r.code === 'sktm')?.original).toBe(true);
  });

  it('states no completion time for any service', () => {
    expect(std.services.map((s) => s.completionTime)).toEqual([null, null, null]);
  });

  it('hands out the stamped exit form itself', () => {
    const form = service(std, 'deactivation_recommendation').requirements.find((r) => r.code === 'exit_form');
    expect(form).toMatchObject({ materai: true, providedByOffice: true });
  });
});

describe('Kota Tarakan (seed 003)', () => {
  const std = seedStandards['kota-tarakan'];

  it('assesses in the field, decides in committee, archives the ineligible', () => {
    const s = service(std, 'pbi_pemda_transfer');
    expect(s.steps.map((x) => x.role)).toContain('field_assessor');
    expect(s.steps.find((x) => x.kind === 'decision')?.role).toBe('committee');
    expect(s.outcomes).toEqual(['bpjs_batch', 'archive_if_not_eligible']);
    expect(s.completionTime?.max).toEqual({ amount: 7, unit: 'calendar_days' });
    expect(s.requirements.find((r) => r.code === 'await_assessment')?.kind).toBe('action');
  });

  it('is effective 10 January 2025 and states no office hours', () => {
    expect(std.effectiveDate).toBe('2025-01-10');
    expect(std.officeHours).toBeNull();
  });
});

describe('Kab. Malinau (seed 004, mutu baku)', () => {
  const std = seedStandards['kab-malinau'];
  const s = service(std, 'new_registration');
  const time = (code: string) => s.steps.find((x) => x.code === code)?.mutuBaku;

  it('carries the step times of the mutu baku table and flow chart', () => {
    expect(time('registration')).toEqual({ amount: 15, unit: 'minutes' });
    expect(time('file_check')).toEqual({ amount: 10, unit: 'minutes' });
    expect(time('register_entry')).toEqual({ amount: 10, unit: 'minutes' });
    expect(time('temporary_card_letter')).toEqual({ amount: 30, unit: 'minutes' });
    expect(time('edabu')).toEqual({ amount: 30, unit: 'minutes' });
    expect(time('receive_cards')).toEqual({ amount: 1, unit: 'hours' });
    expect(time('report')).toEqual({ amount: 1, unit: 'calendar_days' });
    expect(time('card_production')).toEqual({ amount: 30, unit: 'calendar_days' });
  });

  it('receives files on days 1–20 and delivers them to BPJS on the 20th', () => {
    expect(std.intakeWindow).toMatchObject({ receiveFromDay: 1, receiveToDay: 20, deliverOnDay: 20 });
    expect(s.completionTime).toMatchObject({ min: { amount: 20, unit: 'working_days' }, max: { amount: 1, unit: 'months' } });
  });

  it('has the temporary card letter initialled by the head of division and signed by the head of office', () => {
    const letter = s.products.find((p) => p.letterKind === 'temporary_card_letter');
    expect(letter?.signers?.map((x) => x.action)).toEqual(['initial', 'sign']);
    expect(s.steps.find((x) => x.code === 'temporary_card_letter')?.variants).toEqual(['emergency']);
  });

  it('has Friday hours 08.00–11.00 WITA', () => {
    expect(std.officeHours?.weekly.find((w) => w.weekday === 5)).toEqual({ weekday: 5, opens: '08:00', closes: '11:00' });
  });
});
