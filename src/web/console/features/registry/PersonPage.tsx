import { useEffect, useState, type FormEvent } from 'react';
import { Link } from '../../app/router.js';
import { formatDateTime, useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { MARITAL_LABELS, RELATION_LABELS } from '../intake/intake.messages.js';
import { SelectField } from '../../ui/SelectField.js';
import { leaveFamily, listFaskes, setFaskes, type Faskes, type PersonRecord } from './registry.api.js';
import { EVENT_LABELS, registryMessages } from './registry.messages.js';
import { canChange, dmy, MembershipTag } from './shared.js';

const errOf = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));

/** A person's full record. The server audits every read (person.viewed); the page says so. */
export function PersonPage({ id }: { id: string }) {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const user = useUser();
  const person = useApi<PersonRecord>(`/registry/persons/${encodeURIComponent(id)}`);
  const [done, setDone] = useState<string | null>(null);
  const p = person.data;
  const timeZone = user.office?.timeZone;

  return (
    <>
      <p className="crumb">
        <Link to="/registry">← {t('toSearch')}</Link>
      </p>
      {person.error ? (
        <>
          <PageTitle>{t('loadFailed')}</PageTitle>
          <ErrorSummary error={person.error} title={t('loadFailed')} />
        </>
      ) : null}
      {!p ? (
        person.loading ? <Loading /> : null
      ) : (
        <>
          <PageTitle>{p.name}</PageTitle>
          <p className="muted small">{t('auditNote')}</p>
          {done ? (
            <Notice tone="success" role="status">
              {done}
            </Notice>
          ) : null}
          <h2>{t('identity')}</h2>
          <dl className="summary">
            <div>
              <dt>{t('nik')}</dt>
              <dd className="mono" data-testid="person-nik">
                {p.nik}
              </dd>
            </div>
            <div>
              <dt>{t('name')}</dt>
              <dd>{p.name}</dd>
            </div>
            <div>
              <dt>{t('birth')}</dt>
              <dd>
                {p.birthPlace ? `${p.birthPlace}, ` : ''}
                {dmy(p.birthDate)}
              </dd>
            </div>
            <div>
              <dt>{t('sex')}</dt>
              <dd>{p.sex === 'M' ? t('male') : t('female')}</dd>
            </div>
            <div>
              <dt>{t('marital')}</dt>
              <dd>{p.maritalStatus ? MARITAL_LABELS[p.maritalStatus][lang] : '—'}</dd>
            </div>
            <div>
              <dt>{t('relation')}</dt>
              <dd>{RELATION_LABELS[p.relation][lang]}</dd>
            </div>
            <div>
              <dt>{t('phone')}</dt>
              <dd className="mono">{p.phone ?? '—'}</dd>
            </div>
            {p.deathDate ? (
              <div>
                <dt>{t('died')}</dt>
                <dd>{dmy(p.deathDate)}</dd>
              </div>
            ) : null}
            {p.leftFamilyDate ? (
              <div>
                <dt>{t('left')}</dt>
                <dd>
                  {dmy(p.leftFamilyDate)}
                  {p.leftReason ? ` · ${p.leftReason === 'moved_away' ? t('movedAway') : p.leftReason === 'died' ? t('diedReason') : p.leftReason}` : ''}
                </dd>
              </div>
            ) : null}
          </dl>

          <h2>{t('membership')}</h2>
          <dl className="summary">
            <div>
              <dt>{t('status')}</dt>
              <dd>
                <MembershipTag m={p.membership} lang={lang} none={t('noMembership')} />
              </dd>
            </div>
            {p.membership ? (
              <>
                <div>
                  <dt>{t('card')}</dt>
                  <dd className="mono">{p.membership.cardNumber ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('careClass')}</dt>
                  <dd>{p.membership.careClass}</dd>
                </div>
                <div>
                  <dt>{t('faskes')}</dt>
                  <dd data-testid="person-faskes">{p.membership.faskes ? `${p.membership.faskes.name} (${p.membership.faskes.code})` : '—'}</dd>
                </div>
                <div>
                  <dt>{t('effective')}</dt>
                  <dd>
                    {[p.membership.effectiveFrom ? t('from', { date: dmy(p.membership.effectiveFrom) }) : null, p.membership.effectiveTo ? t('to', { date: dmy(p.membership.effectiveTo) }) : null]
                      .filter(Boolean)
                      .join(' ') || '—'}
                  </dd>
                </div>
              </>
            ) : null}
          </dl>

          <h2>{t('family')}</h2>
          <dl className="summary">
            <div>
              <dt>{t('kk')}</dt>
              <dd>
                <Link to={`/registry/families/${p.family.id}`} className="mono">
                  {p.family.kkNumber}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('address')}</dt>
              <dd>
                {p.family.address}
                {p.family.rt ? ` RT ${p.family.rt}` : ''}
                {p.family.rw ? ` RW ${p.family.rw}` : ''}, {p.family.villageName ?? p.family.villageCode}, {p.family.districtName ?? p.family.districtCode}
              </dd>
            </div>
          </dl>
          <h3>{t('members')}</h3>
          <ul className="plain">
            {p.family.members.map((m) => (
              <li key={m.id}>
                {m.id === p.id ? <strong>{m.name}</strong> : <Link to={`/registry/persons/${m.id}`}>{m.name}</Link>} <span className="mono muted">{m.nikMasked}</span> · {RELATION_LABELS[m.relation][lang]}
                {m.id === p.family.headPersonId && m.relation !== 'kepala_keluarga' ? ` (${t('head')})` : ''}
                {m.left ? <> <span className="tag tag-grey small">{t('leftTag')}</span></> : null}
              </li>
            ))}
          </ul>

          {canChange(user.roles) && p.membership && !p.deathDate && !p.leftFamilyDate ? (
            <FaskesForm person={p} onDone={(name) => {
              setDone(t('faskesSaved', { name }));
              person.reload();
            }} />
          ) : null}
          {canChange(user.roles) && !p.deathDate && !p.leftFamilyDate ? (
            <LeaveForm person={p} onDone={() => {
              setDone(t('leaveDone', { name: p.name }));
              person.reload();
            }} />
          ) : null}

          <h2>{t('history')}</h2>
          {p.history.length === 0 ? (
            <p>{t('noHistory')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('history')}>
              <table className="table">
                <caption className="visually-hidden">{t('history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colWhen')}</th>
                    <th scope="col">{t('colKind')}</th>
                    <th scope="col">{t('colReason')}</th>
                    <th scope="col">{t('colBpjs')}</th>
                    <th scope="col">{t('colApplication')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.history.map((e) => (
                    <tr key={e.id}>
                      <td className="nowrap">{formatDateTime(e.createdAt, lang, timeZone)}</td>
                      <td>
                        {EVENT_LABELS[e.kind]?.[lang] ?? e.kind}
                        {EVENT_LABELS[e.kind] ? <span className="mono muted small"> {e.kind}</span> : null}
                      </td>
                      <td>{e.reason ?? '—'}</td>
                      <td>
                        {e.bpjsChange ? <span className="mono">{e.bpjsChange}</span> : '—'}
                        {e.effectiveDate ? ` · ${dmy(e.effectiveDate)}` : ''}
                      </td>
                      <td>{e.applicationId ? <Link to={`/applications/${e.applicationId}`}>{t('colApplication')}</Link> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

function FaskesForm({ person, onDone }: { person: PersonRecord; onDone: (name: string) => void }) {
  const t = useT(registryMessages);
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Faskes[] | null>(null);
  const [choice, setChoice] = useState(person.membership?.faskes?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // The list follows what is typed; a short pause keeps it from asking on every key.
  useEffect(() => {
    const timer = setTimeout(() => {
      listFaskes(q)
        .then((r) => setOptions(r.faskes))
        .catch((err: unknown) => setError(errOf(err)));
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      const r = await setFaskes(person.id, choice);
      onDone(r.faskes ? `${r.faskes.name} (${r.faskes.code})` : '—');
    } catch (err) {
      setError(errOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section" aria-labelledby="faskes-h">
      <h2 id="faskes-h">{t('faskesChange')}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={{ faskesId: t('faskesPick') }} />
        <div className="filter-grid">
          <TextField name="faskesQ" label={t('faskesSearch')} value={q} onValue={setQ} autoComplete="off" />
          <SelectField name="faskesId" label={t('faskesPick')} value={choice} onValue={setChoice} error={fieldError(error, 'faskesId')}>
            <option value="">{t('faskesChoose')}</option>
            {(options ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.code} · {f.name}
              </option>
            ))}
          </SelectField>
        </div>
        <button className="button" type="submit" disabled={busy || !choice}>
          {busy ? t('saving') : t('faskesSave')}
        </button>
      </form>
    </section>
  );
}

function LeaveForm({ person, onDone }: { person: PersonRecord; onDone: () => void }) {
  const t = useT(registryMessages);
  const [reason, setReason] = useState<'moved_away' | 'died'>('moved_away');
  const [date, setDate] = useState('');
  const [newHead, setNewHead] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const isHead = person.family.headPersonId === person.id;
  const others = person.family.members.filter((m) => m.id !== person.id && !m.left);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await leaveFamily(person.id, { reason, date, ...(newHead ? { newHeadPersonId: newHead } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    } catch (err) {
      setError(errOf(err));
    } finally {
      setBusy(false);
    }
  };
  const labels = { reason: t('leaveReason'), date: t('leaveDate'), newHeadPersonId: t('newHead'), note: t('note') };
  return (
    <section className="section" aria-labelledby="leave-h">
      <h2 id="leave-h">{t('leaveTitle')}</h2>
      <p className="muted">{t('leaveIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={labels} />
        <div className="filter-grid">
          <SelectField name="reason" label={labels.reason} value={reason} onValue={(v) => setReason(v as 'moved_away' | 'died')} error={fieldError(error, 'reason')}>
            <option value="moved_away">{t('movedAway')}</option>
            <option value="died">{t('diedReason')}</option>
          </SelectField>
          <TextField name="date" label={labels.date} type="date" value={date} onValue={setDate} error={fieldError(error, 'date')} />
          {isHead && others.length > 0 ? (
            <SelectField name="newHeadPersonId" label={labels.newHeadPersonId} hint={t('newHeadHint')} value={newHead} onValue={setNewHead} error={fieldError(error, 'newHeadPersonId')}>
              <option value="">{t('chooseMember')}</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({m.nikMasked})
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        <TextArea name="note" label={labels.note} value={note} onValue={setNote} optional rows={2} error={fieldError(error, 'note')} />
        <button className="button danger" type="submit" disabled={busy}>
          {busy ? t('saving') : t('leaveSubmit')}
        </button>
      </form>
    </section>
  );
}
