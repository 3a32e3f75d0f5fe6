import { DomainError, invalid, notFound } from '../../platform/errors.js';

export const cardNotFound = () => notFound({ id: 'Kartu', en: 'Card' });

export const cardAlreadyHanded = () =>
  new DomainError('CARD_ALREADY_HANDED_OVER', 409, {
    id: 'Kartu ini sudah diserahkan; serah terima tidak dapat diubah.',
    en: 'This card has already been handed over; the hand-over cannot be changed.',
  });

export const identityNotChecked = () =>
  invalid('CARD_IDENTITY_NOT_CHECKED', {
    id: 'Periksa identitas penerima (KTP/KK, atau surat kuasa bagi wakil) sebelum menyerahkan kartu.',
    en: 'Check the receiver’s identity (KTP/KK, or the authorisation of a representative) before handing over the card.',
  }, [{ field: 'identityChecked', code: 'REQUIRED_TRUE', message: 'Identitas penerima wajib diperiksa' }]);

export const signatureMissing = () =>
  invalid('CARD_SIGNATURE_MISSING', {
    id: 'Penerima harus menandatangani (tanda tangan di layar, atau centang "ditandatangani di kertas").',
    en: 'The receiver must sign (on screen, or tick "signed on paper").',
  }, [{ field: 'signature', code: 'REQUIRED', message: 'Tanda tangan wajib' }]);

export const batchNotReady = () =>
  new DomainError('CARDS_BATCH_NO_RESULTS', 409, {
    id: 'Batch ini belum memiliki jawaban BPJS; kartu belum dapat dicatat.',
    en: 'This batch has no BPJS answer yet; cards cannot be registered.',
  });
