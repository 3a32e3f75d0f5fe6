import { fieldId } from '../../ui/fields.js';

/** A single checkbox with its label beside it. */
export function CheckField({ name, label, checked, onChecked }: { name: string; label: string; checked: boolean; onChecked: (v: boolean) => void }) {
  const id = fieldId(name);
  return (
    <div className="checkbox field">
      <input id={id} name={name} type="checkbox" checked={checked} onChange={(e) => onChecked(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
