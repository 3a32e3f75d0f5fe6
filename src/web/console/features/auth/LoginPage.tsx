import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../lib/api.js';
import { useSession, type SessionView } from '../../lib/session.js';
import { useT } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { authMessages } from './auth.messages.js';

export function LoginPage({ expired }: { expired?: boolean }) {
  const t = useT(authMessages);
  const { accept } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      accept(await api<SessionView>('/auth/login', { method: 'POST', body: { username, password } }));
    } catch (err) {
      setError(err as ApiError);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('loginTitle')}</PageTitle>
      {expired && !error ? <Notice role="status">{t('sessionExpired')}</Notice> : null}
      <ErrorSummary error={error} fields={{ username: t('username'), password: t('password') }} />
      <p className="muted">{t('loginIntro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField name="username" label={t('username')} value={username} onValue={setUsername} autoComplete="username" autoCapitalize="none" spellCheck={false} required error={fieldError(error, 'username')} />
        <TextField name="password" label={t('password')} type="password" value={password} onValue={setPassword} autoComplete="current-password" required error={fieldError(error, 'password')} />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('loggingIn') : t('loginButton')}
        </button>
      </form>
      <p className="small">
        <a href="/">{t('toPortal')}</a>
      </p>
    </>
  );
}
