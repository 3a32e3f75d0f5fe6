import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../lib/api.js';
import { useSession, type SessionView } from '../../lib/session.js';
import { useT } from '../../i18n/i18n.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { authMessages } from './auth.messages.js';
import { CodeField } from './MfaVerify.js';

interface Setup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

/**
 * Enrolment: the server makes a secret, shown as a QR code (its SVG, as an image: the CSP allows no
 * inline markup from the API) and as text; the first code from the app turns the factor on.
 */
export function MfaSetup({ session, forced, headingLevel = 1, onDone }: { session: SessionView; forced: boolean; headingLevel?: 1 | 2; onDone?: () => void }) {
  const t = useT(authMessages);
  const { accept, logout } = useSession();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    // Each call makes a new secret; run once even where React runs effects twice.
    if (started.current) return;
    started.current = true;
    api<Setup>('/auth/totp/setup', { method: 'POST' }).then(setSetup, (err: unknown) => setError(err as ApiError));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      accept(await api<SessionView>('/auth/totp/confirm', { method: 'POST', body: { code } }));
      onDone?.();
    } catch (err) {
      setError(err as ApiError);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  const grouped = setup?.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <>
      {headingLevel === 1 ? <PageTitle focus>{t('setupTitle')}</PageTitle> : <h2>{t('setupTitle')}</h2>}
      <ErrorSummary error={error} fields={{ code: t('code') }} />
      {forced ? <p>{t('setupRequired')}</p> : null}
      <ol className="steps">
        <li>{t('setupStep1')}</li>
        <li>
          {t('setupStep2')}
          {setup ? (
            <>
              <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt={t('setupQrAlt', { username: session.user.username })} width={200} height={200} />
              <p className="small">{t('setupManual')}</p>
              <p>
                <code className="secret-key" data-testid="totp-secret">
                  {grouped}
                </code>
              </p>
            </>
          ) : (
            <Loading />
          )}
        </li>
        <li>
          {t('setupStep3')}
          <form onSubmit={submit} noValidate>
            <CodeField value={code} onValue={setCode} error={fieldError(error, 'code')} />
            <div className="actions">
              <button className="button" type="submit" disabled={busy || !setup}>
                {t('setupConfirm')}
              </button>
              {forced ? (
                <button className="link-button" type="button" onClick={() => void logout()}>
                  {t('cancelLogin')}
                </button>
              ) : null}
            </div>
          </form>
        </li>
      </ol>
    </>
  );
}
