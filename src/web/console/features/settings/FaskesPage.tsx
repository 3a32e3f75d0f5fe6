import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import { usePagedList } from '../../lib/use-paged-list.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { LoadMore } from '../../ui/LoadMore.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { UploadForm } from '../../ui/UploadForm.js';
import { importFaskes, listFaskes, type FaskesImportResult } from './settings.api.js';
import { settingsMessages } from './settings.messages.js';
import { SettingsCrumb } from './SettingsIndexPage.js';

export function FaskesPage() {
  const t = useT(settingsMessages);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const list = usePagedList((cursor?: string) => listFaskes(query, cursor), 'faskes', query);
  const { rows, error, busy } = list;

  return (
    <>
      <SettingsCrumb />
      <PageTitle>{t('faskesTitle')}</PageTitle>
      <form
        className="filters inline-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q.trim());
        }}
      >
        <TextField name="q" label={t('search')} value={q} onValue={setQ} autoComplete="off" type="search" />
        <button className="button secondary" type="submit">
          {t('searchButton')}
        </button>
      </form>
      <ErrorSummary error={error} title={t('loadFailed')} />
      {rows === null ? (
        busy ? <Loading /> : null
      ) : rows.length === 0 ? (
        <p role="status">{t('noFaskes')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('faskesTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t('faskesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colCode')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colKind')}</th>
                <th scope="col">{t('colAddress')}</th>
                <th scope="col">{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} className={f.active ? undefined : 'is-disabled'}>
                  <td className="mono">{f.code}</td>
                  <th scope="row">{f.name}</th>
                  <td>{f.kind}</td>
                  <td>{f.address ?? '—'}</td>
                  <td>
                    <span className={`tag ${f.active ? 'tag-green' : 'tag-grey'}`}>{f.active ? t('active') : t('inactive')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label={t('loadMore')} />
      <FaskesImport onImported={list.reload} />
    </>
  );
}

function FaskesImport({ onImported }: { onImported: () => void }) {
  const t = useT(settingsMessages);
  const [result, setResult] = useState<FaskesImportResult | null>(null);
  return (
    <section className="section" aria-labelledby="import-h">
      <h2 id="import-h">{t('importTitle')}</h2>
      <p>{t('importText')}</p>
      <UploadForm
        name="faskesFile"
        label={t('importFile')}
        hint={t('importHint')}
        accept=".csv,.xlsx"
        missingFile={t('chooseFile')}
        submitLabel={t('importButton')}
        busyLabel={t('importing')}
        upload={importFaskes}
        onUploaded={(r) => {
          setResult(r);
          onImported();
        }}
      />
      {result ? (
        <Notice tone={result.rejected.length ? 'warning' : 'success'} role="status">
          <p>{t('importDone', { total: result.total, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected.length })}</p>
          {result.rejected.length > 0 ? (
            <ul>
              {result.rejected.slice(0, 100).map((r, i) => (
                <li key={i}>{t('rejectedRow', { row: r.row, field: r.field, message: r.message })}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
