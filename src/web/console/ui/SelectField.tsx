import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { useT } from '../i18n/i18n.js';
import { FieldError, fieldId } from './fields.js';

/**
 * A labelled <select> that ties hint and error to the control the way ui/fields.tsx does for text
 * (same id scheme, so ErrorSummary links land on it). A native select: typing a letter jumps to the
 * option, which keeps the counter keyboard-only. Options come as children, or as a plain `options` list.
 */
export function SelectField({ label, hint, error, optional, name, value, onValue, children, options, className, ref, ...rest }: {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  name: string;
  value: string;
  onValue: (v: string) => void;
  children?: ReactNode;
  options?: { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'>) {
  const t = useT();
  const uid = useId();
  const id = fieldId(name);
  const hintId = `${id}-hint-${uid}`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {optional ? <span className="muted"> ({t('optional')})</span> : null}
      </label>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      <FieldError id={errorId} error={error} />
      <select ref={ref} id={id} name={name} className={className ?? 'input'} value={value} onChange={(e) => onValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} {...rest}>
        {options
          ? options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          : children}
      </select>
    </div>
  );
}
