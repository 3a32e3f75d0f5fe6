import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { WITHDRAW_ROLES } from '../../../../modules/applications/applications.roles.js';
import { ACTION_LABELS, WITHDRAWABLE, type ActionType } from '../../../../modules/applications/workflow/machine.js';
import { ROLE_LABELS, type Role } from '../../../../platform/auth/roles.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { Loading, Notice } from '../../ui/page.js';
import {
  approveLetter,
  checkApplication,
  completeStep,
  decide,
  draftLetter,
  getAssessmentForm,
  hasAnyRole,
  officeTimeToIso,
  letterPdfUrl,
  recordAssessment,
  resubmit,
  scheduleAssessment,
  withdraw,
  type ApplicationDetail,
  type ApplicationSummary,
  type AssessmentForm,
  type AssigneeList,
  type CheckItem,
} from './applications.api.js';
import { applicationMessages } from './applications.messages.js';
import { ChoiceGroup, SelectField } from './ChoiceGroup.js';

type T = ReturnType<typeof useT<typeof applicationMessages>>;

interface Run {
  busy: boolean;
  error: ApiError | null;
  run: (fn: () => Promise<ApplicationSummary>) => Promise<void>;
  /** A check done in the browser, shown like the server's: the summary links to each field named. */
  fail: (message: string, fields?: { field: string; message: string }[]) => void;
}

/** One submission at a time; a refusal stays on screen next to the form that caused it. */
function useRun(onDone: (s: ApplicationSummary) => void, onConflict: () => void): Run {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (fn: () => Promise<ApplicationSummary>) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await fn());
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err));
      setError(e);
      // Someone else moved the file on: show the new state so the officer decides again on it.
      if (e.code === 'APPLICATION_CHANGED') onConflict();
    } finally {
      setBusy(false);
    }
  };
  const fail = (m: string, fields?: { field: string; message: string }[]) => {
    setError(new ApiError(400, 'FORM_INVALID', m, fields ?? null));
  };
  return { busy, error, run, fail };
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="app-action">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function Submit({ busy, label }: { busy: boolean; label: string }) {
  const t = useT(applicationMessages);
  return (
    <div className="actions">
      <button className="button" type="submit" disabled={busy}>
        {busy ? t('saving') : label}
      </button>
    </div>
  );
}

export function ActionPanel({ detail, onDone, onConflict }: { detail: ApplicationDetail; onDone: (s: ApplicationSummary) => void; onConflict: () => void }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const user = useUser();
  const next = detail.nextAction;
  const canWithdraw = hasAnyRole(user.roles, WITHDRAW_ROLES) && WITHDRAWABLE.includes(detail.status);
  const mine = next !== null && hasAnyRole(user.roles, next.roles);
  const props = { detail, onDone, onConflict, t };
  let body: ReactNode = null;
  if (!next) body = <p>{t('closed')}</p>;
  else if (!mine) {
    const roles = next.roles.map((r) => ROLE_LABELS[r as Role]?.[lang] ?? r).join(', ') || '—';
    body = <Notice>{t('notYours', { action: ACTION_LABELS[next.action as ActionType]?.[lang] ?? next.action, roles })}</Notice>;
  } else {
    switch (next.action as ActionType) {
      case 'check':
        body = <CheckForm {...props} />;
        break;
      case 'resubmit':
        body = <ResubmitForm {...props} />;
        break;
      case 'complete_step':
        body = <StepForm {...props} />;
        break;
      case 'schedule_assessment':
        body = <ScheduleForm {...props} />;
        break;
      case 'record_assessment':
        body = <RecordForm {...props} />;
        break;
      case 'decide':
        body = <DecisionForm {...props} />;
        break;
      case 'draft_letter':
        body = <DraftLetterForm {...props} />;
        break;
      case 'approve_letter':
        body = <ApproveLetter {...props} />;
        break;
      default:
        body = <Notice>{ACTION_LABELS[next.action as ActionType]?.[lang] ?? next.action}</Notice>;
    }
  }
  return (
    <section className="section app-actions" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('actionTitle')}</h2>
      {body}
      {canWithdraw ? <WithdrawForm {...props} /> : null}
    </section>
  );
}

interface FormProps {
  detail: ApplicationDetail;
  onDone: (s: ApplicationSummary) => void;
  onConflict: () => void;
  t: T;
}

interface Mark {
  state: '' | CheckItem['state'];
  reason: string;
  alternative: string;
}

function CheckForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  // A re-check starts from the marks of the last check; a first check from nothing, so every
  // requirement is looked at on purpose.
  const [marks, setMarks] = useState<Mark[]>(() =>
    detail.checklist.map((c) => ({ state: c.state === 'pending' ? '' : c.state, reason: c.reason ?? '', alternative: c.alternativeUsed ?? '' })),
  );
  const [note, setNote] = useState('');
  const set = (i: number, patch: Partial<Mark>) => setMarks((prev) => prev.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const lacking = detail.checklist.filter((c, i) => c.required && (marks[i]!.state === 'missing' || marks[i]!.state === 'invalid')).length;
  const allMarked = detail.checklist.every((c, i) => !c.required || marks[i]!.state !== '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const unmarked = detail.checklist.flatMap((c, i) => (c.required && marks[i]!.state === '' ? [{ field: `items.${i}.state`, message: t('chooseState') }] : []));
    if (unmarked.length) {
      return r.fail(t('unmarked', { labels: detail.checklist.filter((c, i) => c.required && marks[i]!.state === '').map((c) => c.label).join('; ') }), unmarked);
    }
    const noReason = marks.flatMap((m, i) => ((m.state === 'missing' || m.state === 'invalid') && !m.reason.trim() ? [{ field: `items.${i}.reason`, message: t('reasonMissing') }] : []));
    if (noReason.length) return r.fail(t('reasonNeeded'), noReason);
    // Sent in checklist order, so the server's "items.3" names the fourth requirement on screen.
    const items = detail.checklist.flatMap((c, i) => {
      const m = marks[i]!;
      if (m.state === '') return [];
      return [{ code: c.code, state: m.state, ...(m.state !== 'present' ? { reason: m.reason.trim() } : {}), ...(m.alternative ? { alternative: m.alternative } : {}) }];
    });
    void r.run(() => checkApplication(detail.id, { version: detail.version, items, ...(note.trim() ? { note: note.trim() } : {}) }));
  };
  const fields = Object.fromEntries(detail.checklist.flatMap((c, i) => [[`items.${i}.state`, c.label], [`items.${i}.reason`, `${c.label}: ${t('reason')}`], [`items.${i}.alternative`, `${c.label}: ${t('alternative')}`]]));
  return (
    <Panel title={t('checkTitle')}>
      <p>{t('checkIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={r.error} fields={{ items: t('checklistTitle'), ...fields }} />
        <p>
          <button type="button" className="button secondary" onClick={() => setMarks((prev) => prev.map((m) => ({ ...m, state: 'present' })))}>
            {t('allPresent')}
          </button>
        </p>
        {detail.checklist.map((c, i) => {
          const m = marks[i]!;
          const legend = (
            <>
              {c.label} <span className="muted">({[c.required ? t('requiredItem') : t('optionalItem'), c.materai ? t('materai') : null, c.documents ? t('documentsAttached', { count: c.documents }) : null].filter(Boolean).join(', ')})</span>
            </>
          );
          return (
            <div key={c.code} className="app-check-item">
              <ChoiceGroup
                name={`items.${i}.state`}
                legend={legend}
                inline
                value={m.state}
                onValue={(v) => set(i, { state: v as Mark['state'] })}
                choices={[{ value: 'present', label: t('present') }, { value: 'missing', label: t('missing') }, { value: 'invalid', label: t('invalid') }]}
                error={fieldError(r.error, `items.${i}.state`) ?? fieldError(r.error, `items.${i}.code`)}
              />
              {c.alternatives && m.state === 'present' ? (
                <SelectField
                  name={`items.${i}.alternative`}
                  label={t('alternative')}
                  value={m.alternative}
                  onValue={(v) => set(i, { alternative: v })}
                  options={[{ value: '', label: t('alternativeNone') }, ...c.alternatives.map((a) => ({ value: a, label: a }))]}
                  error={fieldError(r.error, `items.${i}.alternative`)}
                />
              ) : null}
              {m.state === 'missing' || m.state === 'invalid' ? (
                <TextArea name={`items.${i}.reason`} label={`${t('reason')}: ${c.label}`} hint={t('reasonHint')} rows={2} maxLength={300} value={m.reason} onValue={(v) => set(i, { reason: v })} error={fieldError(r.error, `items.${i}.reason`)} />
              ) : null}
            </div>
          );
        })}
        <TextArea name="note" label={t('note')} optional rows={2} maxLength={500} value={note} onValue={setNote} error={fieldError(r.error, 'note')} />
        {allMarked ? <p className="app-outcome" role="status">{lacking ? t('outcomeReturned', { count: lacking }) : t('outcomeComplete')}</p> : null}
        <Submit busy={r.busy} label={t('checkSubmit')} />
      </form>
    </Panel>
  );
}

function NoteOnlyForm({ title, text, label, onSubmit, r, t }: { title: string; text?: string; label: string; onSubmit: (note: string | undefined) => void; r: Run; t: T }) {
  const [note, setNote] = useState('');
  return (
    <Panel title={title}>
      {text ? <p>{text}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(note.trim() || undefined);
        }}
        noValidate
      >
        <ErrorSummary error={r.error} fields={{ note: t('note') }} />
        <TextArea name="note" label={t('note')} optional rows={2} maxLength={500} value={note} onValue={setNote} error={fieldError(r.error, 'note')} />
        <Submit busy={r.busy} label={label} />
      </form>
    </Panel>
  );
}

function ResubmitForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  return (
    <NoteOnlyForm
      title={t('resubmitTitle')}
      text={t('resubmitText')}
      label={t('resubmitSubmit')}
      r={r}
      t={t}
      onSubmit={(note) => void r.run(() => resubmit(detail.id, { version: detail.version, ...(note ? { note } : {}) }))}
    />
  );
}

function StepForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  const code = detail.nextAction!.stepCode!;
  const label = detail.currentStepLabel ?? code;
  return (
    <NoteOnlyForm
      title={t('stepTitle', { step: label })}
      label={t('stepSubmit', { step: label })}
      r={r}
      t={t}
      onSubmit={(note) => void r.run(() => completeStep(detail.id, code, { version: detail.version, ...(note ? { note } : {}) }))}
    />
  );
}

function DraftLetterForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  return (
    <NoteOnlyForm
      title={`${t('letterTitle')}: ${detail.currentStepLabel ?? ''}`}
      text={t('draftText')}
      label={t('draftSubmit')}
      r={r}
      t={t}
      onSubmit={(note) => void r.run(() => draftLetter(detail.id, { version: detail.version, ...(note ? { note } : {}) }))}
    />
  );
}

function ApproveLetter({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  const letter = detail.letters.find((l) => l.status !== 'signed' && l.nextApproval);
  if (!letter?.nextApproval) return <Notice>{t('noLetters')}</Notice>;
  const { action, roleTitle } = letter.nextApproval;
  const label = action === 'sign' ? t('approveSign', { role: roleTitle }) : t('approveInitial', { role: roleTitle });
  return (
    <Panel title={`${t('letterTitle')} ${letter.number}`}>
      <ErrorSummary error={r.error} />
      <p>
        <a href={letterPdfUrl(letter.id)} target="_blank" rel="noopener">
          {t('letterPdf', { number: letter.number })} <span className="visually-hidden">{t('opensNewTab')}</span>
        </a>
      </p>
      <ConfirmAction
        label={label}
        question={t('approveQuestion', { what: action === 'sign' ? t('signWord') : t('initialWord'), number: letter.number })}
        confirmLabel={t('approveConfirm')}
        onConfirm={() => r.run(() => approveLetter(detail.id, letter.id, { version: detail.version, action }))}
      />
    </Panel>
  );
}

/** "Ani Lestari, Pekerja Sosial" per line → committee members. */
const parseCommittee = (text: string) =>
  text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [name, ...rest] = l.split(',');
    const title = rest.join(',').trim();
    return { name: name!.trim(), ...(title ? { title } : {}) };
  });

function DecisionForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  const [eligible, setEligible] = useState('');
  const [reason, setReason] = useState('');
  const [committee, setCommittee] = useState('');
  const isCommittee = detail.currentRole === 'committee';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (eligible === '') return r.fail(t('chooseDecision'), [{ field: 'eligible', message: t('chooseDecision') }]);
    if (eligible === 'no' && !reason.trim()) return r.fail(t('decisionReasonNeeded'), [{ field: 'reason', message: t('decisionReasonNeeded') }]);
    const members = parseCommittee(committee);
    void r.run(() => decide(detail.id, { version: detail.version, eligible: eligible === 'yes', ...(reason.trim() ? { reason: reason.trim() } : {}), ...(members.length ? { committee: members } : {}) }));
  };
  return (
    <Panel title={t('decisionTitle')}>
      {detail.assessment?.score !== null && detail.assessment?.score !== undefined ? (
        <p>
          {t('score', { score: detail.assessment.score, total: detail.assessment.criteria.length })}; {t('recommendation')}: {detail.assessment.recommendation ? t(`r.${detail.assessment.recommendation}`) : '—'}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={r.error} fields={{ eligible: t('eligibleQ'), reason: t('decisionReason'), committee: t('committee') }} />
        <ChoiceGroup name="eligible" legend={t('eligibleQ')} inline value={eligible} onValue={setEligible} choices={[{ value: 'yes', label: t('eligible') }, { value: 'no', label: t('notEligible') }]} error={fieldError(r.error, 'eligible')} />
        <TextArea name="reason" label={t('decisionReason')} hint={t('decisionReasonHint')} optional={eligible !== 'no'} rows={3} maxLength={1000} value={reason} onValue={setReason} error={fieldError(r.error, 'reason')} />
        {isCommittee ? (
          <TextArea name="committee" label={t('committee')} hint={t('committeeHint')} optional rows={3} value={committee} onValue={setCommittee} error={fieldError(r.error, 'committee')} />
        ) : null}
        <Submit busy={r.busy} label={t('decisionSubmit')} />
      </form>
    </Panel>
  );
}

function ScheduleForm({ detail, onDone, onConflict, t }: FormProps) {
  const user = useUser();
  const r = useRun(onDone, onConflict);
  const isAssessor = user.roles.includes('field_assessor');
  const [who, setWho] = useState(isAssessor ? 'me' : 'other');
  const [assessorId, setAssessorId] = useState('');
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  // Only asked for when the officer picks someone else: an assessor scheduling their own visit needs no list.
  const assessors = useApi<AssigneeList>(who === 'other' ? '/staff/assignees' : null, { role: 'field_assessor' });
  // "Saya sendiri" already stands for the officer; listing them again would offer the same choice twice.
  const others = (assessors.data?.assignees ?? []).filter((a) => !isAssessor || a.id !== user.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (who === 'other' && !assessorId) return r.fail(t('assessorNeeded'), [{ field: 'assessorUserId', message: t('assessorNeeded') }]);
    const assessorUserId = who === 'me' ? user.id : assessorId;
    void r.run(() => scheduleAssessment(detail.id, { version: detail.version, scheduledAt: officeTimeToIso(at, user.office?.timeZone), assessorUserId, ...(note.trim() ? { note: note.trim() } : {}) }));
  };
  return (
    <Panel title={t('scheduleTitle')}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={r.error} fields={{ scheduledAt: t('scheduledAt'), assessorUserId: t('assessorPick'), note: t('note') }} />
        <TextField name="scheduledAt" type="datetime-local" label={t('scheduledAt')} className="input app-w-date" value={at} onValue={setAt} required error={fieldError(r.error, 'scheduledAt')} />
        {isAssessor ? (
          <ChoiceGroup name="assessorChoice" legend={t('assessor')} value={who} onValue={setWho} choices={[{ value: 'me', label: t('assessorMe', { name: user.fullName }) }, { value: 'other', label: t('assessorOther') }]} />
        ) : null}
        {who !== 'other' ? null : assessors.error ? (
          // Not a second ErrorSummary: one form keeps one summary (and one focus target).
          <Notice tone="warning" role="alert">
            {t('assessorsFailed')}: {assessors.error.message}
          </Notice>
        ) : assessors.loading || !assessors.data ? (
          <Loading />
        ) : others.length === 0 ? (
          <Notice tone="warning">{t('assessorsNone')}</Notice>
        ) : (
          <SelectField
            name="assessorUserId"
            label={t('assessorPick')}
            hint={t('assessorPickHint')}
            value={assessorId}
            onValue={setAssessorId}
            options={[{ value: '', label: t('assessorChoose') }, ...others.map((a) => ({ value: a.id, label: a.title ? `${a.fullName} — ${a.title}` : a.fullName }))]}
            error={fieldError(r.error, 'assessorUserId')}
          />
        )}
        <TextArea name="note" label={t('note')} optional rows={2} maxLength={500} value={note} onValue={setNote} error={fieldError(r.error, 'note')} />
        <Submit busy={r.busy} label={t('scheduleSubmit')} />
      </form>
    </Panel>
  );
}

function RecordForm({ detail, onDone, onConflict, t }: FormProps) {
  const { lang } = useLang();
  const user = useUser();
  const r = useRun(onDone, onConflict);
  const [form, setForm] = useState<AssessmentForm | null>(null);
  const [met, setMet] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [visitedAt, setVisitedAt] = useState('');
  // The criteria scheduled with the visit are the ones to answer; the office's current form gives
  // the English labels and the threshold when the assessment has none.
  useEffect(() => {
    getAssessmentForm().then(setForm, () => setForm(null));
  }, []);
  const criteria = detail.assessment?.criteria ?? form?.criteria ?? [];
  const threshold = detail.assessment?.threshold ?? form?.threshold ?? 0;
  const labelOf = (c: { code: string; label: string }) => (lang === 'en' ? form?.criteria.find((f) => f.code === c.code)?.labelEn : undefined) ?? c.label;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answers = criteria.map((c) => ({ code: c.code, met: met.includes(c.code) }));
    void r.run(() => recordAssessment(detail.id, { version: detail.version, answers, ...(notes.trim() ? { notes: notes.trim() } : {}), ...(visitedAt ? { visitedAt: officeTimeToIso(visitedAt, user.office?.timeZone) } : {}) }));
  };
  return (
    <Panel title={t('recordTitle')}>
      <p>{t('recordIntro', { form: detail.assessment?.formName ?? form?.name ?? '', threshold })}</p>
      <p className="muted">{t('photoFirst')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={r.error} fields={{ answers: t('criteria'), notes: t('assessmentNotes'), visitedAt: t('visitedAt') }} />
        <fieldset className={`field${fieldError(r.error, 'answers') ? ' has-error' : ''}`}>
          <legend className="label">{t('criteria')}</legend>
          <p className="hint" role="status">{t('score', { score: met.length, total: criteria.length })}</p>
          <div className="checkboxes">
            {criteria.map((c, i) => {
              const id = i === 0 ? 'f-answers' : `f-answers-${c.code}`;
              const checked = met.includes(c.code);
              return (
                <div className="checkbox" key={c.code}>
                  <input type="checkbox" id={id} checked={checked} onChange={() => setMet(checked ? met.filter((x) => x !== c.code) : [...met, c.code])} />
                  <label htmlFor={id}>{labelOf(c)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <TextField name="visitedAt" type="datetime-local" label={t('visitedAt')} optional className="input app-w-date" value={visitedAt} onValue={setVisitedAt} error={fieldError(r.error, 'visitedAt')} />
        <TextArea name="notes" label={t('assessmentNotes')} optional rows={3} maxLength={2000} value={notes} onValue={setNotes} error={fieldError(r.error, 'notes')} />
        <Submit busy={r.busy} label={t('recordSubmit')} />
      </form>
    </Panel>
  );
}

function WithdrawForm({ detail, onDone, onConflict, t }: FormProps) {
  const r = useRun(onDone, onConflict);
  const [reason, setReason] = useState('');
  return (
    <details className="app-withdraw">
      <summary>{t('withdrawTitle')}</summary>
      <ErrorSummary error={r.error} aliases={{ reason: 'withdrawReason' }} fields={{ withdrawReason: t('withdrawReason') }} />
      <TextArea name="withdrawReason" label={t('withdrawReason')} hint={t('withdrawReasonHint')} rows={2} maxLength={500} value={reason} onValue={setReason} error={fieldError(r.error, 'reason')} />
      <ConfirmAction
        danger
        label={t('withdraw')}
        question={t('withdrawQuestion', { receipt: detail.receiptNumber })}
        confirmLabel={t('withdrawConfirm')}
        onConfirm={() => r.run(() => withdraw(detail.id, { version: detail.version, reason: reason.trim() }))}
      />
    </details>
  );
}
