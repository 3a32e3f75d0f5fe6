import { useState } from 'react';
import { Link, navigate, useLocation } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import { usePagedList } from '../../lib/use-paged-list.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { LoadMore } from '../../ui/LoadMore.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { listBatches, STATUSES } from './batches.api.js';
import { batchMessages } from './batches.messages.js';
import { StatusTag } from './StatusTag.js';

export function BatchListPage() {
  const t = useT(batchMessages);
  const { search } = useLocation();
  const status = search.get('status') ?? '';
  const [choice, setChoice] = useState(status);
  const list = usePagedList((cursor?: string) => listBatches({ status: status || undefined, cursor }), 'batches', status);
  const { rows, error, busy } = list;

  return (
    <>
      <PageTitle>{t('listTitle')}</PageTitle>
      <p className="muted">{t('listIntro')}</p>
      <form
        className="filters inline-filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(choice ? `/batches?status=${encodeURIComponent(choice)}` : '/batches');
        }}
      >
        <div className="field">
          <label className="label" htmlFor="f-status">
            {t('filterStatus')}
          </label>
          <select id="f-status" className="input" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('allStatuses')}</option>
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
            <caption className="visually-hidden">{t('listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colPeriod')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col" className="num">{t('colItems')}</th>
                <th scope="col" className="num">{t('colPriority')}</th>
                <th scope="col" className="num">{t('colAccepted')}</th>
                <th scope="col" className="num">{t('colRejected')}</th>
                <th scope="col">{t('colClosesAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <Link to={`/batches/${b.id}`}>{t('batchName', { period: b.period, sequence: b.sequence })}</Link>
                  </th>
                  <td>
                    <StatusTag status={b.status} />
                  </td>
                  <td className="num">{b.itemCount}</td>
                  <td className="num">{b.priorityCount}</td>
                  <td className="num">{b.acceptedCount}</td>
                  <td className="num">{b.rejectedCount}</td>
                  <td className="nowrap">{b.closesAt ?? t('onDemand')}</td>
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
