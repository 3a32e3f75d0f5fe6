import { DomainError, notFound } from '../../platform/errors.js';

export const personNotFound = () => notFound({ id: 'Data penduduk', en: 'Person' });
export const familyNotFound = () => notFound({ id: 'Data keluarga (KK)', en: 'Family' });
export const importNotFound = () => notFound({ id: 'Data impor', en: 'Import' });

export const personAlreadyActive = (personId: string, segmentLabel = 'PBI Daerah') =>
  new DomainError('PERSON_ALREADY_ACTIVE', 409, {
    id: `NIK ini sudah terdaftar sebagai peserta ${segmentLabel} yang aktif di kantor ini; buka data yang ada.`,
    en: `This NIK already has an active ${segmentLabel} membership in this office; open the existing record.`,
  }, { personId });

export const personExists = (personId: string, familyId: string) =>
  new DomainError('PERSON_EXISTS', 409, {
    id: 'NIK ini sudah tercatat di kantor ini sebagai anggota keluarga lain; catat dulu kepindahannya dari KK lama.',
    en: 'This NIK is already recorded in this office in another family; record the move out of the old KK first.',
  }, { personId, familyId });

export const kkExists = (familyId: string) =>
  new DomainError('KK_EXISTS', 409, {
    id: 'Nomor KK ini sudah tercatat di kantor ini; buka data keluarga yang ada.',
    en: 'This KK number is already recorded in this office; open the existing family.',
  }, { familyId });

export const villageUnknown = (code: string) =>
  new DomainError('VILLAGE_UNKNOWN', 400, {
    id: `Kode desa/kelurahan ${code} tidak dikenal (format 35.75.01.1001).`,
    en: `Village code ${code} is unknown (format 35.75.01.1001).`,
  }, [{ field: 'villageCode', code: 'VILLAGE_UNKNOWN' }]);

export const domicileOutside = (d: { villageCode: string; regencyCode: string; regencyName: string; officeRegionCode: string; officeRegionName: string }) =>
  new DomainError('DOMICILE_OUTSIDE_REGION', 422, {
    id: `Alamat KK berada di ${d.regencyName} (${d.regencyCode}), di luar wilayah layanan ${d.officeRegionName}. ` +
      `Kantor ini hanya melayani penduduk dengan KK ${d.officeRegionName}.`,
    en: `The KK address is in ${d.regencyName} (${d.regencyCode}), outside ${d.officeRegionName}. ` +
      `This office serves only residents whose KK is from ${d.officeRegionName}.`,
  }, d);

export const personLeft = () =>
  new DomainError('PERSON_NOT_IN_FAMILY', 409, {
    id: 'Orang ini sudah keluar dari KK atau sudah meninggal.',
    en: 'This person has already left the family or has died.',
  });

export const headMustBeReplaced = () =>
  new DomainError('HEAD_MUST_BE_REPLACED', 409, {
    id: 'Kepala keluarga keluar dari KK: tentukan kepala keluarga baru (newHeadPersonId) dari anggota yang tinggal.',
    en: 'The head of family is leaving: name a new head (newHeadPersonId) among the remaining members.',
  }, [{ field: 'newHeadPersonId', code: 'HEAD_MUST_BE_REPLACED' }]);

export const notAMember = (field: string) =>
  new DomainError('NOT_A_FAMILY_MEMBER', 400, {
    id: 'Orang yang dipilih bukan anggota aktif KK ini.',
    en: 'The chosen person is not a current member of this family.',
  }, [{ field, code: 'NOT_A_FAMILY_MEMBER' }]);

export const evidenceRequired = () =>
  new DomainError('EVIDENCE_REQUIRED', 400, {
    id: 'Anak yang ditambahkan ke KK wajib disertai KIA atau akta kelahiran.',
    en: 'A child added to the family needs a KIA (child identity card) or a birth certificate.',
  }, [{ field: 'evidence.kind', code: 'EVIDENCE_REQUIRED' }]);

export const dateInFuture = (field: string) =>
  new DomainError('DATE_IN_FUTURE', 400, {
    id: 'Tanggal tidak boleh di masa depan.',
    en: 'The date cannot be in the future.',
  }, [{ field, code: 'DATE_IN_FUTURE' }]);

export const faskesUnknown = () =>
  new DomainError('FASKES_UNKNOWN', 400, {
    id: 'Faskes tidak ditemukan di daftar faskes kantor ini atau sudah tidak aktif.',
    en: 'The health facility is not in this office\'s list or is no longer active.',
  }, [{ field: 'faskesId', code: 'FASKES_UNKNOWN' }]);

export const noMembership = () =>
  new DomainError('NO_MEMBERSHIP', 409, {
    id: 'Orang ini belum punya data kepesertaan JKN di kantor ini.',
    en: 'This person has no JKN membership recorded in this office.',
  });

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 429, {
    id: `Terlalu banyak permintaan. Coba lagi dalam ${retryAfterSeconds} detik.`,
    en: `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
  }, { retryAfterSeconds });

/** PostgreSQL unique violation (23505), as node-postgres, PGlite or a Drizzle wrapper (cause) report it. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Two officers recording the same KK or NIK at the same moment: the loser gets a 409, not a 500. */
export const recordedConcurrently = () =>
  new DomainError('ALREADY_RECORDED', 409, {
    id: 'Nomor KK atau NIK ini baru saja dicatat oleh petugas lain; cari dan buka datanya.',
    en: 'This KK number or NIK was just recorded by another officer; search for it and open the record.',
  });
