import { currentLang } from '../i18n/i18n.js';

/**
 * The one way the console talks to the API: JSON in and out, the session cookie (httpOnly, sent by
 * the browser), the CSRF token in X-CSRF-Token on every change, and messages in the chosen language.
 * Failures become ApiError with the server's `{ error: { code, message, details } }`.
 */
export interface ErrorDetail {
  field?: string;
  code?: string;
  message?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Messages by field: `details[].field` from the server, or `details.field` on a single-field error. */
  get fieldErrors(): Record<string, string> {
    return fieldErrorsOf(this);
  }
}

export function fieldErrorsOf(err: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (field: string | undefined, message: string | undefined) => {
    if (!field) return;
    const text = message || err.message;
    // "roles.0" also marks "roles", so a form finds the message under the control's own name;
    // errors in the query string or path are named "querystring.action", "params.id".
    const parts = field.split('.');
    if ((parts[0] === 'querystring' || parts[0] === 'params') && parts.length > 1) parts.shift();
    for (let i = parts.length; i >= 1; i--) {
      const key = parts.slice(0, i).join('.');
      if (!(key in out)) out[key] = text;
    }
  };
  const d = err.details;
  if (Array.isArray(d)) for (const item of d as ErrorDetail[]) add(item?.field, item?.message);
  else if (d && typeof d === 'object' && typeof (d as ErrorDetail).field === 'string') add((d as ErrorDetail).field, (d as ErrorDetail).message);
  return out;
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onUnauthenticated: (() => void) | null = null;
let onStepPending: (() => void) | null = null;
/**
 * `gone`: the server says the session ended (idle time-out, logout elsewhere, account disabled).
 * `stepPending`: a login step became due again (e.g. two-step enrolment restarted).
 */
export const setSessionHandlers = (handlers: { gone: () => void; stepPending: () => void } | null) => {
  onUnauthenticated = handlers?.gone ?? null;
  onStepPending = handlers?.stepPending ?? null;
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang() };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.ok) return json as T;
  const e = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const error = new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.details ?? null);
  // A 401 is the expected answer of a failed login and of the first session check; anywhere else
  // it means the session ended under us.
  if (res.status === 401 && path !== '/auth/login' && path !== '/auth/session') onUnauthenticated?.();
  if (res.status === 403 && error.code === 'LOGIN_STEP_PENDING') onStepPending?.();
  throw error;
}
