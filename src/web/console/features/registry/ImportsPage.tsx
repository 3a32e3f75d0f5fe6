import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, navigate } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { SelectField } from '../../ui/SelectField.js';
import { getImport, listImports, startImport, type RegistryImport } from './registry.api.js';
import { registryMessages, SEGMENT_LABELS } from './registry.messages.js';

const errOf = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
const percent = (r: RegistryImport) => (r.totalRows > 0 ? Math.min(100, Math.round((r.processedRows / r.totalRows) * 100)) : r.status === 'running' ? 0 : 100);

/** Polls `load` every second while `active` says so: long operations show their progress. */
function usePolling(load: () => Promise<void>, active: boolean) {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void load(), 1000);
    return () => clearInterval(timer);
  }, [load, active]);
}

function StatusTag({ r }: { r: RegistryImport }) {
  const t = useT(registryMessages);
  const tone = r.status === 'completed' ? 'tag-green' : r.status === 'failed' ? 'tag-red' : 'tag-grey';
  return <span className={`tag ${tone}`}>{t(r.status)}</span>;
}

function Progress({ r, labelId }: { r: RegistryImport; labelId?: string }) {
  const t = useT(registryMessages);
  return (
    <span className="import-progress">
      <progress max={100} value={percent(r)} aria-labelledby={labelId} aria-valuetext={t('rows', { done: r.processedRows, total: r.totalRows })} />{' '}
      <span className="small">{t('rows', { done: r.processedRows, total: r.totalRows })}</span>
    </span>
  );
}

export function ImportsPage() {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const user = useUser();
  const [rows, setRows] = useState<RegistryImport[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [segment, setSegment] = useState('PBI_DAERAH');
  const [uploading, setUploading] = useState(false);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      setRows((await listImports()).imports);
      setError(null);
    } catch (err) {
      setError(errOf(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  // The server writes the import while the upload request is still open: the list shows it running.
  usePolling(load, uploading || (rows ?? []).some((r) => r.status === 'running'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    setFormError(null);
    setDuplicate(null);
    if (!file) {
      setMessage(t('chooseFile'));
      return;
    }
    setMessage(null);
    setUploading(true);
    try {
      const r = await startImport(file, segment);
      if (r.duplicate) setDuplicate(r.import.id);
      else navigate(`/registry/imports/${r.import.id}`);
    } catch (err) {
      setFormError(errOf(err));
    } finally {
      setUploading(false);
      void load();
    }
  };

  return (
    <>
      <p className="crumb">
        <Link to="/registry">← {t('toSearch')}</Link>
      </p>
      <PageTitle>{t('importsTitle')}</PageTitle>
      <p className="muted">{t('importsIntro')}</p>
      <form className="filters" onSubmit={submit} noValidate>
        <ErrorSummary error={formError} message={message} fields={{ segment: t('importSegment') }} />
        <div className="filter-grid">
          <div className={`field${formError && !fieldError(formError, 'segment') ? ' has-error' : ''}`}>
            <label className="label" htmlFor="f-file">
              {t('file')}
            </label>
            <input ref={fileRef} id="f-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          </div>
          <SelectField name="segment" label={t('importSegment')} value={segment} onValue={setSegment} error={fieldError(formError, 'segment')}>
            {Object.entries(SEGMENT_LABELS).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="actions">
          <button className="button" type="submit" disabled={uploading || !user.office}>
            {uploading ? t('importRunning') : t('importStart')}
          </button>
        </div>
      </form>
      {duplicate ? (
        <Notice role="status">
          {t('importDuplicate')} <Link to={`/registry/imports/${duplicate}`}>{t('colStatus')}</Link>
        </Notice>
      ) : null}
      <h2 id="recent-h">{t('recent')}</h2>
      <ErrorSummary error={error} title={t('loadFailed')} />
      {rows === null ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p>{t('noImports')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="recent-h">
          <table className="table">
            <caption className="visually-hidden">{t('recent')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colFile')}</th>
                <th scope="col">{t('colStarted')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colProgress')}</th>
                <th scope="col">{t('colCounts')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/registry/imports/${r.id}`}>{r.fileName ?? r.id.slice(0, 8)}</Link>
                    <span className="muted small"> · {SEGMENT_LABELS[r.segment as keyof typeof SEGMENT_LABELS]?.[lang] ?? r.segment}</span>
                  </th>
                  <td className="nowrap">{formatDateTime(r.createdAt, lang, user.office?.timeZone)}</td>
                  <td>
                    <StatusTag r={r} />
                  </td>
                  <td>
                    <Progress r={r} />
                  </td>
                  <td className="num">
                    {r.created} / {r.updated} / {r.unchanged} / {r.rejected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ImportDetailPage({ id }: { id: string }) {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const user = useUser();
  const [r, setR] = useState<RegistryImport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setR(await getImport(id));
      setError(null);
    } catch (err) {
      setError(errOf(err));
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  usePolling(load, r?.status === 'running');

  return (
    <>
      <p className="crumb">
        <Link to="/registry/imports">← {t('toImports')}</Link>
      </p>
      {error && !r ? (
        <>
          <PageTitle>{t('loadFailed')}</PageTitle>
          <ErrorSummary error={error} title={t('loadFailed')} />
        </>
      ) : null}
      {!r ? (
        error ? null : <Loading />
      ) : (
        <>
          <PageTitle>{t('importTitle', { file: r.fileName ?? r.id.slice(0, 8) })}</PageTitle>
          <p>
            <StatusTag r={r} /> <span className="muted">{SEGMENT_LABELS[r.segment as keyof typeof SEGMENT_LABELS]?.[lang] ?? r.segment}</span>
          </p>
          <p id="progress-label" className="label">
            {t('progress')}
          </p>
          {/* Announced as it moves: a screen reader hears the rows counted while the import runs. */}
          <div aria-live="polite" data-testid="import-progress">
            <Progress r={r} labelId="progress-label" />
          </div>
          <dl className="summary">
            <div>
              <dt>{t('created')}</dt>
              <dd>{r.created}</dd>
            </div>
            <div>
              <dt>{t('updated')}</dt>
              <dd>{r.updated}</dd>
            </div>
            <div>
              <dt>{t('unchangedRows')}</dt>
              <dd>{r.unchanged}</dd>
            </div>
            <div>
              <dt>{t('rejected')}</dt>
              <dd>{r.rejected}</dd>
            </div>
            <div>
              <dt>{t('colStarted')}</dt>
              <dd>{formatDateTime(r.createdAt, lang, user.office?.timeZone)}</dd>
            </div>
            {r.finishedAt ? (
              <div>
                <dt>{t('finishedAt')}</dt>
                <dd>{formatDateTime(r.finishedAt, lang, user.office?.timeZone)}</dd>
              </div>
            ) : null}
            {r.error ? (
              <div>
                <dt>{t('error')}</dt>
                <dd>{r.error}</dd>
              </div>
            ) : null}
          </dl>
          {r.rejected > 0 ? (
            <p>
              {/* A plain link: the session cookie goes with it, and the server audits the download. */}
              <a href={`${r.reportUrl}?lang=${lang}`} download>
                {t('report')}
              </a>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
