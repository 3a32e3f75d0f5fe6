import type { z } from 'zod';
import { officeStandardSchema, type OfficeStandard } from './standard.schema.js';

export interface StandardValidationError {
  /** Dotted path of the offending field (`services.1.steps.0.role`); '' for the whole standard. */
  field: string;
  /** Stable rule code (`SERVICE_CODE_DUPLICATE`, `REQUIRED`, `UNKNOWN_VALUE` …). */
  code: string;
  /** Bahasa Indonesia, naming the field. */
  message: string;
}

export type StandardValidationResult =
  | { ok: true; standard: OfficeStandard }
  | { ok: false; errors: StandardValidationError[] };

// Built-in zod checks get generic rule codes; the cross-field rules carry their own in `params.rule`.
const GENERIC_CODES: Record<string, string> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'UNKNOWN_VALUE',
  too_small: 'TOO_SMALL',
  too_big: 'TOO_BIG',
  invalid_format: 'INVALID_FORMAT',
  unrecognized_keys: 'UNKNOWN_FIELD',
  invalid_union: 'INVALID',
  custom: 'INVALID',
};

/** Indonesian wording for zod's own checks where the schema gives no message of its own. */
const indonesianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Wajib diisi' : `Jenis nilai salah: seharusnya ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `Nilai tidak dikenal; pilihan: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `Paling sedikit ${String(issue.minimum)} butir` : `Paling kecil ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `Paling banyak ${String(issue.maximum)} butir` : `Paling besar ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `Isian tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'Bentuk isian tidak sesuai';
    default:
      return 'Isian tidak valid';
  }
};

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'teks',
    number: 'angka',
    boolean: 'ya/tidak (boolean)',
    array: 'daftar',
    object: 'objek',
    null: 'kosong (null)',
  };
  return names[expected] ?? expected;
}

function toField(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/**
 * Checks one office standard. Pure: no storage, no HTTP. Each error names its field and the rule that
 * failed, so an admin screen can put the message next to the input and a test can assert the rule.
 */
export function validateStandard(input: unknown): StandardValidationResult {
  const result = officeStandardSchema.safeParse(input, { error: indonesianErrorMap, reportInput: true });
  if (result.success) return { ok: true, standard: result.data };
  const errors: StandardValidationError[] = [];
  for (const issue of result.error.issues) {
    const params = (issue as { params?: { rule?: unknown } }).params;
    const ruleCode = typeof params?.rule === 'string' ? params.rule : undefined;
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown key, each on its own field, so each can be shown where it belongs.
      for (const key of issue.keys) {
        const field = toField([...issue.path, key]);
        errors.push({ field, code: 'UNKNOWN_FIELD', message: `${field}: isian tidak dikenal` });
      }
      continue;
    }
    const isMissing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    const code = ruleCode ?? (isMissing ? 'REQUIRED' : (GENERIC_CODES[issue.code] ?? 'INVALID'));
    const field = toField(issue.path);
    errors.push({ field, code, message: field ? `${field}: ${issue.message}` : issue.message });
  }
  return { ok: false, errors };
}
