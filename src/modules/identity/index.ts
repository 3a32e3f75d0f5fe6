/**
 * Identity numbers (NIK, KK) and Indonesian region codes: pure functions, no database, no HTTP.
 * The region a NIK or KK names is where it was ISSUED (`issuingRegion`), never proof of domicile.
 */
export { checkNik, maskNik, type NikCheckOptions, type NikCheckResult, type NikIssue, type Sex } from './nik.js';
export { checkKk, type KkCheckOptions, type KkCheckResult, type KkIssue } from './kk.js';
export type { IssuingRegion } from './id-number.js';
export {
  identityNumberInvalid,
  type IdentityIssue,
  type KkIssueCode,
  type NikIssueCode,
} from './identity.errors.js';
export { kkSchema, nikSchema } from './identity.schema.js';
export {
  districtCodeToNikPrefix,
  dotRegionDigits,
  nikPrefixToDistrictCode,
  normaliseRegionCode,
  parentRegionCode,
  regionLevelOf,
  type RegionLevel,
} from './region-codes.js';
export {
  loadDistricts,
  loadProvinces,
  loadRegencies,
  loadVillagesOf,
  releaseVillageCache,
  streamVillages,
  streamVillagesOf,
  type RegionRow,
} from './regions.js';
export { getRegionIndex, RegionIndex, type DistrictEntry, type RegencyEntry } from './region-index.js';
export { HISTORICAL_REGENCIES, type HistoricalRegency } from './historical-regions.js';
export {
  DEFAULT_REFERENCE_DATE,
  generateFamilies,
  generatePeople,
  generatePerson,
  SyntheticPopulation,
  type FamilyRelation,
  type GenerateOptions,
  type MaritalStatus,
  type PersonSpec,
  type PopulationOptions,
  type SyntheticAddress,
  type SyntheticFamily,
  type SyntheticPerson,
} from './synthetic.js';
export { mulberry32, seedFrom, type Rng } from './prng.js';
