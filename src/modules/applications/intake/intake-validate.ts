import { invalid } from '../../../platform/errors.js';
import type { OfficeScope } from '../../../platform/tenancy.js';
import { checkDuplicates, type NearDuplicate } from '../../registry/duplicates.service.js';
import { resolveDomicile, type Domicile } from '../../registry/domicile.service.js';
import { assertKkValid } from '../../registry/family.service.js';
import { assertPersonValid } from '../../registry/person-input.js';
import type { Channel, Service } from '../../standards/standard-service.schema.js';
import { channelNotAllowed, duplicateOpenApplication, inputInvalid, variantInvalid, villageNotInScope } from '../applications.errors.js';
import { openApplicationsFor } from '../applications.repository.js';
import type { FamilyInput } from '../applications.types.js';
import type { MemberInput } from '../applications.schema.js';
import { ENROLMENT_SERVICES } from '../workflow/service-kinds.js';

/**
 * The checks every channel runs before an application exists (counter, WhatsApp, kelurahan, web): the
 * standard offers the service on that channel, the identity numbers follow their rules, the family card
 * is from the office's own region (every seed: "KK Kota/Kabupaten …"), and the person is not already a
 * PBI Daerah member or already waiting for the same service.
 */
export interface IntakeCheckInput {
  channel: Channel;
  variantCode?: string | undefined;
  family: FamilyInput;
  members: MemberInput[];
  applicantIndex: number;
}

export interface IntakeCheck {
  variantCode: string | null;
  domicile: Domicile;
  warnings: NearDuplicate[];
}

export function checkServiceChoice(service: Service, channel: Channel, variantCode: string | undefined): string | null {
  if (!service.channels.includes(channel)) throw channelNotAllowed(channel, service.channels);
  const variants = service.variants.map((v) => v.code);
  if (variants.length === 0) {
    if (variantCode !== undefined) throw variantInvalid([]);
    return null;
  }
  if (variantCode === undefined || !variants.includes(variantCode)) throw variantInvalid(variants);
  return variantCode;
}

export async function checkIntake(scope: OfficeScope, service: Service, input: IntakeCheckInput): Promise<IntakeCheck> {
  const variantCode = checkServiceChoice(service, input.channel, input.variantCode);
  if (input.applicantIndex >= input.members.length) {
    throw inputInvalid('APPLICANT_INDEX_INVALID', { id: 'Pemohon harus salah satu dari orang yang didaftarkan.', en: 'The applicant must be one of the listed persons.' }, 'applicantIndex');
  }
  assertKkValid('family.kkNumber', input.family.kkNumber);
  const seen = new Set<string>();
  input.members.forEach((m, i) => {
    assertPersonValid(`members.${i}.nik`, m);
    if (seen.has(m.nik)) {
      throw invalid('NIK_REPEATED', { id: 'NIK yang sama dimasukkan dua kali.', en: 'The same NIK was entered twice.' }, [{ field: `members.${i}.nik`, code: 'NIK_REPEATED' }]);
    }
    seen.add(m.nik);
  });

  const domicile = await resolveDomicile(scope, input.family.villageCode);
  if (!scope.mayActForVillage(domicile.villageCode)) throw villageNotInScope();

  const warnings: NearDuplicate[] = [];
  if (ENROLMENT_SERVICES.includes(service.code)) {
    for (const m of input.members) {
      const dup = await checkDuplicates(scope, { nik: m.nik, name: m.name, birthDate: m.birthDate });
      warnings.push(...dup.warnings);
    }
  }
  const open = await openApplicationsFor(scope, scope.db, service.code, input.members.map((m) => m.nik));
  if (open[0]) throw duplicateOpenApplication(open[0].id, open[0].receiptNumber);
  return { variantCode, domicile, warnings };
}
