import { useEffect, useRef } from 'react';
import type { ApplicationSummary } from '../../../../modules/applications/applications.schema.js';
import { Link } from '../../app/router.js';
import { useT } from '../../i18n/i18n.js';
import { Notice, PageTitle } from '../../ui/page.js';
import { receiptPdfUrl, type NearDuplicate } from './intake.api.js';
import { intakeMessages } from './intake.messages.js';
import { dmy } from './MemberFields.js';

export interface IntakeOutcome {
  application: ApplicationSummary;
  warnings: NearDuplicate[];
  uploaded: number;
  failed: { file: string; message: string }[];
  check: 'recorded' | 'pending' | 'failed';
  checkMessage: string;
  seconds: number | null;
}

/**
 * The end of a counter registration: the receipt number large enough to read out, the proof to print,
 * and the next registration one key away (the focus is on the print link, Tab reaches "next").
 */
export function IntakeReceipt({ outcome, onNext }: { outcome: IntakeOutcome; onNext: () => void }) {
  const t = useT(intakeMessages);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const app = outcome.application;
  return (
    <>
      <PageTitle focus={false}>{t('doneTitle')}</PageTitle>
      <div className="secret-panel" tabIndex={-1} ref={panel} role="status" aria-labelledby="receipt-title">
        <h2 id="receipt-title">{t('receiptNumber')}</h2>
        <p className="secret" data-testid="receipt-number">
          {app.receiptNumber}
        </p>
        <p>{t('receiptText')}</p>
        <p className="small muted">
          {app.serviceName} · {app.applicantName} · {app.statusLabel}
          {outcome.seconds !== null ? ` · ${t('elapsed', { s: outcome.seconds })}` : ''}
        </p>
      </div>
      {outcome.uploaded > 0 ? <Notice tone="success">{t('uploaded', { n: outcome.uploaded })}</Notice> : null}
      {outcome.failed.map((f) => (
        <Notice key={f.file} tone="warning">
          {t('uploadFailed', { file: f.file, message: f.message })}
        </Notice>
      ))}
      {outcome.check === 'recorded' ? <Notice tone="success">{t('checkRecorded')}</Notice> : null}
      {outcome.check === 'pending' ? <Notice>{t('checkPending')}</Notice> : null}
      {outcome.check === 'failed' ? <Notice tone="warning">{t('checkFailed', { message: outcome.checkMessage })}</Notice> : null}
      {outcome.warnings.length > 0 ? (
        <Notice tone="warning">
          <strong>{t('warningsTitle')}</strong>
          <ul className="plain">
            {outcome.warnings.map((w) => (
              <li key={w.personId}>
                {t('dupNear', { name: w.name, nik: w.nikMasked, birthDate: dmy(w.birthDate) })} <Link to={`/registry/persons/${w.personId}`}>{t('openRecord')}</Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="actions">
        <a className="button" href={receiptPdfUrl(app.id)} target="_blank" rel="noopener" data-testid="receipt-pdf">
          {t('receiptPdf')}
        </a>
        <Link className="button secondary" to={`/applications/${app.id}`}>
          {t('openApplication')}
        </Link>
        <button type="button" className="button secondary" onClick={onNext}>
          {t('next')}
        </button>
      </div>
    </>
  );
}
