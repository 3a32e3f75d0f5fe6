import { describe, expect, it } from 'vitest';
import { standardInvalid } from './standard.errors.js';
import { validateStandard, type StandardValidationError } from './standard.validate.js';
import { seedStandards } from './seeds/index.js';

/** A mutable copy of a (frozen) seed to break. */
const copy = (slug: keyof typeof seedStandards): any => JSON.parse(JSON.stringify(seedStandards[slug]));

function errorsOf(input: unknown): StandardValidationError[] {
  const result = validateStandard(input);
  if (result.ok) throw new Error('expected the standard to be refused');
  return result.errors;
}

const rules = (errors: StandardValidationError[]) => errors.map((e) => `${e.field} ${e.code}`);

describe('validateStandard', () => {
  it('returns the parsed standard when valid', () => {
    const result = validateStandard(copy('kab-malinau'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.standard.office.slug).toBe('kab-malinau');
  });

  it('refuses duplicate service codes', () => {
    const std = copy('kab-karangasem');
    std.services[1].code = 'emergency';
    expect(rules(errorsOf(std))).toContain('services.1.code SERVICE_CODE_DUPLICATE');
  });

  it('refuses duplicate requirement, step and product codes within a service', () => {
    const std = copy('kota-palembang');
    std.services[0].requirements[1].code = 'kk_copy';
    std.services[0].steps[2].code = 'go_to_kelurahan';
    std.services[1].products.push({ ...std.services[1].products[0] });
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining([
        'services.0.requirements.1.code REQUIREMENT_CODE_DUPLICATE',
        'services.0.steps.2.code STEP_CODE_DUPLICATE',
        'services.1.products.1.code PRODUCT_CODE_DUPLICATE',
      ]),
    );
  });

  it('allows the same requirement code in two different services', () => {
    // kk_copy appears in every Karangasem service; uniqueness is per service.
    expect(validateStandard(copy('kab-karangasem')).ok).toBe(true);
  });

  it('refuses an unknown step role and names the field', () => {
    const std = copy('kota-tarakan');
    std.services[0].steps[1].role = 'janitor';
    const [error] = errorsOf(std);
    expect(error).toMatchObject({ field: 'services.0.steps.1.role', code: 'UNKNOWN_VALUE' });
    expect(error?.message).toMatch(/^services\.0\.steps\.1\.role: Peran pelaksana langkah tidak dikenal/);
  });

  it('refuses closing hours not after opening hours, and overlapping windows', () => {
    const std = copy('kab-karangasem');
    std.officeHours.weekly[0].closes = '08:00';
    std.officeHours.weekly.push({ weekday: 5, opens: '11:00', closes: '13:00' });
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['officeHours.weekly.0.closes HOURS_CLOSE_BEFORE_OPEN', 'officeHours.weekly.5 HOURS_OVERLAP']),
    );
  });

  it('refuses malformed clock times and weekdays outside 1..7', () => {
    const std = copy('kota-palembang');
    std.officeHours.weekly[0].opens = '8.00';
    std.officeHours.weekly[1].weekday = 0;
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['officeHours.weekly.0.opens INVALID_FORMAT', 'officeHours.weekly.1.weekday TOO_SMALL']),
    );
  });

  it('refuses time limits that are not positive and ranges whose minimum exceeds the maximum', () => {
    const std = copy('kab-karangasem');
    std.services[0].completionTime.max.amount = 0;
    std.services[4].completionTime.min = { amount: 2, unit: 'hours' };
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['services.0.completionTime.max.amount TIME_LIMIT_NOT_POSITIVE', 'services.4.completionTime.min TIME_RANGE_INVERTED']),
    );
  });

  it('refuses a negative mutu baku and an unknown time unit', () => {
    const std = copy('kab-malinau');
    std.services[0].steps[1].mutuBaku = { amount: -5, unit: 'minutes' };
    std.services[0].steps[2].mutuBaku = { amount: 5, unit: 'weeks' };
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['services.0.steps.1.mutuBaku.amount TIME_LIMIT_NOT_POSITIVE', 'services.0.steps.2.mutuBaku.unit UNKNOWN_VALUE']),
    );
  });

  it('refuses a service without a channel, and a step channel the service does not offer', () => {
    const a = copy('kota-tarakan');
    a.services[0].channels = [];
    expect(rules(errorsOf(a))).toContain('services.0.channels TOO_SMALL');
    const b = copy('kota-pasuruan');
    b.services[0].channels = ['counter'];
    expect(rules(errorsOf(b))).toContain('services.0.steps.2.channels.0 STEP_CHANNEL_NOT_IN_SERVICE');
  });

  it('refuses conditions on variants the service does not have', () => {
    const std = copy('kab-karangasem');
    std.services[2].requirements[2].condition.variants = ['bp'];
    expect(rules(errorsOf(std))).toContain('services.2.requirements.2.condition.variants.0 VARIANT_UNKNOWN');
  });

  it('refuses an approval chain that ends in initials, and a letter without a letter kind', () => {
    const std = copy('kab-malinau');
    const letter = std.services[0].products[2];
    letter.signers = [letter.signers[1], letter.signers[0]];
    std.services[0].products[0] = { ...std.services[0].products[0], kind: 'letter' };
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['services.0.products.2.signers.1.action SIGNER_CHAIN_UNSIGNED', 'services.0.products.0.letterKind LETTER_KIND_REQUIRED']),
    );
  });

  it('refuses a component filed under the wrong part, and a canonical component twice', () => {
    const std = copy('kota-palembang');
    std.components[0].part = 'manufacturing';
    std.components.push({ ...std.components[3] });
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining(['components.0.part COMPONENT_PART_MISMATCH', `components.${std.components.length - 1}.key COMPONENT_KEY_DUPLICATE`]),
    );
  });

  it('refuses a 24-hour service when the standard declares no 24-hour emergency', () => {
    const std = copy('kab-karangasem');
    std.emergency = null;
    expect(rules(errorsOf(std))).toContain('services.0.aroundTheClock EMERGENCY_NOT_DECLARED');
  });

  it('refuses an inverted intake window and unknown numbering placeholders', () => {
    const std = copy('kab-malinau');
    std.intakeWindow.receiveFromDay = 25;
    std.letterNumbering = { template: '{kode}/{year}', values: { classification: null, unitCode: null }, example: null, source: 'uji' };
    expect(rules(errorsOf(std))).toEqual(
      expect.arrayContaining([
        'intakeWindow.receiveToDay INTAKE_WINDOW_INVERTED',
        'letterNumbering.template NUMBERING_PLACEHOLDER_UNKNOWN',
        'letterNumbering.template NUMBERING_SEQ_MISSING',
      ]),
    );
  });

  it('reports missing and unknown fields, wrong time zones and impossible dates', () => {
    const std = copy('kota-pasuruan');
    delete std.office.agencyName;
    std.office.timeZone = 'Asia/Singapore';
    std.decree.date = '2024-02-30';
    std.surprise = true;
    expect(errorsOf(std)).toEqual(
      expect.arrayContaining([
        { field: 'office.agencyName', code: 'REQUIRED', message: 'office.agencyName: Wajib diisi' },
        expect.objectContaining({ field: 'office.timeZone', code: 'UNKNOWN_VALUE' }),
        expect.objectContaining({ field: 'decree.date', code: 'DATE_INVALID' }),
        { field: 'surprise', code: 'UNKNOWN_FIELD', message: 'surprise: isian tidak dikenal' },
      ]),
    );
  });

  it('refuses office hours in another time zone than the office', () => {
    const std = copy('kota-palembang');
    std.officeHours.timeZone = 'Asia/Makassar';
    expect(rules(errorsOf(std))).toContain('officeHours.timeZone TIME_ZONE_MISMATCH');
  });

  it('refuses a malformed NIP', () => {
    const std = copy('kota-tarakan');
    std.decree.signedBy.nip = '1968-0318';
    expect(rules(errorsOf(std))).toContain('decree.signedBy.nip NIP_INVALID');
  });

  it('refuses a non-object', () => {
    expect(errorsOf(null)).toEqual([expect.objectContaining({ field: '', code: 'INVALID_TYPE' })]);
  });
});

describe('standardInvalid', () => {
  it('carries the field errors as details with a stable code', () => {
    const err = standardInvalid([{ field: 'services.0.code', code: 'SERVICE_CODE_DUPLICATE', message: 'x' }]);
    expect(err.code).toBe('STANDARD_INVALID');
    expect(err.status).toBe(400);
    expect(err.details).toEqual([{ field: 'services.0.code', code: 'SERVICE_CODE_DUPLICATE', message: 'x' }]);
    expect(err.messageIn('id')).toMatch(/tidak valid/);
  });
});
