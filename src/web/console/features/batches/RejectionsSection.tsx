import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { usePagedList } from '../../lib/use-paged-list.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { LoadMore } from '../../ui/LoadMore.js';
import { Loading, Notice } from '../../ui/page.js';
import { listRejections, resolveRejection, type Rejection } from './batches.api.js';
import { batchMessages } from './batches.messages.js';

/** The worklist of rows BPJS refused; each is closed with a note of what was corrected. */
export function RejectionsSection({ batchId }: { batchId: string }) {
  const t = useT(batchMessages);
  const [includeResolved, setIncludeResolved] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const list = usePagedList((cursor?: number) => listRejections(batchId, includeResolved, cursor), 'rejections', `${batchId} ${includeResolved}`);
  const { rows, error, setRows } = list;

  return (
    <section className="section" aria-labelledby="rejections-h">
      <h2 id="rejections-h">{t('rejectionsTitle')}</h2>
      <p>{t('rejectionsIntro')}</p>
      <div className="checkbox">
        <input id="f-include-resolved" type="checkbox" checked={includeResolved} onChange={(e) => setIncludeResolved(e.target.checked)} />
        <label htmlFor="f-include-resolved">{t('showResolved')}</label>
      </div>
      {done ? (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      ) : null}
      <ErrorSummary error={error} title={t('loadFailed')} />
      {rows === null ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p role="status">{t('noRejections')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="rejections-h">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colNik')}</th>
                <th scope="col">{t('colChange')}</th>
                <th scope="col">{t('colReason')}</th>
                <th scope="col">{t('colAction')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.itemId}>
                  <th scope="row">{r.name}</th>
                  <td className="mono nowrap">{r.nik}</td>
                  <td>{t(`change.${r.changeType}` as 'change.new')}</td>
                  <td>{r.reason ?? '—'}</td>
                  <td>
                    {r.resolved ? (
                      <span className="tag tag-green">{t('resolvedTag')}</span>
                    ) : (
                      <ResolveForm
                        batchId={batchId}
                        rejection={r}
                        onResolved={() => {
                          setDone(t('resolved', { name: r.name }));
                          setRows((prev) => (includeResolved ? (prev ?? []).map((x) => (x.itemId === r.itemId ? { ...x, resolved: true } : x)) : (prev ?? []).filter((x) => x.itemId !== r.itemId)));
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label={t('loadMore')} />
    </section>
  );
}

function ResolveForm({ batchId, rejection, onResolved }: { batchId: string; rejection: Rejection; onResolved: () => void }) {
  const t = useT(batchMessages);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = `note-${rejection.itemId}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await resolveRejection(batchId, rejection.itemId, note);
      onResolved();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <TextField
        name={name}
        label={t('note', { name: rejection.name })}
        hint={t('noteHint')}
        value={note}
        onValue={setNote}
        autoComplete="off"
        error={fieldError(error, 'note') ?? (error && !error.fieldErrors.note ? error.message : undefined)}
      />
      <button className="button small-button" type="submit" disabled={busy}>
        {t('resolve')}
      </button>
    </form>
  );
}
