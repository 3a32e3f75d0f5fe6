import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/router.js';
import { useLang, useT, type Lang } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import type { ApplicationSummary, Page } from '../applications/applications.api.js';
import { useVillageNames } from '../applications/use-village-names.js';
import { submitBatchOf, type BatchView } from './kelurahan.api.js';
import { kelurahanMessages } from './kelurahan.messages.js';

/** Minutes are enough in a list; on the office's clock (WIB/WITA/WIT). */
const short = (iso: string, lang: Lang, timeZone?: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

/** The list endpoint's page size: the submitted proposals shown are the latest this many. */
const LIMIT = 100;

interface Handed {
  village: string;
  receipts: { receiptNumber: string; id: string | null }[];
}

/** The kelurahan's batches of proposals, each open batch with its own proposals (by batch id). */
export function KelurahanPage() {
  const t = useT(kelurahanMessages);
  const { lang } = useLang();
  const user = useUser();
  const tz = user.office?.timeZone;
  const operator = user.roles.includes('kelurahan_operator');
  const batches = useApi<{ batches: BatchView[] }>('/kelurahan-batches', { limit: 100 });
  const apps = useApi<Page<ApplicationSummary>>('/applications', { channel: 'kelurahan_batch', limit: LIMIT });
  const [handed, setHanded] = useState<Handed | null>(null);
  const handedRef = useRef<HTMLDivElement>(null);
  const rows = batches.data?.batches ?? [];
  const names = useVillageNames([...rows.map((b) => b.villageCode), ...user.kelurahanCodes]);
  const villageName = (code: string) => names.get(code) ?? code;
  const proposals = apps.data?.items ?? [];
  const submitted = proposals.filter((a) => a.status !== 'draft');
  const open = rows.filter((b) => b.status === 'open');
  const when = (iso: string | null) => (iso ? short(iso, lang, tz) : '—');

  // The outcome of a hand-over is announced and read first.
  useEffect(() => {
    if (handed) handedRef.current?.focus();
  }, [handed]);

  const onSubmitted = (batch: BatchView, receipts: string[], inBatch: ApplicationSummary[]) => {
    const ids = new Map(inBatch.map((a) => [a.receiptNumber, a.id]));
    setHanded({ village: villageName(batch.villageCode), receipts: receipts.map((r) => ({ receiptNumber: r, id: ids.get(r) ?? null })) });
    batches.reload();
    apps.reload();
  };

  return (
    <>
      <div className="title-row">
        <PageTitle>{t('title')}</PageTitle>
        {operator ? (
          <Link className="button" to="/kelurahan/new">
            {t('add')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t('intro')}</p>
      {!operator ? <Notice>{t('readOnly')}</Notice> : null}
      {handed ? (
        <div className="notice success" role="status" tabIndex={-1} ref={handedRef} data-testid="handed-over">
          <p>{t('submitted', { n: handed.receipts.length, village: handed.village })}</p>
          <ul className="plain">
            {handed.receipts.map((r) => (
              <li key={r.receiptNumber} className="mono">
                {r.id ? <Link to={`/applications/${r.id}`}>{r.receiptNumber}</Link> : r.receiptNumber}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorSummary error={batches.error ?? apps.error} title={t('loadFailed')} />
      {batches.loading && !batches.data ? <Loading /> : null}

      {batches.data ? (
        <section aria-labelledby="kel-batches">
          <h2 id="kel-batches">{t('batchesTitle')}</h2>
          {rows.length === 0 ? (
            <p>{t('noBatches')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="kel-batches">
              <table className="table" data-testid="batches">
                <thead>
                  <tr>
                    <th scope="col">{t('colVillage')}</th>
                    <th scope="col">{t('colStatus')}</th>
                    <th scope="col">{t('colCount')}</th>
                    <th scope="col">{t('colCreated')}</th>
                    <th scope="col">{t('colSubmitted')}</th>
                    <th scope="col">{t('colReference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((b) => (
                    <tr key={b.id}>
                      <th scope="row">{villageName(b.villageCode)}</th>
                      <td>
                        <span className={`tag ${b.status === 'open' ? 'tag-blue' : 'tag-green'}`}>{b.status === 'open' ? t('statusOpen') : t('statusSubmitted')}</span>
                      </td>
                      <td>{b.applications}</td>
                      <td>{when(b.createdAt)}</td>
                      <td>{when(b.submittedAt)}</td>
                      <td>{b.referenceNumber ? `${b.referenceNumber}${b.referenceDate ? ` (${b.referenceDate})` : ''}` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {open.map((b) => (
        <OpenBatch
          key={b.id}
          batch={b}
          village={villageName(b.villageCode)}
          operator={operator}
          onSubmitted={onSubmitted}
        />
      ))}

      {apps.data ? (
        <section aria-labelledby="kel-submitted">
          <h2 id="kel-submitted">{t('submittedTitle')}</h2>
          {submitted.length === 0 ? <p>{t('submittedEmpty')}</p> : <ProposalTable label="kel-submitted" items={submitted} villageName={villageName} withStatus testId="submitted-proposals" />}
          {apps.data.nextCursor ? <p className="hint">{t('moreProposals', { n: LIMIT })}</p> : null}
        </section>
      ) : null}
    </>
  );
}

function OpenBatch({ batch, village, operator, onSubmitted }: {
  batch: BatchView;
  village: string;
  operator: boolean;
  onSubmitted: (batch: BatchView, receipts: string[], inBatch: ApplicationSummary[]) => void;
}) {
  const t = useT(kelurahanMessages);
  // An open batch holds at most a village's proposals of one collection round: one page covers it.
  const inBatch = useApi<Page<ApplicationSummary>>('/applications', { kelurahanBatchId: batch.id, limit: LIMIT });
  const proposals = inBatch.data?.items ?? [];
  const loading = inBatch.loading && !inBatch.data;
  const [referenceNumber, setReferenceNumber] = useState('');
  const [referenceDate, setReferenceDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = `kel-open-${batch.id}`;
  const name = (f: string) => `batch-${batch.id.slice(0, 8)}-${f}`;

  const submit = async () => {
    setError(null);
    try {
      const out = await submitBatchOf(batch.id, {
        ...(referenceNumber.trim() ? { referenceNumber: referenceNumber.trim() } : {}),
        ...(referenceDate ? { referenceDate } : {}),
      });
      onSubmitted(batch, out.receiptNumbers, proposals);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
    }
  };

  return (
    <section aria-labelledby={headingId} data-testid="open-batch">
      <h2 id={headingId}>{t('openTitle', { village })}</h2>
      {loading ? <Loading /> : proposals.length === 0 ? <p>{t('openEmpty')}</p> : <ProposalTable label={headingId} items={proposals} villageName={() => village} />}
      {operator ? (
        <>
          <ErrorSummary error={error} title={t('submitFailed')} fields={{ [name('number')]: t('coverNumber'), [name('date')]: t('coverDate') }} aliases={{ referenceNumber: name('number'), referenceDate: name('date') }} />
          <div className="intake-row">
            <TextField name={name('number')} label={t('coverNumber')} value={referenceNumber} onValue={setReferenceNumber} optional autoComplete="off" maxLength={100} error={error?.fieldErrors.referenceNumber} />
            <TextField name={name('date')} label={t('coverDate')} type="date" value={referenceDate} onValue={setReferenceDate} optional error={error?.fieldErrors.referenceDate} />
          </div>
          <div className="actions">
            <ConfirmAction
              label={t('submit')}
              question={t('submitQuestion', { n: batch.applications, village })}
              confirmLabel={t('submitConfirm')}
              onConfirm={submit}
              disabled={batch.applications === 0}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}

function ProposalTable({ label, items, villageName, withStatus, testId }: {
  label: string;
  items: ApplicationSummary[];
  villageName: (code: string) => string;
  withStatus?: boolean;
  testId?: string;
}) {
  const t = useT(kelurahanMessages);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={label}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('colReceipt')}</th>
            <th scope="col">{t('colApplicant')}</th>
            <th scope="col">{t('colService')}</th>
            <th scope="col">{t('colPriority')}</th>
            {withStatus ? <th scope="col">{t('colVillage')}</th> : null}
            {withStatus ? <th scope="col">{t('colAppStatus')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="mono">
                <Link to={`/applications/${a.id}`}>{a.receiptNumber}</Link>
              </th>
              <td>{a.applicantName}</td>
              <td>{a.serviceName}</td>
              <td>{a.priority ? <span className="tag app-tag-priority">{t('urgent')}</span> : t('ordinary')}</td>
              {withStatus ? <td>{villageName(a.villageCode)}</td> : null}
              {withStatus ? <td>{a.statusLabel}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
