import { useState } from 'react';
import { Link, navigate, useLocation } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { useUser } from '../../lib/session.js';
import { usePagedList } from '../../lib/use-paged-list.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { LoadMore } from '../../ui/LoadMore.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { listCards, type CardStatus } from './cards.api.js';
import { cardMessages } from './cards.messages.js';

const STATUSES: readonly CardStatus[] = ['waiting', 'handed', 'all'];

export function CardListPage() {
  const t = useT(cardMessages);
  const { lang } = useLang();
  const user = useUser();
  const { search } = useLocation();
  const asked = search.get('status');
  const status: CardStatus = STATUSES.includes(asked as CardStatus) ? (asked as CardStatus) : 'waiting';
  const [choice, setChoice] = useState<CardStatus>(status);
  const list = usePagedList((cursor?: string) => listCards(status, cursor), 'cards', status);
  const { rows, error, busy } = list;

  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, user.office?.timeZone) : '—');

  return (
    <>
      <div className="title-row">
        <PageTitle>{t('listTitle')}</PageTitle>
        <Link className="button" to="/cards/arrivals">
          {t('arrivalsLink')}
        </Link>
      </div>
      <p className="muted">{t('listIntro')}</p>
      <form
        className="filters inline-filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/cards?status=${choice}`);
        }}
      >
        <div className="field">
          <label className="label" htmlFor="f-status">
            {t('filterStatus')}
          </label>
          <select id="f-status" className="input" value={choice} onChange={(e) => setChoice(e.target.value as CardStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="button secondary" type="submit">
          {t('apply')}
        </button>
      </form>
      <ErrorSummary error={error} title={t('loadFailed')} />
      {rows === null ? (
        busy ? <Loading /> : null
      ) : rows.length === 0 ? (
        <p role="status">{t('empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('listTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t(`status.${status}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colNik')}</th>
                <th scope="col">{t('colCard')}</th>
                <th scope="col">{t('colVillage')}</th>
                <th scope="col">{t('colArrived')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cards/${c.id}`}>{c.name}</Link>
                  </th>
                  <td className="mono nowrap">{c.nik}</td>
                  <td className="mono nowrap">{c.cardNumber}</td>
                  <td className="mono nowrap">{c.villageCode}</td>
                  <td className="nowrap">{when(c.arrivedAt)}</td>
                  <td>
                    <span className={`tag ${c.handedAt ? 'tag-green' : 'tag-blue'}`}>{c.handedAt ? t('handed') : t('waiting')}</span>
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
