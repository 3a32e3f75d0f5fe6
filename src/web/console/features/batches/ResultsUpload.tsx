import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import { UploadForm } from '../../ui/UploadForm.js';
import { uploadResults, type ResultsReport } from './batches.api.js';
import { batchMessages } from './batches.messages.js';

/** The BPJS answer file: uploaded raw, then the import's counts and the rows it could not use. */
export function ResultsUpload({ batchId, onImported }: { batchId: string; onImported: () => void }) {
  const t = useT(batchMessages);
  const [report, setReport] = useState<ResultsReport | null>(null);

  return (
    <div className="subsection">
      <h3>{t('resultsTitle')}</h3>
      <p>{t('resultsText')}</p>
      <UploadForm
        name="results"
        label={t('resultsFile')}
        hint={t('resultsHint')}
        accept=".xlsx,.csv"
        missingFile={t('chooseFile')}
        submitLabel={t('upload')}
        busyLabel={t('uploading')}
        upload={(file) => uploadResults(batchId, file)}
        onUploaded={(r) => {
          setReport(r);
          onImported();
        }}
      />
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
