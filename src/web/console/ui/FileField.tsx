import { useId } from 'react';
import { FieldError, fieldId } from './fields.js';

/**
 * A file chooser with its label, hint and error tied together like the other fields (fields.tsx). The
 * chosen File is handed up; import screens send it as the raw request body (lib/api.ts apiUpload).
 */
export function FileField({ name, label, hint, error, accept, onFile }: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  accept?: string;
  onFile: (file: File | null) => void;
}) {
  const uid = useId();
  const id = fieldId(name);
  const hintId = `${id}-hint-${uid}`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      <input id={id} name={name} type="file" className="file-input" accept={accept} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
    </div>
  );
}
