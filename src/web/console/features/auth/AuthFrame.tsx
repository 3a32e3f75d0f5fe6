import type { ReactNode } from 'react';
import { useLang, useT } from '../../i18n/i18n.js';

/** The frame of the login steps: the product's name, the language switch, one narrow column. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <>
      <a className="skip" href="#main">
        {t('skipLink')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <span className="brand">{t('appName')}</span>
          <button type="button" className="link-button on-dark" lang={lang === 'en' ? 'id' : 'en'} aria-label={t('langSwitchLabel')} onClick={() => setLang(lang === 'en' ? 'id' : 'en')}>
            {t('langSwitch')}
          </button>
        </div>
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        <div className="auth-card">{children}</div>
      </main>
    </>
  );
}
