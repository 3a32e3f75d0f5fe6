import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../lib/api.js';
import { useSession, type SessionView } from '../../lib/session.js';
import { useT } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { PageTitle } from '../../ui/page.js';
import { authMessages } from './auth.messages.js';

/** The 6-digit code field both second-factor screens use. */
export function CodeField({ value, onValue, error, autoFocus }: { value: string; onValue: (v: string) => void; error?: string; autoFocus?: boolean }) {
  const t = useT(authMessages);
  return (
    <TextField
      name="code"
      label={t('code')}
      hint={t('codeHint')}
      value={value}
      onValue={(v) => onValue(v.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      className="input w-code"
      required
      autoFocus={autoFocus}
      error={error}
    />
  );
}

export function MfaVerify({ session }: { session: SessionView }) {
  const t = useT(authMessages);
  const { accept, logout } = useSession();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      accept(await api<SessionView>('/auth/totp/verify', { method: 'POST', body: { code } }));
    } catch (err) {
      setError(err as ApiError);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('mfaTitle')}</PageTitle>
      <ErrorSummary error={error} fields={{ code: t('code') }} />
      <p>{t('mfaIntro', { username: session.user.username })}</p>
      <form onSubmit={submit} noValidate>
        <CodeField value={code} onValue={setCode} error={fieldError(error, 'code')} autoFocus />
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {t('verify')}
          </button>
          <button className="link-button" type="button" onClick={() => void logout()}>
            {t('cancelLogin')}
          </button>
        </div>
      </form>
    </>
  );
}
