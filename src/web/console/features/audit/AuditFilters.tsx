import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { TextField } from '../../ui/fields.js';
import { fieldError } from '../../ui/ErrorSummary.js';
import { FILTER_KEYS, type AuditFilter } from './audit.api.js';
import { auditMessages, KNOWN_ACTIONS } from './audit.messages.js';

/** The filter form; applying it changes the address, so a filtered view can be reloaded or shared. */
export function AuditFilters({ initial, error, onApply }: { initial: AuditFilter; error: ApiError | null; onApply: (f: AuditFilter) => void }) {
  const t = useT(auditMessages);
  const [f, setF] = useState<AuditFilter>(initial);
  const set = (k: keyof AuditFilter) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean: AuditFilter = {};
    for (const k of FILTER_KEYS) if (f[k]?.trim()) clean[k] = f[k]!.trim();
    onApply(clean);
  };
  return (
    <form className="filters" onSubmit={submit} noValidate aria-labelledby="filters-h">
      <h2 id="filters-h" className="visually-hidden">
        {t('filters')}
      </h2>
      <div className="filter-grid">
        <TextField name="action" label={t('action')} hint={t('actionHint')} value={f.action ?? ''} onValue={set('action')} list="known-actions" autoComplete="off" error={fieldError(error, 'action')} />
        <datalist id="known-actions">
          {KNOWN_ACTIONS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <TextField name="actor" label={t('actor')} hint={t('actorHint')} value={f.actor ?? ''} onValue={set('actor')} autoComplete="off" error={fieldError(error, 'actor')} />
        <TextField name="entityType" label={t('entityType')} value={f.entityType ?? ''} onValue={set('entityType')} autoComplete="off" error={fieldError(error, 'entityType')} />
        <TextField name="entityId" label={t('entityId')} value={f.entityId ?? ''} onValue={set('entityId')} autoComplete="off" error={fieldError(error, 'entityId')} />
        <TextField name="from" label={t('from')} type="date" value={f.from ?? ''} onValue={set('from')} error={fieldError(error, 'from')} />
        <TextField name="to" label={t('to')} type="date" value={f.to ?? ''} onValue={set('to')} error={fieldError(error, 'to')} />
      </div>
      <div className="actions">
        <button className="button" type="submit">
          {t('apply')}
        </button>
        <button
          className="button secondary"
          type="button"
          onClick={() => {
            setF({});
            onApply({});
          }}
        >
          {t('clear')}
        </button>
      </div>
    </form>
  );
}
