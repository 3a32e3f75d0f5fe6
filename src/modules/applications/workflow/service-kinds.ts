import type { Service, ServiceCode } from '../../standards/standard-service.schema.js';
import type { Facts } from '../checklist/checklist.js';

/**
 * Facts about service codes that hold in every office (codes are the standard's stable vocabulary,
 * standard-service.schema.ts); nothing here depends on which office runs the service.
 */

/** Services that bring someone into PBI: a NIK already active in PBI Daerah is refused (issue 4). */
export const ENROLMENT_SERVICES: readonly ServiceCode[] = [
  'new_registration',
  'add_family_member',
  'reactivation',
  'segment_transfer',
  'emergency',
  'pbi_pemda_transfer',
  'kis_proposal',
];

/**
 * Variant codes that mean "the person is ill now": Malinau's "pasien emergency" (seed 004) and
 * Palembang's flow "bagi warga yang sakit" (seed 002).
 */
export const URGENT_VARIANTS: readonly string[] = ['emergency', 'urgent'];

/**
 * Emergencies go first: in worklists and in the BPJS batch. An emergency service, a 24-hour promise
 * (Karangasem), an urgent variant, or a hospitalised applicant.
 */
export function isPriority(service: Pick<Service, 'code' | 'aroundTheClock'>, variant: string | null, facts: Facts): boolean {
  return service.code === 'emergency' || service.aroundTheClock || (variant !== null && URGENT_VARIANTS.includes(variant)) || facts.hospitalised === true;
}
