import { useState, type FormEvent, type ReactNode } from 'react';
import { MFA_REQUIRED_ROLES, ROLE_LABELS } from '../../../../platform/auth/roles.js';
import { useLang, useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { CheckboxGroup, TextArea, TextField } from '../../ui/fields.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { OFFICE_ROLES, type StaffView } from './staff.api.js';
import { staffMessages } from './staff.messages.js';

export interface StaffFormValues {
  username: string;
  fullName: string;
  email: string;
  nip: string;
  title: string;
  roles: string[];
  kelurahan: string;
}

export const emptyStaff: StaffFormValues = { username: '', fullName: '', email: '', nip: '', title: '', roles: [], kelurahan: '' };

export const valuesOf = (s: StaffView): StaffFormValues => ({
  username: s.username,
  fullName: s.fullName,
  email: s.email ?? '',
  nip: s.nip ?? '',
  title: s.title ?? '',
  roles: [...s.roles],
  kelurahan: s.kelurahanCodes.join('\n'),
});

export const kelurahanCodes = (text: string) => text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean);

// The server names list items "kelurahanCodes.3"; the form has one text area for the list.
const aliases = { kelurahanCodes: 'kelurahan' };

/** Create and edit share this form; the username is fixed once an account exists. */
export function StaffForm({ initial, mode, error, busy, submitLabel, onSubmit, children }: {
  initial: StaffFormValues;
  mode: 'create' | 'edit';
  error: ApiError | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: StaffFormValues) => void;
  children?: ReactNode;
}) {
  const t = useT(staffMessages);
  const { lang } = useLang();
  const [v, setV] = useState(initial);
  const set = <K extends keyof StaffFormValues>(k: K) => (value: StaffFormValues[K]) => setV((prev) => ({ ...prev, [k]: value }));
  const err = (name: string) => fieldError(error, name, aliases);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  const labels: Record<string, string> = { username: t('username'), fullName: t('fullName'), email: t('email'), nip: t('nip'), title: t('title'), roles: t('roles'), kelurahan: t('kelurahan') };
  const showKelurahan = v.roles.includes('kelurahan_operator') || v.kelurahan.trim() !== '';
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={labels} aliases={aliases} />
      {mode === 'create' ? (
        <TextField name="username" label={labels.username!} hint={t('usernameHint')} value={v.username} onValue={set('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} required error={err('username')} />
      ) : null}
      <TextField name="fullName" label={labels.fullName!} value={v.fullName} onValue={set('fullName')} autoComplete="off" required error={err('fullName')} />
      <TextField name="email" label={labels.email!} type="email" value={v.email} onValue={set('email')} autoComplete="off" optional error={err('email')} />
      <TextField name="nip" label={labels.nip!} hint={t('nipHint')} value={v.nip} onValue={set('nip')} inputMode="numeric" className="input w-nip" optional error={err('nip')} />
      <TextField name="title" label={labels.title!} value={v.title} onValue={set('title')} optional error={err('title')} />
      <CheckboxGroup
        name="roles"
        legend={labels.roles!}
        hint={t('rolesHint')}
        choices={OFFICE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang], hint: MFA_REQUIRED_ROLES.includes(r) ? t('mfaRequired') : undefined }))}
        values={v.roles}
        onValues={set('roles')}
        error={err('roles')}
      />
      {showKelurahan ? (
        <TextArea name="kelurahan" label={labels.kelurahan!} hint={t('kelurahanHint')} value={v.kelurahan} onValue={set('kelurahan')} rows={4} className="input mono" error={err('kelurahan')} />
      ) : null}
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
