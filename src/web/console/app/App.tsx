import { useT } from '../i18n/i18n.js';
import { hasAnyRole, useSession, useUser } from '../lib/session.js';
import { AuthFlow } from '../features/auth/AuthFlow.js';
import { Loading, PageTitle } from '../ui/page.js';
import { Layout } from './Layout.js';
import { Link, matchPath, useLocation } from './router.js';
import { routes } from './routes.js';

function Problem({ title, text }: { title: string; text: string }) {
  const t = useT();
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>{text}</p>
      <p>
        <Link to="/">{t('toHome')}</Link>
      </p>
    </>
  );
}

function Screen() {
  const t = useT();
  const user = useUser();
  const { path } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    // The server refuses anyway; this only spares the user a screen of errors.
    if (!hasAnyRole(user.roles, route.roles) || (route.office && !user.office)) {
      return <Problem title={t('forbiddenTitle')} text={t('forbiddenText')} />;
    }
    return route.render(params);
  }
  return <Problem title={t('notFoundTitle')} text={t('notFoundText')} />;
}

export function App() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous' || state.session.pending) return <AuthFlow state={state} />;
  return (
    <Layout routes={routes}>
      <Screen />
    </Layout>
  );
}
