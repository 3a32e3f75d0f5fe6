import { ROLE_LABELS } from '../../../../platform/auth/roles.js';
import { Link } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { usePagedList } from '../../lib/use-paged-list.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { LoadMore } from '../../ui/LoadMore.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { listStaff } from './staff.api.js';
import { staffMessages } from './staff.messages.js';

export function StaffListPage() {
  const t = useT(staffMessages);
  const { lang } = useLang();
  const list = usePagedList(listStaff, 'staff');
  const { rows, error, busy } = list;

  return (
    <>
      <div className="title-row">
        <PageTitle>{t('listTitle')}</PageTitle>
        <Link className="button" to="/staff/new">
          {t('add')}
        </Link>
      </div>
      <ErrorSummary error={error} title={t('loadFailed')} />
      {rows === null ? (
        busy ? <Loading /> : null
      ) : rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('listTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t('listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colUsername')}</th>
                <th scope="col">{t('colRoles')}</th>
                <th scope="col">{t('colMfa')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className={s.disabled ? 'is-disabled' : undefined}>
                  <th scope="row">
                    <Link to={`/staff/${s.id}`}>{s.fullName}</Link>
                  </th>
                  <td className="mono">{s.username}</td>
                  <td>{s.roles.map((r) => ROLE_LABELS[r][lang]).join(', ')}</td>
                  <td>{s.totpEnabled ? t('mfaOn') : t('mfaOff')}</td>
                  <td>
                    <span className={`tag ${s.disabled ? 'tag-grey' : 'tag-green'}`}>{s.disabled ? t('disabled') : t('active')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label={t('loadMore')} />
    </>
  );
}
