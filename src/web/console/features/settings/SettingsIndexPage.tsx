import { Link } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import { PageTitle } from '../../ui/page.js';
import { settingsMessages } from './settings.messages.js';

const PAGES = [
  ['/settings/standard', 'standardLink', 'standardText'],
  ['/settings/holidays', 'holidaysLink', 'holidaysText'],
  ['/settings/faskes', 'faskesLink', 'faskesText'],
  ['/settings/assessment-form', 'assessmentLink', 'assessmentText'],
  ['/settings/bpjs', 'bpjsLink', 'bpjsText'],
] as const;

export function SettingsIndexPage() {
  const t = useT(settingsMessages);
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="muted">{t('intro')}</p>
      <ul className="tiles">
        {PAGES.map(([to, label, text]) => (
          <li key={to}>
            <Link to={to}>{t(label)}</Link>
            <p>{t(text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The way back from every settings screen. */
export function SettingsCrumb() {
  const t = useT(settingsMessages);
  return (
    <p className="crumb">
      <Link to="/settings">← {t('toSettings')}</Link>
    </p>
  );
}
