import { useEffect, useRef } from 'react';
import { ApiError, NETWORK_ERROR } from '../lib/api.js';
import { useT } from '../i18n/i18n.js';
import { fieldId } from './fields.js';

/**
 * The server's message at the top of a form, with a link to each field it names; it takes the focus
 * when it appears so keyboard and screen-reader users learn at once that the form was refused.
 */
export function ErrorSummary({ error, fields = {}, message, aliases = {}, title }: {
  error: ApiError | null;
  /** Heading; by default "Ada yang perlu diperbaiki" (a form was refused). */
  title?: string;
  /** Server field name → form field name, where they differ. */
  aliases?: Record<string, string>;
  /** Form field name → its label, for the links. Fields not listed get no link. */
  fields?: Record<string, string>;
  /** A message of the form itself (a check done in the browser). */
  message?: string | null;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const shown = error ?? (message ? true : null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, error, message]);
  if (!error && !message) return null;
  const text = message ?? (error!.code === NETWORK_ERROR ? t('networkError') : error!.message || t('unexpectedError'));
  const fieldErrors: Record<string, string> = {};
  if (error) for (const [k, v] of Object.entries(error.fieldErrors)) fieldErrors[aliases[k] ?? k] ??= v;
  const links = Object.entries(fields).filter(([name]) => fieldErrors[name]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? t('errorTitle')}</h2>
      <p>{text}</p>
      {links.length > 0 ? (
        <ul>
          {links.map(([name, label]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>
                {label}: {fieldErrors[name]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The message to show next to a field: the detail's own message, else the error's message. */
export function fieldError(error: ApiError | null, name: string, aliases: Record<string, string> = {}): string | undefined {
  if (!error) return undefined;
  const errors = error.fieldErrors;
  if (errors[name]) return errors[name];
  for (const [serverName, formName] of Object.entries(aliases)) if (formName === name && errors[serverName]) return errors[serverName];
  return undefined;
}
