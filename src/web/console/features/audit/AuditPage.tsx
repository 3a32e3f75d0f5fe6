import { useCallback, useEffect, useState } from 'react';
import { navigate, useLocation } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { auditQuery, FILTER_KEYS, listAudit, type AuditEntry, type AuditFilter } from './audit.api.js';
import { AuditFilters } from './AuditFilters.js';
import { auditMessages } from './audit.messages.js';

function filterFrom(search: URLSearchParams): AuditFilter {
  const f: AuditFilter = {};
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v) f[k] = v;
  }
  return f;
}

const json = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v, null, 2));

export function AuditPage() {
  const t = useT(auditMessages);
  const { lang } = useLang();
  const user = useUser();
  const { search } = useLocation();
  const filterKey = search.toString();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const timeZone = user.office?.timeZone;

  const load = useCallback(
    async (beforeSeq?: number) => {
      setBusy(true);
      setError(null);
      try {
        const page = await listAudit(auditQuery(filterFrom(new URLSearchParams(filterKey)), timeZone, beforeSeq));
        setEntries((prev) => (beforeSeq && prev ? [...prev, ...page.entries] : page.entries));
        setNext(page.nextBeforeSeq);
      } catch (err) {
        setError(err as ApiError);
      } finally {
        setBusy(false);
      }
    },
    [filterKey, timeZone],
  );
  useEffect(() => {
    setEntries(null);
    void load();
  }, [load]);

  const label = (action: string) => {
    const text = t(`a.${action}` as keyof typeof auditMessages.id);
    return text === `a.${action}` ? action : text;
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="muted">{t('intro')}</p>
      <AuditFilters key={filterKey} initial={filterFrom(search)} error={error} onApply={(f) => navigate(`/audit${Object.keys(f).length ? `?${new URLSearchParams(f as Record<string, string>)}` : ''}`)} />
      <ErrorSummary error={error} />
      {entries === null ? (
        busy ? <Loading /> : null
      ) : entries.length === 0 ? (
        <p role="status">{t('none')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('count', { n: entries.length })}
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('title')}>
            <table className="table audit">
              <caption className="visually-hidden">{t('title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colSeq')}</th>
                  <th scope="col">{t('colAt')}</th>
                  <th scope="col">{t('colActor')}</th>
                  <th scope="col">{t('colAction')}</th>
                  <th scope="col">{t('colEntity')}</th>
                  <th scope="col">{t('colIp')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.seq}>
                    <td className="num">{e.seq}</td>
                    <td className="nowrap">{formatDateTime(e.at, lang, timeZone)}</td>
                    <td className="mono">{e.actor}</td>
                    <td>
                      {label(e.action)}
                      <br />
                      <span className="mono muted small">{e.action}</span>
                      {e.before !== null || e.after !== null || e.requestId ? (
                        <details>
                          <summary>{t('details')}</summary>
                          {e.requestId ? (
                            <p className="small">
                              {t('requestId')}: <span className="mono">{e.requestId}</span>
                            </p>
                          ) : null}
                          {e.before !== null ? (
                            <>
                              <p className="small">{t('before')}</p>
                              <pre>{json(e.before)}</pre>
                            </>
                          ) : null}
                          {e.after !== null ? (
                            <>
                              <p className="small">{t('after')}</p>
                              <pre>{json(e.after)}</pre>
                            </>
                          ) : null}
                        </details>
                      ) : null}
                    </td>
                    <td>
                      {e.entityType}
                      {e.entityId ? <span className="mono muted small"> {e.entityId}</span> : null}
                    </td>
                    <td className="mono">{e.ip ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {next ? (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void load(next)}>
          {t('older')}
        </button>
      ) : null}
    </>
  );
}
