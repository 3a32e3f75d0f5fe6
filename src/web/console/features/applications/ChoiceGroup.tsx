import type { ReactNode } from 'react';
import { FieldError, fieldId } from '../../ui/fields.js';

/**
 * Radio buttons in a fieldset (fields.tsx has checkboxes only). The first radio carries the group's
 * id, so an ErrorSummary link to the field lands on it.
 */
export function ChoiceGroup({ name, legend, choices, value, onValue, error, hint, inline }: {
  name: string;
  legend: ReactNode;
  choices: { value: string; label: string }[];
  value: string;
  onValue: (v: string) => void;
  error?: string;
  hint?: ReactNode;
  inline?: boolean;
}) {
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={described}>
      <legend className="label">{legend}</legend>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <div className={`checkboxes${inline ? ' app-inline-choices' : ''}`}>
        {choices.map((c, i) => {
          const boxId = i === 0 ? id : `${id}-${c.value}`;
          return (
            <div className="checkbox" key={c.value}>
              <input type="radio" id={boxId} name={name} value={c.value} checked={value === c.value} onChange={() => onValue(c.value)} />
              <label htmlFor={boxId}>{c.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A native select with its label, hint and error tied together. */
export function SelectField({ name, label, value, onValue, options, error, hint }: {
  name: string;
  label: string;
  value: string;
  onValue: (v: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
}) {
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <select id={id} name={name} className="input" value={value} onChange={(e) => onValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
