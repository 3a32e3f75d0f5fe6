import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { FileField } from '../../ui/FileField.js';
import { uploadResults, type ResultsReport } from './batches.api.js';
import { batchMessages } from './batches.messages.js';

/** The BPJS answer file: uploaded raw, then the import's counts and the rows it could not use. */
export function ResultsUpload({ batchId, onImported }: { batchId: string; onImported: () => void }) {
  const t = useT(batchMessages);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<ResultsReport | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    if (!file) {
      setMessage(t('chooseFile'));
      return;
    }
    setBusy(true);
    try {
      setReport(await uploadResults(batchId, file));
      onImported();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="subsection">
      <h3>{t('resultsTitle')}</h3>
      <p>{t('resultsText')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} message={message} />
        <FileField name="results" label={t('resultsFile')} hint={t('resultsHint')} accept=".xlsx,.csv" onFile={setFile} error={message ?? undefined} />
        <div className="actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? t('uploading') : t('upload')}
          </button>
        </div>
      </form>
      {report ? (
        <div className="notice success" role="status">
          <h4>{t('reportTitle')}</h4>
          {report.alreadyImported ? <p>{t('reportAgain')}</p> : null}
          <dl className="summary compact">
            {(
              [
                ['reportRows', report.rows],
                ['reportAccepted', report.accepted],
                ['reportRejected', report.rejected],
                ['reportUnchanged', report.unchanged],
                ['reportUnknown', report.problems.unknown],
                ['reportDuplicate', report.problems.duplicate],
                ['reportInvalid', report.problems.invalid],
              ] as const
            ).map(([k, v]) => (
              <div key={k}>
                <dt>{t(k)}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          {report.problems.list.length > 0 ? (
            <ul>
              {report.problems.list.slice(0, 50).map((p) => (
                <li key={`${p.rowNumber}-${p.code}`}>{t('problemRow', { row: p.rowNumber, nik: p.nik, message: p.message })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
