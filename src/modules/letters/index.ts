/** Public API of the letters module (pure: no database, no HTTP). */
export * from './letter.types.js';
export { formatLetterNumber, validateNumberScheme, toRomanMonth, type LetterNumberValues } from './letter-number.js';
export {
  formatDateId, formatDayDateId, formatDateTimeId, formatTimeId, formatCalendarDateId, dayNameId, localDateIso, localParts,
  resolveZone, MONTHS_ID, DAYS_ID,
} from './letter-dates.js';
export { formatNip, maskNik, nameInitials, numberWordsId } from './letter-format.js';
export {
  canonicalLetterContent, letterContentHash, signLetterToken, verifyLetterToken,
  type LetterTokenPayload, type LetterTokenVerification,
} from './letter-verification.js';
export {
  composeLetter, buildTemplateContext, validateApprovalChain, signerOf,
  type ComposeLetterInput, type ComposedLetter,
} from './letters.service.js';
export { DEFAULT_LETTER_TEMPLATES } from './templates/default-templates.js';
export { resolveTemplate, validateLetterTemplate, assertValidLetterTemplate } from './templates/letter-templates.js';
export { validateTemplate, MAX_TEMPLATE_LENGTH, type TemplateIssue, type ValidateTemplateOptions } from './templates/template-engine.js';
export { LETTER_TEMPLATE_SCHEMA, type TemplateSchema } from './templates/template-fields.js';
export { renderLetterPdf, buildLetterDocument, type LetterPdfOptions } from './pdf/letter-pdf.js';
export { renderProofOfRegistrationPdf, buildReceiptDocument } from './pdf/receipt-pdf.js';
