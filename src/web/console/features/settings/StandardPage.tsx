import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { useApi } from '../../lib/use-api.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { officeToday, publishStandard, standardVersions, type OfficeStandard, type StandardHistoryEntry, type StandardVersionView } from './settings.api.js';
import { SettingsCrumb } from './SettingsIndexPage.js';
import { standardMessages } from './standard.messages.js';
import { setIn } from './standard-draft.js';
import { StandardForm, type FormApi } from './StandardForm.js';

interface Detail {
  field?: string;
  message?: string;
}

export function StandardPage() {
  const t = useT(standardMessages);
  const { lang } = useLang();
  const user = useUser();
  const slug = user.office!.slug;
  const current = useApi<StandardVersionView>('/standard');
  const [history, setHistory] = useState<StandardHistoryEntry[] | null>(null);
  const [historyError, setHistoryError] = useState<ApiError | null>(null);
  const [published, setPublished] = useState<StandardVersionView | null>(null);

  const loadHistory = useCallback(async () => {
    try {
      setHistory((await standardVersions(slug)).versions);
    } catch (err) {
      setHistoryError(err as ApiError);
    }
  }, [slug]);
  useEffect(() => void loadHistory(), [loadHistory]);

  return (
    <>
      <SettingsCrumb />
      <PageTitle>{t('title')}</PageTitle>
      <ErrorSummary error={current.error ?? historyError} title={t('loadFailed')} />
      {published ? (
        <Notice tone="success" role="status">
          {t('published', { version: published.version, date: published.effectiveDate })}
        </Notice>
      ) : null}
      {current.data ? (
        <section aria-labelledby="in-force-h">
          <h2 id="in-force-h">{t('inForce')}</h2>
          <p>{t('inForceText', { version: current.data.version, date: current.data.effectiveDate })}</p>
          <p>
            <a href={`/${encodeURIComponent(slug)}/standar-pelayanan`} target="_blank" rel="noreferrer">
              {t('publicPage')}
            </a>
          </p>
        </section>
      ) : current.loading ? (
        <Loading />
      ) : null}

      <section className="section" aria-labelledby="history-h">
        <h2 id="history-h">{t('historyTitle')}</h2>
        {history === null ? (
          <Loading />
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="history-h">
            <table className="table" data-testid="standard-history">
              <thead>
                <tr>
                  <th scope="col" className="num">{t('colVersion')}</th>
                  <th scope="col">{t('colEffective')}</th>
                  <th scope="col">{t('colPublished')}</th>
                  <th scope="col">{t('colNote')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((v) => (
                  <tr key={v.id}>
                    <td className="num">{v.version}</td>
                    <td className="nowrap mono">{v.effectiveDate}</td>
                    <td className="nowrap">{formatDateTime(v.publishedAt, lang, user.office?.timeZone)}</td>
                    <td>{v.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {current.data ? (
        <StandardEditor
          key={current.data.id}
          initial={current.data.standard}
          onPublished={(v) => {
            setPublished(v);
            void loadHistory();
            current.reload();
          }}
        />
      ) : null}
    </>
  );
}

function StandardEditor({ initial, onPublished }: { initial: OfficeStandard; onPublished: (v: StandardVersionView) => void }) {
  const t = useT(standardMessages);
  const user = useUser();
  const [draft, setDraft] = useState<OfficeStandard>(initial);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [json, setJson] = useState('');
  const [effectiveDate, setEffectiveDate] = useState(() => officeToday(user.office?.timeZone));
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Labels of the fields the form shows, by path, for the error summary's links; kept across renders
  // because the summary renders before the fields that name themselves.
  const labels = useRef<Record<string, string>>({});
  Object.assign(labels.current, { effectiveDate: t('effectiveDate'), note: t('note') });

  const api: FormApi = {
    set: (path, value) => setDraft((d) => setIn(d, path.split('.'), value) as OfficeStandard),
    err: (path) => fieldError(error, path),
    label: (path, text) => {
      labels.current[path] = text;
      return text;
    },
  };

  const parseJson = (): OfficeStandard | null => {
    try {
      const parsed = JSON.parse(json) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('{ … }');
      return parsed as OfficeStandard;
    } catch (e) {
      setError(null);
      setMessage(t('jsonInvalid', { message: (e as Error).message }));
      return null;
    }
  };

  const switchTo = (next: 'form' | 'json') => {
    if (next === mode) return;
    setMessage(null);
    if (next === 'json') {
      setJson(JSON.stringify(draft, null, 2));
      setMode('json');
      return;
    }
    const parsed = parseJson();
    if (parsed) {
      setDraft(parsed);
      setMode('form');
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const doc = mode === 'json' ? parseJson() : draft;
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      // The document's own effective date is the version's; the server checks it against the decree date.
      const v = await publishStandard({ effectiveDate, note: note.trim() || undefined, standard: { ...doc, effectiveDate } });
      onPublished(v);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const details: Detail[] = Array.isArray(error?.details) ? (error.details as Detail[]) : [];
  // In JSON mode every problem is listed; in the form, those without an input of their own.
  const others = details.filter((d) => d.field !== undefined && (mode === 'json' || !(d.field in labels.current)));

  return (
    <section className="section" aria-labelledby="editor-h">
      <h2 id="editor-h">{t('editorTitle')}</h2>
      <p>{t('editorIntro')}</p>
      <div className="mode-switch" role="group" aria-label={t('modeLabel')}>
        <button type="button" className={`button small-button ${mode === 'form' ? '' : 'secondary'}`} aria-pressed={mode === 'form'} onClick={() => switchTo('form')}>
          {t('modeForm')}
        </button>
        <button type="button" className={`button small-button ${mode === 'json' ? '' : 'secondary'}`} aria-pressed={mode === 'json'} onClick={() => switchTo('json')}>
          {t('modeJson')}
        </button>
      </div>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} message={message} fields={mode === 'form' ? labels.current : { effectiveDate: t('effectiveDate'), note: t('note') }} />
        {others.length > 0 ? (
          <div className="notice warning" data-testid="standard-problems">
            <h3>{mode === 'json' ? t('allProblems') : t('otherProblems')}</h3>
            <ul>
              {others.slice(0, 100).map((d, i) => (
                <li key={i}>
                  <span className="mono">{d.field || '—'}</span>: {d.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {mode === 'form' ? (
          <StandardForm draft={draft} api={api} />
        ) : (
          <TextArea name="json" label={t('jsonLabel')} hint={t('jsonHint')} value={json} onValue={setJson} rows={24} className="input mono json-editor" spellCheck={false} />
        )}
        <fieldset className="std-section publish" aria-labelledby="publish-h">
          <h3 id="publish-h">{t('publish')}</h3>
          <TextField name="effectiveDate" label={t('effectiveDate')} hint={t('effectiveHint')} type="date" className="input w-date" value={effectiveDate} onValue={setEffectiveDate} required error={fieldError(error, 'effectiveDate')} />
          <TextField name="note" label={t('note')} hint={t('noteHint')} optional value={note} onValue={setNote} error={fieldError(error, 'note')} />
          <div className="actions">
            <button className="button" type="submit" disabled={busy}>
              {busy ? t('publishing') : t('publish')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(initial);
                setJson(JSON.stringify(initial, null, 2));
                setError(null);
                setMessage(null);
              }}
            >
              {t('reset')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
