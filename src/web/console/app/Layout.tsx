import type { ReactNode } from 'react';
import { ROLE_LABELS } from '../../../platform/auth/roles.js';
import { useLang, useT } from '../i18n/i18n.js';
import { hasAnyRole, useSession, useUser } from '../lib/session.js';
import { Link, useLocation } from './router.js';
import type { ConsoleRoute } from './route-types.js';

/** Header (office, user, language, logout), the menu of the screens this user's roles open, and main. */
export function Layout({ routes, children }: { routes: ConsoleRoute[]; children: ReactNode }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const user = useUser();
  const { logout } = useSession();
  const { path } = useLocation();
  const items = routes
    .filter((r) => r.nav && hasAnyRole(user.roles, r.roles) && (!r.office || user.office))
    .sort((a, b) => a.nav!.order - b.nav!.order);
  const isCurrent = (p: string) => (p === '/' ? path === '/' : path === p || path.startsWith(`${p}/`));
  return (
    <>
      <a className="skip" href="#main">
        {t('skipLink')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link className="brand" to="/">
            {t('appName')}
          </Link>
          <span className="office" data-testid="office-name">
            <span className="visually-hidden">{t('officeLabel')}: </span>
            {user.office?.name ?? t('platformOffice')}
          </span>
          <span className="user">
            <span className="visually-hidden">{t('loggedInAs')} </span>
            {user.fullName} <span className="roles">· {user.roles.map((r) => ROLE_LABELS[r][lang]).join(', ')}</span>
          </span>
          <button type="button" className="link-button on-dark" lang={lang === 'en' ? 'id' : 'en'} aria-label={t('langSwitchLabel')} onClick={() => setLang(lang === 'en' ? 'id' : 'en')}>
            {t('langSwitch')}
          </button>
          <button type="button" className="button small-button on-dark" onClick={() => void logout()}>
            {t('logout')}
          </button>
        </div>
        <nav className="mainnav" aria-label={t('mainNav')}>
          <ul>
            {items.map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={isCurrent(r.path) ? 'page' : undefined}>
                  {r.nav!.label[lang]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
