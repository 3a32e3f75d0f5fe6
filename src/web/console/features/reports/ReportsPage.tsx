import { useState } from 'react';
import type { Counts, MonthlyReport } from '../../../../modules/reports/reports.queries.js';
import type { OfficeStandard } from '../../../../modules/standards/standard.schema.js';
import { navigate, useLocation } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { withQuery } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { useApi } from '../../lib/use-api.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, PageTitle } from '../../ui/page.js';
import { reportMessages } from './reports.messages.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const COLUMNS = ['new', 'reactivated', 'transferred', 'terminated', 'changed', 'emergency', 'accepted', 'rejected', 'total'] as const satisfies readonly (keyof Counts)[];

/** This month on the office's clock. */
function thisMonth(timeZone?: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'Asia/Jakarta' }).format(new Date()).slice(0, 7);
}

// Files are plain links: the browser downloads them with the session cookie, and a GET changes nothing.
const fileUrl = (path: string, month: string, format: string) => withQuery(`/api/v1/reports/${path}`, { month, format });

export function ReportsPage() {
  const t = useT(reportMessages);
  const user = useUser();
  const { search } = useLocation();
  const asked = search.get('month') ?? '';
  const month = MONTH.test(asked) ? asked : thisMonth(user.office?.timeZone);
  const [text, setText] = useState(month);
  const [message, setMessage] = useState<string | null>(null);
  const report = useApi<MonthlyReport>('/reports/membership', { month });

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="muted">{t('intro')}</p>
      <form
        className="filters inline-filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const m = text.trim();
          if (!MONTH.test(m)) {
            setMessage(t('monthInvalid'));
            return;
          }
          setMessage(null);
          navigate(`/reports?month=${m}`);
        }}
      >
        <TextField name="month" label={t('month')} hint={t('monthHint')} type="month" className="input w-date" value={text} onValue={setText} error={message ?? undefined} />
        <button className="button secondary" type="submit">
          {t('show')}
        </button>
      </form>

      <section aria-labelledby="downloads-h">
        <h2 id="downloads-h">{t('downloads')}</h2>
        <ul className="downloads">
          <li>
            <a href={fileUrl('membership', month, 'xlsx')} download>
              {t('membershipXlsx', { month })}
            </a>
          </li>
          <li>
            <a href={fileUrl('membership', month, 'pdf')} download>
              {t('membershipPdf', { month })}
            </a>
          </li>
          <li>
            <a href={fileUrl('register', month, 'pdf')} download>
              {t('registerPdf', { month })}
            </a>
          </li>
          <li>
            <a href={fileUrl('register', month, 'xlsx')} download>
              {t('registerXlsx', { month })}
            </a>
          </li>
        </ul>
        <p className="hint">{t('registerNote')}</p>
      </section>

      <section className="section" aria-labelledby="membership-h">
        <h2 id="membership-h">{t('membershipTitle', { month })}</h2>
        <ErrorSummary error={report.error} title={t('loadFailed')} />
        {report.data ? <MembershipReport report={report.data} /> : report.loading ? <Loading /> : null}
      </section>
    </>
  );
}

function MembershipReport({ report }: { report: MonthlyReport }) {
  const t = useT(reportMessages);
  const { lang } = useLang();
  // Service names as the office's standard words them; report viewers may read the standard.
  const standard = useApi<{ standard: OfficeStandard }>('/standard');
  const serviceName = (code: string) => {
    if (code === 'registry') return t('registry');
    const s = standard.data?.standard.services.find((x) => x.code === code);
    return s ? (lang === 'en' && s.nameEn ? s.nameEn : s.name) : code;
  };
  const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);
  const mutu = (text: string | null) => {
    if (!text) return '—';
    const [amount, unit] = text.split(' ');
    return `${amount} ${t(`unit.${unit}` as 'unit.hours')}`;
  };
  const c = report.compliance;

  return (
    <>
      <h3 id="totals-h">{t('totalsTitle')}</h3>
      <CountsTable caption="totals-h" first={t('totalsTitle')} rows={[{ key: 'total', name: t('c.total'), counts: report.totals }]} header={false} />

      <h3 id="services-h">{t('byServiceTitle')}</h3>
      {report.byService.length === 0 ? <p>{t('none')}</p> : <CountsTable caption="services-h" first={t('colService')} rows={report.byService.map((s) => ({ key: s.serviceCode, name: serviceName(s.serviceCode), counts: s }))} />}

      <h3 id="villages-h">{t('byVillageTitle')}</h3>
      {report.byVillage.length === 0 ? <p>{t('none')}</p> : <CountsTable caption="villages-h" first={t('colVillage')} rows={report.byVillage.map((v) => ({ key: v.code, name: v.name, counts: v }))} />}

      <h3>{t('complianceTitle')}</h3>
      <dl className="summary">
        <div>
          <dt>{t('closed')}</dt>
          <dd>{c.closed}</dd>
        </div>
        <div>
          <dt>{t('onTime')}</dt>
          <dd>{c.onTime}</dd>
        </div>
        <div>
          <dt>{t('late')}</dt>
          <dd>{c.late}</dd>
        </div>
        <div>
          <dt>{t('withoutDue')}</dt>
          <dd>{c.withoutDue}</dd>
        </div>
        <div>
          <dt>{t('onTimeShare')}</dt>
          <dd>{pct(c.onTimeShare)}</dd>
        </div>
      </dl>

      <h3 id="steps-h">{t('stepsTitle')}</h3>
      {report.steps.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="steps-h">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('colStep')}</th>
                <th scope="col" className="num">{t('colCount')}</th>
                <th scope="col" className="num">{t('colAverage')}</th>
                <th scope="col">{t('colMutu')}</th>
                <th scope="col" className="num">{t('colWithin')}</th>
                <th scope="col" className="num">{t('colWithinShare')}</th>
              </tr>
            </thead>
            <tbody>
              {report.steps.map((s) => (
                <tr key={s.stepCode}>
                  <th scope="row" className="mono">{s.stepCode}</th>
                  <td className="num">{s.count}</td>
                  <td className="num">{s.averageElapsed ?? '—'}</td>
                  <td>{mutu(s.mutuBaku)}</td>
                  <td className="num">{s.within}</td>
                  <td className="num">{pct(s.withinShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function CountsTable({ caption, first, rows, header = true }: { caption: string; first: string; rows: { key: string; name: string; counts: Counts }[]; header?: boolean }) {
  const t = useT(reportMessages);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={caption}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{header ? first : <span className="visually-hidden">{first}</span>}</th>
            {COLUMNS.map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`c.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {COLUMNS.map((k) => (
                <td className="num" key={k}>
                  {r.counts[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
