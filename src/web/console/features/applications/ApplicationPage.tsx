import { useCallback, useEffect, useRef, useState } from 'react';
import { STATUS_LABELS, type ApplicationStatus } from '../../../../modules/applications/workflow/statuses.js';
import { Link } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { ActionPanel } from './ActionPanel.js';
import { ApplicationAudit } from './ApplicationAudit.js';
import { hasAnyRole, letterPdfUrl, WORKLIST_ROLES, receiptPdfUrl, type ApplicationDetail, type ApplicationSummary } from './applications.api.js';
import { applicationMessages } from './applications.messages.js';
import { DocumentsSection } from './DocumentsSection.js';
import { DueBadges } from './DueBadges.js';
import { useVillageNames } from './use-village-names.js';

type Key = keyof typeof applicationMessages.id;

/** Back to the worklist, for the roles that have one (an office admin or report viewer does not). */
function Crumb() {
  const t = useT(applicationMessages);
  const user = useUser();
  if (!hasAnyRole(user.roles, WORKLIST_ROLES)) return null;
  return (
    <p className="crumb">
      <Link to="/worklist">{t('crumb')}</Link>
    </p>
  );
}

/** Good ends in green, a file waiting on the applicant or refused in red, the rest neutral. */
const statusTone = (s: ApplicationStatus) =>
  s === 'completed' || s === 'letter_signed' || s === 'decided_eligible' ? 'tag-green' : s === 'returned' || s === 'decided_not_eligible' ? 'app-tag-overdue' : 'tag-grey';

export function ApplicationPage({ id }: { id: string }) {
  const t = useT(applicationMessages);
  const user = useUser();
  const { lang } = useLang();
  const { data, error, loading, reload } = useApi<ApplicationDetail>(`/applications/${encodeURIComponent(id)}`);
  // Status and service names come from the API in the request's language: ask again after a switch.
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    reload();
  }, [lang, reload]);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string; at: number } | null>(null);
  // The form that was sent is gone once the step moved on: the focus goes to what happened, not to the page's top.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const onDone = useCallback(
    (s: ApplicationSummary) => {
      setNotice({ tone: 'success', text: t('done', { status: s.statusLabel }), at: Date.now() });
      reload();
    },
    [reload, t],
  );
  const onConflict = useCallback(() => {
    setNotice({ tone: 'warning', text: t('conflict'), at: Date.now() });
    reload();
  }, [reload, t]);

  if (!data) {
    return (
      <>
        <Crumb />
        <PageTitle>{t('title', { receipt: '' }).trim()}</PageTitle>
        <ErrorSummary error={error} title={t('loadFailed')} />
        {loading ? <Loading /> : null}
      </>
    );
  }
  const d = data;
  return (
    <>
      <Crumb />
      <PageTitle title={t('title', { receipt: d.receiptNumber })}>
        {t('title', { receipt: '' }).trim()} <span className="mono">{d.receiptNumber}</span>
      </PageTitle>
      <Header d={d} />
      <div aria-live="polite" tabIndex={-1} ref={noticeRef} className="app-notice">
        {notice ? (
          <Notice tone={notice.tone} role="status">
            {notice.text}
          </Notice>
        ) : null}
      </div>
      {d.missing.length > 0 && d.status === 'returned' ? (
        <div className="notice warning">
          <h2 className="app-h-inline">{t('missingTitle')}</h2>
          <ul>
            {d.missing.map((m) => (
              <li key={m.code}>
                <strong>{m.label}</strong>: {t(`s.${m.state}` as Key)}
                {m.reason ? ` — ${m.reason}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ActionPanel key={d.id} detail={d} onDone={onDone} onConflict={onConflict} />
      <Checklist d={d} />
      <DocumentsSection detail={d} onUploaded={reload} />
      <Letters d={d} />
      <Assessment d={d} />
      <Decision d={d} />
      <Members d={d} />
      <Plan d={d} />
      <Timeline d={d} />
      {user.roles.includes('office_admin') ? <ApplicationAudit id={d.id} /> : null}
    </>
  );
}

function Header({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, lang, tz) : '—');
  return (
    <>
      <dl className="summary">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span className={`tag ${statusTone(d.status)}`} data-testid="app-status">
              {d.statusLabel}
            </span>{' '}
            <DueBadges a={d} />
          </dd>
        </div>
        <div>
          <dt>{t('service')}</dt>
          <dd>{d.serviceName}</dd>
        </div>
        <div>
          <dt>{t('applicant')}</dt>
          <dd>{d.applicantName}</dd>
        </div>
        <div>
          <dt>{t('channel')}</dt>
          <dd>{t(`ch.${d.channel}` as Key)}</dd>
        </div>
        <div>
          <dt>{t('received')}</dt>
          <dd>{when(d.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('due')}</dt>
          <dd>{d.dueAt ? when(d.dueAt) : t('noDue')}</dd>
        </div>
        {d.stepDueAt ? (
          <div>
            <dt>{t('stepDue')}</dt>
            <dd>{when(d.stepDueAt)}</dd>
          </div>
        ) : null}
        {d.completionTime.text ? (
          <div>
            <dt>{t('completionTime')}</dt>
            <dd>{d.completionTime.text}</dd>
          </div>
        ) : null}
        {d.currentStepLabel && !d.closedAt ? (
          <div>
            <dt>{t('currentStep')}</dt>
            <dd>{d.currentStepLabel}</dd>
          </div>
        ) : null}
        {d.returnCount > 0 ? (
          <div>
            <dt>{t('returnCount')}</dt>
            <dd>{t('returnCountValue', { count: d.returnCount })}</dd>
          </div>
        ) : null}
        {d.closedAt ? (
          <div>
            <dt>{t('closedAt')}</dt>
            <dd>{when(d.closedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        <a href={receiptPdfUrl(d.id)} target="_blank" rel="noopener">
          {t('receiptPdf')} <span className="visually-hidden">{t('opensNewTab')}</span>
        </a>
      </p>
    </>
  );
}

function Checklist({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  if (d.checklist.length === 0) return null;
  const tone = (s: string) => (s === 'present' ? 'tag-green' : s === 'pending' ? 'tag-grey' : 'app-tag-overdue');
  return (
    <section className="section" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('checklistTitle')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="checklist-h">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('requirement')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('reason')}</th>
              <th scope="col">{t('documentsTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {d.checklist.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  {c.label}
                  <br />
                  <span className="muted small">
                    {[c.required ? t('requiredItem') : t('optionalItem'), c.materai ? t('materai') : null, c.alternativeUsed].filter(Boolean).join(' · ')}
                  </span>
                </th>
                <td>
                  <span className={`tag ${tone(c.state)}`}>{t(`s.${c.state}` as Key)}</span>
                </td>
                <td>{c.reason ?? ''}</td>
                <td className="num">{c.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Letters({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  if (d.letters.length === 0) return null;
  return (
    <section className="section" aria-labelledby="letters-h">
      <h2 id="letters-h">{t('lettersTitle')}</h2>
      <ul className="app-list">
        {d.letters.map((l) => (
          <li key={l.id}>
            <p>
              <strong className="mono">{l.number}</strong>{' '}
              <span className={`tag ${l.status === 'signed' ? 'tag-green' : 'tag-grey'}`}>{t(`ls.${l.status}` as Key)}</span>
            </p>
            {l.approvals.length ? (
              <ul>
                {l.approvals.map((a, i) => (
                  <li key={i}>
                    {a.action === 'sign' ? t('signWord') : t('initialWord')}: {a.name} ({a.roleTitle}), {formatDateTime(a.at, lang, tz)}
                  </li>
                ))}
              </ul>
            ) : null}
            {l.nextApproval ? <p className="muted">{t('nextApproval', { what: l.nextApproval.action === 'sign' ? t('signWord') : t('initialWord'), role: l.nextApproval.roleTitle })}</p> : null}
            <p>
              <a href={letterPdfUrl(l.id)} target="_blank" rel="noopener">
                {t('letterPdf', { number: l.number })} <span className="visually-hidden">{t('opensNewTab')}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Assessment({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  const a = d.assessment;
  if (!a) return null;
  return (
    <section className="section" aria-labelledby="assessment-h">
      <h2 id="assessment-h">{t('assessmentTitle')}</h2>
      <dl className="summary">
        <div>
          <dt>{t('scheduledFor')}</dt>
          <dd>{formatDateTime(a.scheduledAt, lang, tz)}</dd>
        </div>
        {a.score !== null ? (
          <div>
            <dt>{t('criteria')}</dt>
            <dd>{t('score', { score: a.score, total: a.criteria.length })}</dd>
          </div>
        ) : null}
        {a.recommendation ? (
          <div>
            <dt>{t('recommendation')}</dt>
            <dd>{t(`r.${a.recommendation}` as Key)}</dd>
          </div>
        ) : null}
        {a.notes ? (
          <div>
            <dt>{t('assessmentNotes')}</dt>
            <dd>{a.notes}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

interface DecisionView {
  eligible: boolean;
  reason: string | null;
  committee: { name: string; title?: string }[];
  decidedBy?: { label?: string };
  at?: string;
}

// The API types the decision as unknown (a JSON record written by the decision step); read only what is there.
const decisionOf = (v: unknown): DecisionView | null => (v && typeof v === 'object' && typeof (v as DecisionView).eligible === 'boolean' ? (v as DecisionView) : null);

function Decision({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  const dec = decisionOf(d.decision);
  if (!dec) return null;
  return (
    <section className="section" aria-labelledby="decision-h">
      <h2 id="decision-h">{t('decisionTitle')}</h2>
      <dl className="summary">
        <div>
          <dt>{t('eligibleQ')}</dt>
          <dd>
            <span className={`tag ${dec.eligible ? 'tag-green' : 'app-tag-overdue'}`}>{dec.eligible ? t('eligible') : t('notEligible')}</span>
          </dd>
        </div>
        {dec.reason ? (
          <div>
            <dt>{t('decisionReason')}</dt>
            <dd>{dec.reason}</dd>
          </div>
        ) : null}
        {Array.isArray(dec.committee) && dec.committee.length ? (
          <div>
            <dt>{t('committee')}</dt>
            <dd>{dec.committee.map((m) => (m.title ? `${m.name} (${m.title})` : m.name)).join('; ')}</dd>
          </div>
        ) : null}
        {dec.decidedBy?.label ? (
          <div>
            <dt>{t('decidedBy')}</dt>
            <dd>
              {dec.decidedBy.label}
              {dec.at ? `, ${formatDateTime(dec.at, lang, tz)}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function Members({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const village = useVillageNames([d.family.villageCode]).get(d.family.villageCode);
  return (
    <section className="section" aria-labelledby="members-h">
      <h2 id="members-h">{t('membersTitle')}</h2>
      <dl className="summary">
        <div>
          <dt>{t('kk')}</dt>
          <dd className="mono">{d.family.kkNumber}</dd>
        </div>
        <div>
          <dt>{t('address')}</dt>
          <dd>
            {d.family.address}
            {d.family.rt ? `, RT ${d.family.rt}` : ''}
            {d.family.rw ? ` RW ${d.family.rw}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('village')}</dt>
          <dd>
            {village ? `${village} ` : ''}
            <span className="mono">{d.family.villageCode}</span>
          </dd>
        </div>
        {d.representative ? (
          <div>
            <dt>{t('representative')}</dt>
            <dd>
              {d.representative.name}
              {d.representative.relation ? ` (${d.representative.relation})` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="members-h">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('nik')}</th>
              <th scope="col">{t('birth')}</th>
              <th scope="col">{t('relation')}</th>
            </tr>
          </thead>
          <tbody>
            {d.members.map((m, i) => (
              <tr key={i}>
                <th scope="row">
                  {m.name}
                  {m.isApplicant ? <span className="muted"> ({t('isApplicant')})</span> : null}
                </th>
                <td className="mono">{m.nik}</td>
                <td>
                  {m.birthPlace ? `${m.birthPlace}, ` : ''}
                  {m.birthDate}
                </td>
                <td>{m.relation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Plan({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  return (
    <section className="section" aria-labelledby="plan-h">
      <h2 id="plan-h">{t('planTitle')}</h2>
      <ol className="app-plan">
        {d.plan.steps.map((s) => (
          <li key={s.code} className={`app-plan-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
            <span>{s.label}</span> <span className={`tag ${s.state === 'done' ? 'tag-green' : s.state === 'current' ? 'app-tag-soon' : 'tag-grey'}`}>{t(`p.${s.state}` as Key)}</span>
            {s.branch !== 'main' ? <span className="muted small"> · {t(s.branch === 'positive' ? 'b.positive' : 'b.negative')}</span> : null}
            {s.implied ? <span className="muted small"> · {t('implied')}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Timeline({ d }: { d: ApplicationDetail }) {
  const t = useT(applicationMessages);
  const { lang } = useLang();
  const tz = useUser().office?.timeZone;
  const steps = [...d.plan.intake, ...d.plan.steps, ...d.plan.followUp];
  const stepLabel = (code: string | null) => (code ? (steps.find((s) => s.code === code)?.label ?? code) : null);
  // Words the console does not know yet are shown as the API gives them.
  const known = (key: string, fallback: string) => {
    const text = t(key as Key);
    return text === key ? fallback : text;
  };
  const actionLabel = (a: string) => known(`e.${a}`, a);
  return (
    <section className="section" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('timelineTitle')}</h2>
      <ol className="app-timeline">
        {d.events.map((e) => (
          <li key={`${e.version}-${e.ordinal}`}>
            <p>
              <strong>{actionLabel(e.action)}</strong>
              {e.stepCode ? `: ${stepLabel(e.stepCode)}` : ''}
              {e.outcome ? <span className="muted"> ({known(`o.${e.outcome}`, e.outcome)})</span> : null}
              {' → '}
              {STATUS_LABELS[e.toStatus as ApplicationStatus]?.[lang] ?? e.toStatus}
            </p>
            <p className="muted small">
              {formatDateTime(e.at, lang, tz)} · {t('by', { who: e.actorLabel })}
              {e.withinMutuBaku === true ? ` · ${t('within')}` : e.withinMutuBaku === false ? ` · ${t('beyond')}` : ''}
            </p>
            {e.note ? <p className="app-note">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
