import { useState, type FormEvent } from 'react';
import type { ApiError } from '../lib/api.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FileField } from './FileField.js';

/**
 * A one-file upload form: choose the file, send it, hand the server's answer up. Saying "choose a
 * file" is done here, before any request; the answer (import counts, rejected rows) is the
 * caller's to show, since each import reports differently.
 */
export function UploadForm<R>({ name, label, hint, accept, missingFile, submitLabel, busyLabel, upload, onUploaded }: {
  name: string;
  label: string;
  hint?: string;
  accept?: string;
  /** Shown (and tied to the field) when the form is sent without a file. */
  missingFile: string;
  submitLabel: string;
  busyLabel: string;
  upload: (file: File) => Promise<R>;
  onUploaded: (result: R) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMessage(null);
    if (!file) {
      setMessage(missingFile);
      return;
    }
    setBusy(true);
    try {
      onUploaded(await upload(file));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} message={message} />
      <FileField name={name} label={label} hint={hint} accept={accept} onFile={setFile} error={message ?? undefined} />
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
