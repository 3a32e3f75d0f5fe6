import { DomainError, notFound, type ErrorDetail, type Message } from '../../platform/errors.js';

export const applicationNotFound = () => notFound({ id: 'Permohonan', en: 'Application' });

/** Someone else acted first (optimistic lock): reload and look again before acting. */
export const applicationChanged = (current: number | null) =>
  new DomainError('APPLICATION_CHANGED', 409, {
    id: 'Permohonan ini baru saja diubah oleh petugas lain. Muat ulang lalu periksa kembali sebelum melanjutkan.',
    en: 'Another officer has just changed this application. Reload and check it again before going on.',
  }, { currentVersion: current });

export const transitionRefused = (code: string, message: Message, details?: Record<string, unknown>) => new DomainError(code, 409, message, details);

export const stepRoleRequired = (roles: readonly string[], stepLabel: string) =>
  new DomainError('STEP_ROLE_REQUIRED', 403, {
    id: `Langkah "${stepLabel}" dikerjakan oleh peran ${roles.join(' / ')}; akun Anda tidak memiliki peran itu.`,
    en: `Step "${stepLabel}" is done by the ${roles.join(' / ')} role, which your account does not have.`,
  }, { roles });

export const channelNotAllowed = (channel: string, allowed: readonly string[]) =>
  new DomainError('CHANNEL_NOT_ALLOWED', 400, {
    id: `Layanan ini tidak menerima permohonan melalui kanal "${channel}" menurut standar pelayanan (kanal: ${allowed.join(', ')}).`,
    en: `This service does not accept applications through "${channel}" under the service standard (channels: ${allowed.join(', ')}).`,
  }, [{ field: 'channel', code: 'CHANNEL_NOT_ALLOWED' }]);

export const variantInvalid = (variants: readonly string[]) =>
  new DomainError('VARIANT_INVALID', 400, {
    id: variants.length ? `Pilih jenis layanan: ${variants.join(', ')}.` : 'Layanan ini tidak memiliki jenis (varian).',
    en: variants.length ? `Choose the kind of service: ${variants.join(', ')}.` : 'This service has no variants.',
  }, [{ field: 'variantCode', code: 'VARIANT_INVALID' }]);

export const duplicateOpenApplication = (applicationId: string, receiptNumber: string) =>
  new DomainError('APPLICATION_ALREADY_OPEN', 409, {
    id: `Sudah ada permohonan jenis yang sama untuk orang ini yang masih berjalan (nomor ${receiptNumber}).`,
    en: `An application of the same kind for this person is still open (number ${receiptNumber}).`,
  }, { applicationId, receiptNumber });

export const checklistInvalid = (details: ErrorDetail[]) =>
  new DomainError('CHECKLIST_INVALID', 400, {
    id: `Daftar periksa belum benar: ${details.slice(0, 3).map((d) => d.message).join(' ')}`,
    en: 'The checklist is not filled in correctly; see details.',
  }, details);

export const inputInvalid = (code: string, message: Message, field: string) => new DomainError(code, 400, message, [{ field, code }]);

export const villageNotInScope = () =>
  new DomainError('VILLAGE_NOT_IN_SCOPE', 403, {
    id: 'Anda hanya dapat mengusulkan warga dari kelurahan/desa yang menjadi wilayah tugas Anda.',
    en: 'You may only propose residents of the villages assigned to you.',
  }, [{ field: 'family.villageCode', code: 'VILLAGE_NOT_IN_SCOPE' }]);
