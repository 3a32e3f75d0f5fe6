import { invalid, type DomainError } from '../../platform/errors.js';
import type { StandardValidationError } from './standard.validate.js';

/** Raised by whoever stores a standard when `validateStandard` refuses it; details carry field + rule. */
export const standardInvalid = (errors: StandardValidationError[]): DomainError =>
  invalid(
    'STANDARD_INVALID',
    {
      id: `Standar pelayanan tidak valid (${errors.length} kesalahan).`,
      en: `The service standard is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}).`,
    },
    errors.map((e) => ({ field: e.field, code: e.code, message: e.message })),
  );
