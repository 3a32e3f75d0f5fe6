import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import { useSession, useUser } from '../../lib/session.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { MfaSetup } from '../auth/MfaSetup.js';
import { PasswordChange } from '../auth/PasswordChange.js';
import { accountMessages } from './account.messages.js';

export function AccountPage() {
  const t = useT(accountMessages);
  const user = useUser();
  const { state, logoutEverywhere } = useSession();
  const [mfa, setMfa] = useState<'idle' | 'setup' | 'done'>('idle');
  if (state.status !== 'active') return null;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <dl className="summary">
        <div>
          <dt>{t('name')}</dt>
          <dd>{user.fullName}</dd>
        </div>
        <div>
          <dt>{t('username')}</dt>
          <dd>{user.username}</dd>
        </div>
      </dl>

      <section className="section">
        <PasswordChange forced={false} headingLevel={2} />
      </section>

      <section className="section" aria-labelledby="mfa-h">
        {mfa === 'setup' ? (
          <MfaSetup session={state.session} forced={false} headingLevel={2} onDone={() => setMfa('done')} />
        ) : (
          <>
            <h2 id="mfa-h">{t('mfaTitle')}</h2>
            {mfa === 'done' ? <Notice tone="success" role="status">{t('mfaDone')}</Notice> : <p>{t('mfaText')}</p>}
            <button type="button" className="button secondary" onClick={() => setMfa('setup')}>
              {t('mfaStart')}
            </button>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('sessionsTitle')}</h2>
        <p>{t('sessionsText')}</p>
        <ConfirmAction label={t('logoutAll')} question={t('logoutAllQuestion')} confirmLabel={t('logoutAllConfirm')} onConfirm={logoutEverywhere} danger />
      </section>
    </>
  );
}
