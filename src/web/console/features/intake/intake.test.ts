import { describe, expect, it } from 'vitest';
import { createApplicationBody } from '../../../../modules/applications/applications.schema.js';
import { seedStandards } from '../../../../modules/standards/seeds/index.js';
import { toCreateBody, withoutMember } from './IntakePage.js';

const pasuruan = seedStandards['kota-pasuruan'];
const newRegistration = pasuruan.services.find((s) => s.code === 'new_registration')!;

const form = {
  serviceCode: 'new_registration',
  variantCode: '',
  memberCount: '2',
  'members.0.nik': '3575 0308 0782 0001',
  'members.0.name': '  Eko Prasetyo ',
  'members.0.birthDate': '1982-07-08',
  'members.0.sex': 'M',
  'members.0.relation': 'kepala_keluarga',
  'members.0.phone': '0812-3456-7890',
  'members.1.nik': '3575034505100002',
  'members.1.name': 'Sri',
  'members.1.birthDate': '2010-05-05',
  'members.1.sex': 'F',
  'members.1.relation': 'anak',
  'family.kkNumber': '3575030404090001',
  'family.address': 'Jl. Ahmad Yani No. 26',
  'family.rt': '4',
  'family.rw': '',
  'family.villageCode': '35.75.03.1001',
  represented: 'yes',
  'representative.name': 'Siti',
  checked: ['kk_copy'],
  startedAt: '2026-11-27T01:00:00.000Z',
};

describe('counter intake form → POST /api/v1/applications body', () => {
  it('builds a body the server schema accepts: digits only, trimmed, empty optionals left out', () => {
    const body = toCreateBody(newRegistration, form);
    const parsed = createApplicationBody.parse(body);
    expect(parsed.channel).toBe('counter');
    expect(parsed.members[0]).toEqual({ nik: '3575030807820001', name: 'Eko Prasetyo', birthDate: '1982-07-08', sex: 'M', relation: 'kepala_keluarga', phone: '081234567890' });
    expect(parsed.members[1]!.relation).toBe('anak');
    expect(parsed.family).toEqual({ kkNumber: '3575030404090001', address: 'Jl. Ahmad Yani No. 26', rt: '4', villageCode: '35.75.03.1001' });
    expect(parsed.representative).toEqual({ name: 'Siti' });
    expect(parsed.variantCode).toBeUndefined();
    expect(parsed.intakeStartedAt).toBe('2026-11-27T01:00:00.000Z');
  });

  it('records a WhatsApp application on the WhatsApp channel where the service takes it, else at the counter', () => {
    // Pasuruan (seed 000): "Pelangi Istimewa" by WhatsApp; the officer answering the chat enters it.
    expect(createApplicationBody.parse(toCreateBody(newRegistration, { ...form, channel: 'whatsapp' })).channel).toBe('whatsapp');
    const counterOnly = seedStandards['kab-karangasem'].services[0]!;
    expect(counterOnly.channels).not.toContain('whatsapp');
    expect(toCreateBody(counterOnly, { ...form, serviceCode: counterOnly.code, channel: 'whatsapp' }).channel).toBe('counter');
  });

  it('asks only the facts the service depends on', () => {
    expect(toCreateBody(newRegistration, form).facts).toEqual({});
    const karangasem = seedStandards['kab-karangasem'].services.find((s) => s.requirements.some((r) => r.condition?.when === 'has_ktp'));
    // Karangasem (seed 001): "KTP (yang sudah ber KTP)".
    expect(karangasem).toBeDefined();
    expect(toCreateBody(karangasem!, { ...form, noKtp: 'yes' }).facts).toEqual({ has_ktp: false });
    expect(toCreateBody(karangasem!, form).facts).toEqual({ has_ktp: true });
  });

  it('removing a member moves the later ones up', () => {
    const three = { ...form, memberCount: '3', 'members.2.nik': '3', 'members.2.name': 'Tiga' };
    const v = withoutMember(three, 1);
    expect(v.memberCount).toBe('2');
    expect(v['members.1.nik']).toBe('3');
    expect(v['members.1.name']).toBe('Tiga');
    expect(v['members.2.nik']).toBeUndefined();
    expect(v['members.0.nik']).toBe(form['members.0.nik']);
  });
});
