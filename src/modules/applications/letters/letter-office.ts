import { getRegionIndex } from '../../identity/index.js';
import { formatLetterNumber, type LetterOffice } from '../../letters/index.js';
import type { OfficeStandard } from '../../standards/standard.schema.js';
import type { Product, Signer } from '../../standards/standard-service.schema.js';

/**
 * The issuing office as letters print it, from the standard's office identity (the seeds' own letterhead
 * where they have one: Pasuruan "PEMERINTAH KOTA PASURUAN / DINAS KESEHATAN", Malinau). Where a seed prints
 * no letterhead (Karangasem, Palembang, Tarakan) the kop is built from what is certain: "PEMERINTAH" and
 * the Kemendagri name of the regency, and the agency's name as the seed writes it; no address is invented.
 */
const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

export interface OfficeLike {
  slug: string;
  name: string;
  timeZone: string;
  receiptPrefix: string;
  settings: Record<string, unknown>;
}

export function regionNameOf(regionCode: string): string {
  const name = getRegionIndex().regencies.get(regionCode)?.name;
  return name ? titleCase(name) : regionCode;
}

/** "Dinas Sosial … Kab. Karangasem" → "Dinas Sosial …": the region is on the government line above it. */
function agencyWithoutRegion(agency: string, regionName: string): string {
  const bare = regionName.replace(/^(Kota|Kabupaten)\s+/i, '');
  const pattern = new RegExp(`\\s+(Kota|Kab\\.?|Kabupaten)\\s+${bare}$`, 'i');
  return agency.replace(pattern, '').trim();
}

export function letterOfficeFrom(std: OfficeStandard, office: OfficeLike): LetterOffice {
  const id = std.office;
  const regionName = regionNameOf(id.regionCode);
  const setting = (key: string) => (typeof office.settings[key] === 'string' ? (office.settings[key] as string) : null);
  return {
    slug: office.slug,
    timeZone: office.timeZone,
    letterhead: {
      governmentName: id.governmentName ?? `PEMERINTAH ${regionName.toUpperCase()}`,
      agencyName: id.letterheadName ?? agencyWithoutRegion(id.agencyName, regionName),
      address: id.address,
      phone: id.phone,
      fax: id.fax,
      email: id.email,
      website: id.website,
      postalCode: id.postalCode,
    },
    // Karangasem signs in Amlapura (seed 001); otherwise the city or regency's own name.
    place: std.decree?.place ?? regionName.replace(/^(Kota|Kabupaten)\s+/, ''),
    regionName,
    headTitle: std.decree?.signedBy?.title ? titleCase(std.decree.signedBy.title) : `Kepala ${id.agencyName}`,
    // Which BPJS branch serves the office is not in any seed; the office sets it (offices.settings).
    bpjsBranch: setting('bpjsBranch') ?? 'BPJS Kesehatan',
  };
}

/** The signer chain of a letter product; a product whose seed names no signer is signed by one official. */
export function signerChain(product: Product, office: LetterOffice): Signer[] {
  return product.signers ?? [{ action: 'sign', roleTitle: office.headTitle }];
}

/**
 * Offices that publish no numbering scheme (Karangasem, Palembang, Malinau), or whose scheme lacks a value
 * (Pasuruan's classification code for service letters is not in its seed), number letters as
 * "{seq}/{unitCode}/{romanMonth}/{year}" until the admin completes the scheme in the standard.
 */
export const FALLBACK_SCHEME = '{seq}/{unitCode}/{romanMonth}/{year}';

export function letterNumberFor(std: OfficeStandard, office: OfficeLike, seq: number, year: number, month: number): { number: string; fallback: boolean } {
  const n = std.letterNumbering;
  const values = { seq, year, month, classification: n?.values.classification ?? null, unitCode: n?.values.unitCode ?? office.receiptPrefix };
  if (n) {
    // The standard's schema spells the Roman month {monthRoman}; the letters module {romanMonth}.
    const scheme = n.template.replace(/\{monthRoman\}/g, '{romanMonth}');
    try {
      return { number: formatLetterNumber(scheme, values), fallback: false };
    } catch {
      // A value the scheme needs is not configured: fall back rather than print a hole.
    }
  }
  return { number: formatLetterNumber(FALLBACK_SCHEME, values), fallback: true };
}
