import { useState } from 'react';
import { Link } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { saveFile, type ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { useApi } from '../../lib/use-api.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { closeBatch, exportBatch, getBatch, reconcileBatch, registerBatchCards, submitBatch, type BatchDetail } from './batches.api.js';
import { batchMessages } from './batches.messages.js';
import { RejectionsSection } from './RejectionsSection.js';
import { ResultsUpload } from './ResultsUpload.js';
import { StatusTag } from './StatusTag.js';

export function BatchDetailPage({ id }: { id: string }) {
  const t = useT(batchMessages);
  const loaded = useApi<BatchDetail>(`/batches/${encodeURIComponent(id)}`);
  const [batch, setBatch] = useState<BatchDetail | null>(null);
  const current = batch ?? loaded.data;
  if (loaded.error) {
    return (
      <>
        <p className="crumb">
          <Link to="/batches">← {t('toList')}</Link>
        </p>
        <PageTitle>{t('listTitle')}</PageTitle>
        <ErrorSummary error={loaded.error} title={t('loadFailed')} />
      </>
    );
  }
  if (!current) return <Loading />;
  // After an upload or export the server's view is fetched again; it replaces any earlier answer.
  const reload = () => void getBatch(id).then(setBatch, () => loaded.reload());
  return <BatchView batch={current} onChange={setBatch} reload={reload} />;
}

interface InvalidRowDetail {
  position?: number;
  sheetRow?: number;
  message?: string;
}

function BatchView({ batch, onChange, reload }: { batch: BatchDetail; onChange: (b: BatchDetail) => void; reload: () => void }) {
  const t = useT(batchMessages);
  const { lang } = useLang();
  const user = useUser();
  const timeZone = user.office?.timeZone;
  const name = t('batchName', { period: batch.period, sequence: batch.sequence });
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cardsDone, setCardsDone] = useState<string | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, timeZone) : t('notYet'));

  const act = async (fn: () => Promise<BatchDetail>) => {
    setActionError(null);
    setNotice(null);
    try {
      onChange(await fn());
    } catch (err) {
      setActionError(err as ApiError);
    }
  };

  const download = async (changeType: string, format: 'xlsx' | 'csv') => {
    const change = t(`change.${changeType}` as 'change.new');
    setExporting(change);
    setExportError(null);
    setNotice(null);
    try {
      const file = await exportBatch(batch.id, changeType, format);
      saveFile(file);
      setNotice(t('exported', { file: file.filename }));
      // The first export moves a closed batch on to "exported".
      reload();
    } catch (err) {
      setExportError(err as ApiError);
    } finally {
      setExporting(null);
    }
  };

  const invalidRows = Array.isArray(exportError?.details) ? (exportError.details as InvalidRowDetail[]).filter((d) => d.sheetRow !== undefined) : [];
  const canExport = batch.status !== 'open';

  return (
    <>
      <p className="crumb">
        <Link to="/batches">← {t('toList')}</Link>
      </p>
      <PageTitle>{name}</PageTitle>
      {notice ? (
        <Notice tone="success" role="status">
          {notice}
        </Notice>
      ) : null}
      <dl className="summary">
        <div>
          <dt>{t('colStatus')}</dt>
          <dd>
            <StatusTag status={batch.status} />
          </dd>
        </div>
        <div>
          <dt>{t('closesAt')}</dt>
          <dd>{batch.closesAt ?? t('onDemand')}</dd>
        </div>
        <div>
          <dt>{t('itemCount')}</dt>
          <dd>{batch.itemCount}</dd>
        </div>
        <div>
          <dt>{t('priorityCount')}</dt>
          <dd>{batch.priorityCount}</dd>
        </div>
        <div>
          <dt>{t('accepted')}</dt>
          <dd>{batch.acceptedCount}</dd>
        </div>
        <div>
          <dt>{t('rejected')}</dt>
          <dd>{batch.rejectedCount}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="changes-h">
        <h2 id="changes-h">{t('changesTitle')}</h2>
        {!canExport ? <p className="muted">{t('exportClosedFirst')}</p> : null}
        {exporting ? (
          <p className="notice busy" role="status">
            {t('exporting', { change: exporting })}
          </p>
        ) : null}
        <ErrorSummary error={exportError} />
        {invalidRows.length > 0 ? (
          <div className="invalid-rows">
            <h3>{t('invalidRows')}</h3>
            <ul>
              {invalidRows.slice(0, 50).map((d, i) => (
                <li key={i}>{t('invalidRow', { position: d.position ?? '?', sheetRow: d.sheetRow ?? '?', message: d.message ?? '' })}</li>
              ))}
            </ul>
            {invalidRows.length > 50 ? <p>{t('moreRows', { n: invalidRows.length - 50 })}</p> : null}
          </div>
        ) : null}
        {batch.changeTypes.length === 0 ? (
          <p>{t('noItems')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="changes-h">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('colChange')}</th>
                  <th scope="col" className="num">{t('colTotal')}</th>
                  <th scope="col" className="num">{t('colPriority')}</th>
                  <th scope="col" className="num">{t('colAccepted')}</th>
                  <th scope="col" className="num">{t('colRejected')}</th>
                  {canExport ? <th scope="col">{t('colFiles')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {batch.changeTypes.map((c) => {
                  const change = t(`change.${c.changeType}` as 'change.new');
                  return (
                    <tr key={c.changeType}>
                      <th scope="row">{change}</th>
                      <td className="num">{c.total}</td>
                      <td className="num">{c.priority}</td>
                      <td className="num">{c.accepted}</td>
                      <td className="num">{c.rejected}</td>
                      {canExport ? (
                        <td>
                          <div className="button-row">
                            <button type="button" className="button small-button" disabled={exporting !== null} aria-label={t('exportLabel', { what: t('exportXlsx'), change })} onClick={() => void download(c.changeType, 'xlsx')}>
                              {t('exportXlsx')}
                            </button>
                            <button type="button" className="button secondary small-button" disabled={exporting !== null} aria-label={t('exportLabel', { what: t('exportCsv'), change })} onClick={() => void download(c.changeType, 'csv')}>
                              {t('exportCsv')}
                            </button>
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="steps-h">
        <h2 id="steps-h">{t('stepsTitle')}</h2>
        <ErrorSummary error={actionError} />
        {batch.status === 'open' ? (
          <div className="step">
            <p>{t('openText')}</p>
            <p>{t('closeText')}</p>
            <ConfirmAction label={t('close')} question={t('closeQuestion', { name })} confirmLabel={t('closeConfirm')} onConfirm={() => act(() => closeBatch(batch.id))} />
          </div>
        ) : null}
        {batch.status === 'exported' ? (
          <div className="step">
            <p>{t('submitText')}</p>
            <ConfirmAction label={t('submit')} question={t('submitQuestion', { name })} confirmLabel={t('submitConfirm')} onConfirm={() => act(() => submitBatch(batch.id))} />
          </div>
        ) : null}
        {batch.status === 'closed' ? <p>{t('closedText')}</p> : null}
        {batch.status === 'submitted' || batch.status === 'results_imported' ? <ResultsUpload batchId={batch.id} onImported={reload} /> : null}
        {batch.status === 'results_imported' ? (
          <div className="step">
            <p>{t('reconcileText')}</p>
            <ConfirmAction label={t('reconcile')} question={t('reconcileQuestion', { name })} confirmLabel={t('reconcileConfirm')} onConfirm={() => act(() => reconcileBatch(batch.id))} />
          </div>
        ) : null}
        {batch.status === 'reconciled' ? <p>{t('done')}</p> : null}
        {(batch.status === 'results_imported' || batch.status === 'reconciled') && batch.acceptedCount > 0 ? (
          <div className="step">
            <p>{t('cardsText')}</p>
            {cardsDone ? (
              <Notice tone="success" role="status">
                {cardsDone}
              </Notice>
            ) : null}
            <ConfirmAction
              label={t('cards')}
              question={t('cardsQuestion', { name })}
              confirmLabel={t('cardsConfirm')}
              onConfirm={async () => {
                setActionError(null);
                try {
                  const r = await registerBatchCards(batch.id);
                  setCardsDone(t('cardsDone', { registered: r.registered, already: r.alreadyRegistered, notified: r.notified }));
                } catch (err) {
                  setActionError(err as ApiError);
                }
              }}
            />
          </div>
        ) : null}
      </section>

      <section className="section" aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t('timeline')}</h2>
        <dl className="summary">
          {(['closedAt', 'exportedAt', 'submittedAt', 'resultsImportedAt', 'reconciledAt'] as const).map((k) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{when(batch[k])}</dd>
            </div>
          ))}
        </dl>
      </section>

      {batch.rejectedCount > 0 ? <RejectionsSection batchId={batch.id} /> : null}
    </>
  );
}
