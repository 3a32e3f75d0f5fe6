import { DomainError, type ErrorDetail } from '../../platform/errors.js';

/**
 * Errors of the letters module. Template and numbering errors are caused by an office admin editing the
 * office's configuration, so they carry field + rule details the console can show next to the field.
 */
export const letterTemplateInvalid = (details: ErrorDetail[]) =>
  new DomainError(
    'LETTER_TEMPLATE_INVALID',
    400,
    { id: 'Templat surat tidak valid.', en: 'The letter template is not valid.' },
    details,
  );

export const letterNumberSchemeInvalid = (details: ErrorDetail[]) =>
  new DomainError(
    'LETTER_NUMBER_SCHEME_INVALID',
    400,
    { id: 'Format nomor surat tidak valid.', en: 'The letter number format is not valid.' },
    details,
  );

export const letterNumberValueMissing = (token: string) =>
  new DomainError(
    'LETTER_NUMBER_VALUE_MISSING',
    400,
    {
      id: `Nilai untuk bagian {${token}} pada nomor surat belum diisi.`,
      en: `No value was given for {${token}} in the letter number.`,
    },
    [{ field: token, code: 'LETTER_NUMBER_VALUE_MISSING' }],
  );

export const letterApprovalChainInvalid = (reason: { id: string; en: string }) =>
  new DomainError('LETTER_APPROVAL_CHAIN_INVALID', 400, {
    id: `Urutan paraf dan tanda tangan tidak valid: ${reason.id}`,
    en: `The initials and signature chain is not valid: ${reason.en}`,
  });

export const letterTimeZoneUnsupported = (timeZone: string) =>
  new DomainError('LETTER_TIME_ZONE_UNSUPPORTED', 400, {
    id: `Zona waktu ${timeZone} tidak didukung (gunakan WIB, WITA atau WIT).`,
    en: `Time zone ${timeZone} is not supported (use WIB, WITA or WIT).`,
  });
