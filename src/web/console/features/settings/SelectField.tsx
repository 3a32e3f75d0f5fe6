import { useId } from 'react';
import { FieldError } from '../../ui/fields.js';

/** A labelled select with its error, built like ui/fields.tsx so error-summary links reach it. */
export function SelectField({ name, label, value, options, onValue, error, hint, className }: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onValue: (v: string) => void;
  error?: string;
  hint?: string;
  className?: string;
}) {
  const uid = useId();
  const id = `f-${name.replace(/[^\w-]/g, '-')}`;
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
      <select id={id} name={name} className={className ?? 'input'} value={value} onChange={(e) => onValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A single checkbox with its label beside it. */
export function CheckField({ name, label, checked, onChecked }: { name: string; label: string; checked: boolean; onChecked: (v: boolean) => void }) {
  const id = `f-${name.replace(/[^\w-]/g, '-')}`;
  return (
    <div className="checkbox field">
      <input id={id} name={name} type="checkbox" checked={checked} onChange={(e) => onChecked(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
