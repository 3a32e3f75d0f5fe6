import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../lib/api.js';
import { useSession, type SessionView } from '../../lib/session.js';
import { useT } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { authMessages } from './auth.messages.js';

// The password rules report their problems on "password"; this form calls that field newPassword.
const aliases = { password: 'newPassword' };

export function PasswordChange({ forced, headingLevel = 1, onDone }: { forced: boolean; headingLevel?: 1 | 2; onDone?: () => void }) {
  const t = useT(authMessages);
  const { accept, logout } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const view = await api<SessionView>('/auth/password', { method: 'POST', body: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      accept(view);
      onDone?.();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const labels = { currentPassword: forced ? t('currentPasswordTemp') : t('currentPassword'), newPassword: t('newPassword'), repeatPassword: t('repeatPassword') };
  return (
    <>
      {headingLevel === 1 ? <PageTitle focus={forced ? true : undefined}>{t('passwordTitle')}</PageTitle> : <h2>{t('passwordTitle')}</h2>}
      <ErrorSummary error={error} fields={labels} aliases={aliases} message={mismatch ? t('passwordsDiffer') : null} />
      {done ? <Notice tone="success" role="status">{t('passwordTitle')} ✓</Notice> : null}
      {forced ? <p>{t('passwordForced')}</p> : null}
      <form onSubmit={submit} noValidate>
        <TextField name="currentPassword" label={labels.currentPassword} type="password" value={current} onValue={setCurrent} autoComplete="current-password" required error={fieldError(error, 'currentPassword')} />
        <TextField name="newPassword" label={labels.newPassword} hint={t('newPasswordHint')} type="password" value={next} onValue={setNext} autoComplete="new-password" required error={fieldError(error, 'newPassword', aliases)} />
        <TextField name="repeatPassword" label={labels.repeatPassword} type="password" value={repeat} onValue={setRepeat} autoComplete="new-password" required error={mismatch ? t('passwordsDiffer') : undefined} />
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {t('changePassword')}
          </button>
          {forced ? (
            <button className="link-button" type="button" onClick={() => void logout()}>
              {t('cancelLogin')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
