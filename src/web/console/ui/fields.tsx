import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n/i18n.js';

/**
 * Form controls with their label, hint and error tied together (for/id, aria-describedby,
 * aria-invalid), so a screen reader announces the error with the field and keyboard users see it.
 */
interface FieldFrame {
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

function useFieldIds(name: string) {
  const uid = useId();
  const id = `f-${name.replace(/[^\w-]/g, '-')}`;
  return { id, hintId: `${id}-hint-${uid}`, errorId: `${id}-error` };
}

function describedBy(ids: (string | false | undefined)[]) {
  const v = ids.filter(Boolean).join(' ');
  return v || undefined;
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const t = useT();
  return (
    <label className="label" htmlFor={htmlFor}>
      {label}
      {optional ? <span className="muted"> ({t('optional')})</span> : null}
    </label>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id}>
      {error}
    </p>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  name: string;
  value: string;
  onValue: (v: string) => void;
};

export function TextField({ label, hint, error, optional, name, value, onValue, className, ...input }: TextFieldProps) {
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <input
        id={id}
        name={name}
        className={className ?? 'input'}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([hint ? hintId : false, error ? errorId : false])}
        {...input}
      />
    </div>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  name: string;
  value: string;
  onValue: (v: string) => void;
};

export function TextArea({ label, hint, error, optional, name, value, onValue, ...rest }: TextAreaProps) {
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <Label htmlFor={id} label={label} optional={optional} />
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <textarea
        id={id}
        name={name}
        className="input"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([hint ? hintId : false, error ? errorId : false])}
        {...rest}
      />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A group of checkboxes in a fieldset; its first box carries the group's id for error links. */
export function CheckboxGroup({ legend, hint, error, name, choices, values, onValues }: {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  choices: Choice[];
  values: string[];
  onValues: (v: string[]) => void;
}) {
  const { id, hintId, errorId } = useFieldIds(name);
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={describedBy([hint ? hintId : false, error ? errorId : false])}>
      <legend className="label">{legend}</legend>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <div className="checkboxes">
        {choices.map((c, i) => {
          const boxId = i === 0 ? id : `${id}-${c.value}`;
          const checked = values.includes(c.value);
          return (
            <div className="checkbox" key={c.value}>
              <input
                type="checkbox"
                id={boxId}
                name={name}
                value={c.value}
                checked={checked}
                onChange={() => onValues(checked ? values.filter((v) => v !== c.value) : [...values, c.value])}
                aria-describedby={c.hint ? `${boxId}-hint` : undefined}
              />
              <label htmlFor={boxId}>{c.label}</label>
              {c.hint ? <p className="hint checkbox-hint" id={`${boxId}-hint`}>{c.hint}</p> : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The element id a field gets, for error-summary links. */
export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, '-')}`;
