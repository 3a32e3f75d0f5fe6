/**
 * Domain errors carry a stable code, an HTTP status and their message in both UI languages.
 * Domain code throws them; one mapper (platform/http/error-handler.ts) turns them into
 * `{ error: { code, message, details } }`. Domain code never throws HTTP errors itself.
 */
export type Lang = 'id' | 'en';

export interface Message {
  id: string;
  en: string;
}

export interface ErrorDetail {
  /** The field the problem is about, as a dotted path (`members.0.nik`), if any. */
  field?: string;
  /** Stable code of the rule that failed (`NIK_LENGTH`). */
  code?: string;
  message?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messages: Message;
  readonly details: ErrorDetail[] | Record<string, unknown> | undefined;

  constructor(
    code: string,
    status: number,
    messages: Message,
    details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'DomainError';
    this.code = code;
    this.status = status;
    this.messages = messages;
    this.details = details;
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}

// The handful of generic errors every module uses. Feature-specific ones live in
// src/modules/<feature>/<feature>.errors.ts and extend DomainError the same way.

export const notFound = (what: Message = { id: 'Data', en: 'Record' }) =>
  new DomainError('NOT_FOUND', 404, {
    id: `${what.id} tidak ditemukan.`,
    en: `${what.en} not found.`,
  });

export const forbidden = () =>
  new DomainError('FORBIDDEN', 403, {
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  });

export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 401, {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please log in first.',
  });

export const conflict = (code: string, messages: Message, details?: Record<string, unknown>) =>
  new DomainError(code, 409, messages, details);

export const invalid = (code: string, messages: Message, details?: ErrorDetail[] | Record<string, unknown>) =>
  new DomainError(code, 400, messages, details);
