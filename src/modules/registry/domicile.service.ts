import type { Database } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { getRegionIndex, normaliseRegionCode, regionLevelOf } from '../identity/index.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { ensureRegionsLoaded } from '../regions/regions.loader.js';
import { findVillage, villagesOfRegency, type VillageInfo } from '../regions/regions.repository.js';
import { domicileOutside, villageUnknown } from './registry.errors.js';
import type { DomainError } from '../../platform/errors.js';

/**
 * Domicile is where the family card says the family lives: the village of the KK address. Every seed
 * requires "KK of our own region" (JOURNEYS.md). The NIK's region is where the NIK was first issued and
 * never decides domicile: people move, and NIKs keep codes of regions since split (North Kalimantan).
 */
export interface Domicile {
  villageCode: string;
  villageName: string;
  districtCode: string;
  districtName: string;
  regencyCode: string;
  regencyName: string;
}

const regencyName = (code: string) => getRegionIndex().regencies.get(code)?.name ?? code;

/** The refusal for a (well-formed, dotted) village code outside the office's regency, or null. Pure. */
export function domicileRefusal(officeRegionCode: string, villageCode: string): DomainError | null {
  const regencyCode = villageCode.slice(0, 5);
  if (regencyCode === officeRegionCode) return null;
  return domicileOutside({
    villageCode,
    regencyCode,
    regencyName: regencyName(regencyCode),
    officeRegionCode,
    officeRegionName: regencyName(officeRegionCode),
  });
}

/** Accepts `3575011001` or `35.75.01.1001`; null unless it is a village code. */
export function normaliseVillageCode(input: string): string | null {
  const code = normaliseRegionCode(input);
  return code !== null && regionLevelOf(code) === 'village' ? code : null;
}

// An office's regency practically never changes; remember it per database to save a query per call.
const officeRegions = new WeakMap<Database, Map<number, string>>();

export async function officeRegionCode(scope: OfficeScope): Promise<string> {
  let cache = officeRegions.get(scope.database);
  if (cache === undefined) officeRegions.set(scope.database, (cache = new Map()));
  let code = cache.get(scope.officeId);
  if (code === undefined) {
    const office = await findOfficeById(scope.db, scope.officeId);
    if (office === null) throw new Error(`office ${scope.officeId} vanished`);
    code = office.regionCode;
    cache.set(scope.officeId, code);
  }
  return code;
}

/**
 * The service every channel calls (counter, portal, WhatsApp, imports): resolves the KK village and
 * refuses an address outside the office's regency with DOMICILE_OUTSIDE_REGION naming that regency.
 */
export async function resolveDomicile(scope: OfficeScope, villageCodeInput: string): Promise<Domicile> {
  const villageCode = normaliseVillageCode(villageCodeInput);
  if (villageCode === null) throw villageUnknown(villageCodeInput);
  const officeRegion = await officeRegionCode(scope);
  const refusal = domicileRefusal(officeRegion, villageCode);
  if (refusal) throw refusal;
  await ensureRegionsLoaded(scope.database, [officeRegion]);
  const village = await findVillage(scope.db, villageCode);
  if (village === null) throw villageUnknown(villageCodeInput);
  return {
    villageCode,
    villageName: village.name,
    districtCode: village.districtCode,
    districtName: village.districtName,
    regencyCode: officeRegion,
    regencyName: regencyName(officeRegion),
  };
}

/** All villages of the office's regency in memory, for validating thousands of rows without a query each. */
export async function officeVillages(scope: OfficeScope): Promise<{ regionCode: string; villages: Map<string, VillageInfo> }> {
  const regionCode = await officeRegionCode(scope);
  await ensureRegionsLoaded(scope.database, [regionCode]);
  return { regionCode, villages: await villagesOfRegency(scope.db, regionCode) };
}
