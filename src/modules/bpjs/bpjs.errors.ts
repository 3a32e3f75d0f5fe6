import { DomainError } from '../../platform/errors.js';

/**
 * The stored BPJS secret of an office could not be decrypted: the app secret changed, the row
 * was copied from another office, or it was tampered with. Status 500: it is our configuration,
 * not the user's request, that is wrong; the message tells the administrator what to do.
 */
export const secretUnreadable = () =>
  new DomainError('BPJS_SECRET_UNREADABLE', 500, {
    id: 'Kredensial BPJS kantor tidak dapat dibuka. Masukkan ulang cons-id dan secret BPJS di pengaturan kantor.',
    en: "The office's BPJS credentials cannot be decrypted. Enter the BPJS cons-id and secret again in the office settings.",
  });

export const invalidEncryptionKey = () =>
  new DomainError('BPJS_ENCRYPTION_KEY_INVALID', 500, {
    id: 'Kunci enkripsi kredensial BPJS harus 32 byte.',
    en: 'The BPJS credential encryption key must be 32 bytes.',
  });
