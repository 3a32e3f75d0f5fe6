import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { publishAssessmentForm, type AssessmentForm } from './settings.api.js';
import { settingsMessages } from './settings.messages.js';
import { SettingsCrumb } from './SettingsIndexPage.js';

export function AssessmentFormPage() {
  const t = useT(settingsMessages);
  const loaded = useApi<AssessmentForm>('/assessment-form');
  const [form, setForm] = useState<AssessmentForm | null>(null);
  const current = form ?? loaded.data;
  return (
    <>
      <SettingsCrumb />
      <PageTitle>{t('assessmentTitle')}</PageTitle>
      <p>{t('assessmentIntro')}</p>
      <ErrorSummary error={loaded.error} title={t('loadFailed')} />
      {current ? (
        <>
          {form ? (
            <Notice tone="success" role="status">
              {t('formSaved', { version: form.version ?? '' })}
            </Notice>
          ) : null}
          <p className="muted">{current.version === null ? t('formDefault') : t('formVersion', { version: current.version })}</p>
          <AssessmentEditor key={current.version ?? 0} initial={current} onSaved={setForm} />
        </>
      ) : loaded.loading ? (
        <Loading />
      ) : null}
    </>
  );
}

type Criterion = AssessmentForm['criteria'][number];

function AssessmentEditor({ initial, onSaved }: { initial: AssessmentForm; onSaved: (f: AssessmentForm) => void }) {
  const t = useT(settingsMessages);
  const [name, setName] = useState(initial.name);
  const [threshold, setThreshold] = useState(String(initial.threshold));
  // A stable key per row, so removing one does not move another's typing into it.
  const nextKey = useRef(initial.criteria.length);
  const [criteria, setCriteria] = useState<(Criterion & { key: number })[]>(() => initial.criteria.map((c, i) => ({ ...c, key: i })));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const update = (i: number, patch: Partial<Criterion>) => setCriteria((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const labels: Record<string, string> = { name: t('formName'), threshold: t('threshold') };
  criteria.forEach((_, i) => {
    labels[`criteria.${i}.code`] = `${t('criterion', { n: i + 1 })}: ${t('criterionCode')}`;
    labels[`criteria.${i}.label`] = `${t('criterion', { n: i + 1 })}: ${t('criterionLabel')}`;
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        name: name.trim(),
        threshold: Number(threshold),
        criteria: criteria.map(({ code, label, labelEn }) => ({ code: code.trim(), label: label.trim(), ...(labelEn?.trim() ? { labelEn: labelEn.trim() } : {}) })),
      };
      onSaved(await publishAssessmentForm(body));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={labels} />
      <TextField name="name" label={t('formName')} value={name} onValue={setName} error={fieldError(error, 'name')} />
      <TextField name="threshold" label={t('threshold')} hint={t('thresholdHint')} inputMode="numeric" className="input w-amount" value={threshold} onValue={setThreshold} error={fieldError(error, 'threshold')} />
      <h2>{t('criteria')}</h2>
      <ol className="criteria">
        {criteria.map((c, i) => (
          <li key={c.key}>
            <TextArea name={`criteria.${i}.label`} label={`${t('criterion', { n: i + 1 })}: ${t('criterionLabel')}`} rows={2} value={c.label} onValue={(v) => update(i, { label: v })} error={fieldError(error, `criteria.${i}.label`)} />
            <TextField name={`criteria.${i}.labelEn`} label={t('criterionLabelEn')} optional value={c.labelEn ?? ''} onValue={(v) => update(i, { labelEn: v })} error={fieldError(error, `criteria.${i}.labelEn`)} />
            <TextField name={`criteria.${i}.code`} label={t('criterionCode')} hint={t('criterionCodeHint')} className="input mono w-code-wide" value={c.code} onValue={(v) => update(i, { code: v })} autoComplete="off" spellCheck={false} error={fieldError(error, `criteria.${i}.code`)} />
            <div className="actions">
              {i > 0 ? (
                <button type="button" className="button secondary small-button" aria-label={t('moveUp', { n: i + 1 })} onClick={() => setCriteria((cs) => [...cs.slice(0, i - 1), cs[i]!, cs[i - 1]!, ...cs.slice(i + 1)])}>
                  ↑
                </button>
              ) : null}
              <button type="button" className="button secondary small-button" onClick={() => setCriteria((cs) => cs.filter((_, j) => j !== i))}>
                {t('removeCriterion', { n: i + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button secondary" onClick={() => setCriteria((cs) => [...cs, { code: `kriteria_${cs.length + 1}`, label: '', key: nextKey.current++ }])}>
          {t('addCriterion')}
        </button>
      </p>
      <div className="actions">
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : t('publishForm')}
        </button>
      </div>
    </form>
  );
}
