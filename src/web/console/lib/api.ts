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
  // A FormData (multipart upload) or Blob (a raw file) goes as is: the browser sets its content type.
  const raw = (typeof FormData !== 'undefined' && opts.body instanceof FormData) || (typeof Blob !== 'undefined' && opts.body instanceof Blob);
  if (opts.body !== undefined && !raw) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : raw ? (opts.body as BodyInit) : JSON.stringify(opts.body),
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

// ---- files: raw-body uploads (CSV/XLSX imports) and downloads (exports, reports) ----

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The type the server expects for a chosen file; browsers leave `type` empty for CSV on some systems. */
export function fileContentType(file: { name: string; type: string }): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return file.type || 'application/octet-stream';
}

async function fileFailure(res: Response, path: string): Promise<ApiError> {
  let json: unknown = null;
  try {
    json = JSON.parse(await res.text());
  } catch {
    json = null;
  }
  const e = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const error = new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.details ?? null);
  if (res.status === 401 && path !== '/auth/login' && path !== '/auth/session') onUnauthenticated?.();
  if (res.status === 403 && error.code === 'LOGIN_STEP_PENDING') onStepPending?.();
  return error;
}

/** Sends a file as the raw request body (the import endpoints take CSV or XLSX, not multipart). */
export async function apiUpload<T>(path: string, file: File, opts: { query?: RequestOptions['query']; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang(), 'content-type': fileContentType(file) };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), { method: 'POST', headers, body: file, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!res.ok) throw await fileFailure(res, path);
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * Fetches a file the API makes (an e-Dabu export, a report) so the screen can show that it is busy and
 * show a refusal (invalid rows, missing codes) as a message instead of a browser error page.
 */
export async function apiDownload(path: string, opts: { query?: RequestOptions['query']; signal?: AbortSignal } = {}): Promise<{ blob: Blob; filename: string }> {
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), { headers: { 'accept-language': currentLang() }, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!res.ok) throw await fileFailure(res, path);
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop() ?? 'download';
  return { blob: await res.blob(), filename };
}

/** Hands a fetched file to the browser's download, under the server's file name. */
export function saveFile({ blob, filename }: { blob: Blob; filename: string }): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
