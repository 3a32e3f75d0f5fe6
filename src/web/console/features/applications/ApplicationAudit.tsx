import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Loading } from '../../ui/page.js';
import type { AuditEntry } from './applications.api.js';
import { applicationMessages } from './applications.messages.js';

/** The audit log is the office admin's (GET /audit is theirs only); they see this file's entries here. */
export function ApplicationAudit({ id }: { id: string }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  // "application.check" is the workflow action "check": the history's words serve here too.
  const label = (action: string) => {
    if (action === 'application.viewed') return t('auditViewed');
    const key = action === 'application.created' ? 'e.intake' : `e.${action.replace(/^application\./, '')}`;
    const text = t(key as keyof typeof applicationMessages.id);
    return text === key ? action : text;
  };
  const { data, error, loading } = useApi<{ entries: AuditEntry[] }>('/audit', { entityType: 'application', entityId: id, limit: 100 });
  return (
    <section className="section" aria-labelledby="app-audit-h">
      <h2 id="app-audit-h">{t('auditTitle')}</h2>
      <ErrorSummary error={error} title={t('loadFailed')} />
      {loading ? <Loading /> : null}
      {data && data.entries.length === 0 ? <p>{t('auditEmpty')}</p> : null}
      {data && data.entries.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="app-audit-h">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('auditWhen')}</th>
                <th scope="col">{t('auditWho')}</th>
                <th scope="col">{t('auditWhat')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.seq}>
                  <td className="nowrap">{formatDateTime(e.at, lang, tz)}</td>
                  <td>{e.actor}</td>
                  <td>
                    {label(e.action)}
                    <br />
                    <span className="mono muted small">{e.action}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
