import { ROLE_LABELS } from '../../../../platform/auth/roles.js';
import { Link } from '../../app/router.js';
import type { ConsoleRoute } from '../../app/route-types.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { hasAnyRole, useUser } from '../../lib/session.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { homeMessages } from './home.messages.js';

/** The start screen: who and where you are, and the screens your roles open (with what each is for). */
export function HomePage({ routes }: { routes: ConsoleRoute[] }) {
  const t = useT(homeMessages);
  const { lang } = useLang();
  const user = useUser();
  const screens = routes
    .filter((r) => r.nav?.description && hasAnyRole(user.roles, r.roles) && (!r.office || user.office))
    .sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <>
      <PageTitle>{t('welcome', { name: user.fullName })}</PageTitle>
      <dl className="summary">
        <div>
          <dt>{t('officeLabel')}</dt>
          <dd>{user.office?.name ?? t('platformOffice')}</dd>
        </div>
        <div>
          <dt>{t('yourRoles')}</dt>
          <dd>{user.roles.map((r) => ROLE_LABELS[r][lang]).join(', ')}</dd>
        </div>
      </dl>
      <h2>{t('screens')}</h2>
      {screens.every((r) => r.nav!.personal) ? <Notice>{t('noScreens')}</Notice> : null}
      {screens.length === 0 ? null : (
        <ul className="tiles">
          {screens.map((r) => (
            <li key={r.path}>
              <Link to={r.path}>{r.nav!.label[lang]}</Link>
              <p>{r.nav!.description![lang]}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
