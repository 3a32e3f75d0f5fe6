import { useRef, useState, type FormEvent } from 'react';
import { UPLOAD_ROLES } from '../../../../modules/applications/applications.roles.js';
import { CLOSED_STATUSES } from '../../../../modules/applications/workflow/statuses.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { FieldError } from '../../ui/fields.js';
import { Notice } from '../../ui/page.js';
import { documentUrl, hasAnyRole, uploadDocument, type ApplicationDetail, type ApplicationDocument } from './applications.api.js';
import { applicationMessages } from './applications.messages.js';
import { SelectField } from './ChoiceGroup.js';

const size = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * Scans and photos of the application. Images are shown inline; a PDF opens in its own tab, because
 * the app's security headers (frame-ancestors 'none', object-src 'none') forbid embedding documents.
 */
export function DocumentsSection({ detail, onUploaded }: { detail: ApplicationDetail; onUploaded: () => void }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const user = useUser();
  const [open, setOpen] = useState<string | null>(null);
  const tz = user.office?.timeZone;
  const forLabel = (d: ApplicationDocument) =>
    d.purpose === 'assessment_photo' ? t('docAssessment') : d.purpose === 'letter' ? t('docLetter') : d.purpose === 'receipt' ? t('docReceipt') : (detail.checklist.find((c) => c.code === d.requirementCode)?.label ?? d.requirementCode ?? d.purpose);
  const canUpload = hasAnyRole(user.roles, UPLOAD_ROLES) && !CLOSED_STATUSES.includes(detail.status);
  const shown = detail.documents.find((d) => d.id === open);
  return (
    <section className="section" aria-labelledby="docs-h">
      <h2 id="docs-h">{t('documentsTitle')}</h2>
      {detail.documents.length === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="docs-h">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('docFor')}</th>
                <th scope="col">{t('docType')}</th>
                <th scope="col">{t('docSize')}</th>
                <th scope="col">{t('received')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.documents.map((d) => {
                const name = d.originalName ?? forLabel(d);
                const isPdf = d.mimeType === 'application/pdf';
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      {forLabel(d)}
                      <br />
                      <span className="muted small">{name}</span>
                    </th>
                    <td>
                      {isPdf ? 'PDF' : d.mimeType.replace('image/', '').toUpperCase()}
                      {d.pageCount ? `, ${t('docPages', { count: d.pageCount })}` : ''}
                    </td>
                    <td className="nowrap">{size(d.sizeBytes)}</td>
                    <td className="nowrap">{formatDateTime(d.createdAt, lang, tz)}</td>
                    <td>
                      {isPdf ? (
                        <a href={documentUrl(d.id)} target="_blank" rel="noopener">
                          {t('openPdf')}
                          <span className="visually-hidden">
                            {' '}
                            {name} {t('opensNewTab')}
                          </span>
                        </a>
                      ) : (
                        <button type="button" className="link-button" aria-expanded={open === d.id} aria-controls="doc-preview" onClick={() => setOpen(open === d.id ? null : d.id)}>
                          {open === d.id ? t('hide') : t('view')}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div id="doc-preview">
        {shown ? (
          <figure className="app-preview">
            <img src={documentUrl(shown.id)} alt={t('preview', { name: forLabel(shown) })} width={shown.width ?? undefined} height={shown.height ?? undefined} />
            <figcaption>{shown.originalName ?? forLabel(shown)}</figcaption>
          </figure>
        ) : null}
      </div>
      {canUpload ? <UploadForm detail={detail} onUploaded={onUploaded} /> : null}
    </section>
  );
}

function UploadForm({ detail, onUploaded }: { detail: ApplicationDetail; onUploaded: () => void }) {
  const t = useT(applicationMessages);
  const [target, setTarget] = useState(detail.checklist[0]?.code ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const options = [
    ...detail.checklist.map((c) => ({ value: c.code, label: c.label })),
    ...(detail.assessment ? [{ value: '@assessment', label: t('uploadAssessmentPhoto') }] : []),
  ];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    setDone(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessage(t('chooseFile'));
    setBusy(true);
    try {
      const fields = target === '@assessment' ? { purpose: 'assessment_photo' as const } : { purpose: 'requirement' as const, requirementCode: target };
      await uploadDocument(detail.id, fields, file);
      setDone(t('uploaded', { name: file.name }));
      if (fileRef.current) fileRef.current.value = '';
      onUploaded();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
    } finally {
      setBusy(false);
    }
  };
  const fileError = fieldError(error, 'file') ?? (message ? message : undefined);
  return (
    <form className="app-upload" onSubmit={submit} noValidate aria-labelledby="upload-h">
      <h3 id="upload-h">{t('uploadTitle')}</h3>
      <ErrorSummary error={error} message={message} aliases={{ requirementCode: 'uploadTarget', purpose: 'uploadTarget' }} fields={{ uploadTarget: t('uploadFor'), file: t('file') }} />
      {done ? (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      ) : null}
      <SelectField name="uploadTarget" label={t('uploadFor')} value={target} onValue={setTarget} options={options} error={fieldError(error, 'requirementCode') ?? fieldError(error, 'purpose')} />
      <div className={`field${fileError ? ' has-error' : ''}`}>
        <label className="label" htmlFor="f-file">
          {t('file')}
        </label>
        <p className="hint" id="f-file-hint">
          {t('fileHint')}
        </p>
        <FieldError id="f-file-error" error={fileError} />
        <input ref={fileRef} id="f-file" name="file" type="file" accept="image/jpeg,image/png,application/pdf" aria-describedby={`f-file-hint${fileError ? ' f-file-error' : ''}`} aria-invalid={fileError ? true : undefined} />
      </div>
      <div className="actions">
        <button className="button secondary" type="submit" disabled={busy}>
          {busy ? t('uploading') : t('upload')}
        </button>
      </div>
    </form>
  );
}
