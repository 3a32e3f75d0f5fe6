import { useState, type FormEvent } from 'react';
import { MARITAL_STATUSES, RELATIONS } from '../../../../modules/registry/registry.codes.js';
import { Link } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextArea, TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { MARITAL_LABELS, RELATION_LABELS } from '../intake/intake.messages.js';
import { SelectField } from '../../ui/SelectField.js';
import { addMember, changeHead, changeKk, type AddMemberInput, type FamilyRecord, type KkChangeInput } from './registry.api.js';
import { EVIDENCE_LABELS, registryMessages } from './registry.messages.js';
import { canChange, dmy, MembershipTag } from './shared.js';

const errOf = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());
type Member = FamilyRecord['members'][number];

/** A family as its KK shows it, with the changes that follow a new KK (back office and office admin). */
export function FamilyPage({ id }: { id: string }) {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const user = useUser();
  const family = useApi<FamilyRecord>(`/registry/families/${encodeURIComponent(id)}`);
  const [done, setDone] = useState<string | null>(null);
  const f = family.data;
  const current = (f?.members ?? []).filter((m) => !m.leftFamilyDate && !m.deathDate);
  const after = (text: string) => {
    setDone(text);
    family.reload();
  };

  return (
    <>
      <p className="crumb">
        <Link to="/registry">← {t('toSearch')}</Link>
      </p>
      {family.error ? (
        <>
          <PageTitle>{t('loadFailed')}</PageTitle>
          <ErrorSummary error={family.error} title={t('loadFailed')} />
        </>
      ) : null}
      {!f ? (
        family.loading ? <Loading /> : null
      ) : (
        <>
          <PageTitle>{t('familyTitle', { kk: f.kkNumber })}</PageTitle>
          <p className="muted small">{t('auditNote')}</p>
          {done ? (
            <Notice tone="success" role="status">
              {done}
            </Notice>
          ) : null}
          <dl className="summary">
            <div>
              <dt>{t('kk')}</dt>
              <dd className="mono">{f.kkNumber}</dd>
            </div>
            <div>
              <dt>{t('address')}</dt>
              <dd>
                {f.address}
                {f.rt ? ` RT ${f.rt}` : ''}
                {f.rw ? ` RW ${f.rw}` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('village')}</dt>
              <dd>
                {f.villageName ?? f.villageCode} <span className="mono muted small">{f.villageCode}</span>
              </dd>
            </div>
            <div>
              <dt>{t('district')}</dt>
              <dd>{f.districtName ?? f.districtCode}</dd>
            </div>
          </dl>
          <h2>{t('members')}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('members')}>
            <table className="table" data-testid="family-members">
              <caption className="visually-hidden">{t('members')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colNik')}</th>
                  <th scope="col">{t('relation')}</th>
                  <th scope="col">{t('colBirth')}</th>
                  <th scope="col">{t('colMembership')}</th>
                </tr>
              </thead>
              <tbody>
                {f.members.map((m) => (
                  <tr key={m.id} className={m.leftFamilyDate || m.deathDate ? 'is-disabled' : undefined}>
                    <th scope="row">
                      <Link to={`/registry/persons/${m.id}`}>{m.name}</Link>
                      {m.id === f.headPersonId && m.relation !== 'kepala_keluarga' ? <span className="muted"> ({t('head')})</span> : null}
                      {m.leftFamilyDate || m.deathDate ? <> <span className="tag tag-grey small">{t('leftTag')}</span></> : null}
                    </th>
                    <td className="mono nowrap">{m.nik}</td>
                    <td>{RELATION_LABELS[m.relation][lang]}</td>
                    <td className="nowrap">{dmy(m.birthDate)}</td>
                    <td>
                      <MembershipTag m={m.membership} lang={lang} none={t('noMembership')} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canChange(user.roles) ? (
            <>
              <AddMemberForm family={f} onDone={(name) => after(t('memberAdded', { name }))} />
              <HeadForm family={f} current={current} onDone={() => after(t('headDone'))} />
              {/* Keyed by the members: after a change the "who moves" ticks start from everyone again. */}
              <KkForm key={current.map((m) => m.id).join()} family={f} current={current} onDone={() => after(t('kkDone'))} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}

function useSubmit() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errOf(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

const EMPTY_PERSON = { nik: '', name: '', birthPlace: '', birthDate: '', sex: '', relation: 'anak', maritalStatus: '', phone: '', evidence: 'birth_certificate', evidenceNumber: '', reason: '' };

function AddMemberForm({ family, onDone }: { family: FamilyRecord; onDone: (name: string) => void }) {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const [v, setV] = useState(EMPTY_PERSON);
  const { error, busy, run } = useSubmit();
  const set = (k: keyof typeof EMPTY_PERSON) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  // The server names the person's fields "person.nik"; the evidence "evidence.kind".
  const err = (k: string) => fieldError(error, `person.${k}`);
  const labels: Record<string, string> = {
    'person.nik': t('nik'), 'person.name': t('name'), 'person.birthPlace': t('birthPlace'), 'person.birthDate': t('birthDate'), 'person.sex': t('sex'),
    'person.relation': t('relation'), 'person.maritalStatus': t('marital'), 'person.phone': t('phone'), 'evidence.kind': t('evidence'), 'evidence.number': t('evidenceNumber'), reason: t('reason'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: AddMemberInput = {
      person: {
        nik: v.nik.replace(/\D/g, ''),
        name: v.name.trim(),
        birthPlace: opt(v.birthPlace),
        birthDate: v.birthDate,
        sex: v.sex as 'M' | 'F',
        relation: v.relation as AddMemberInput['person']['relation'],
        maritalStatus: opt(v.maritalStatus) as AddMemberInput['person']['maritalStatus'],
        phone: opt(v.phone.replace(/[\s-]/g, '')),
      },
      evidence: { kind: v.evidence as AddMemberInput['evidence']['kind'], number: opt(v.evidenceNumber) },
      reason: opt(v.reason),
    };
    void run(async () => {
      await addMember(family.id, body);
      setV(EMPTY_PERSON);
      onDone(body.person.name);
    });
  };
  return (
    <section className="section" aria-labelledby="add-h">
      <h2 id="add-h">{t('addMemberTitle')}</h2>
      <p className="muted">{t('addMemberIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={labels} />
        <div className="filter-grid">
          <TextField name="person.nik" label={t('nik')} value={v.nik} onValue={set('nik')} inputMode="numeric" autoComplete="off" className="input mono" error={err('nik')} />
          <TextField name="person.name" label={t('name')} value={v.name} onValue={set('name')} autoComplete="off" error={err('name')} />
          <TextField name="person.birthPlace" label={t('birthPlace')} value={v.birthPlace} onValue={set('birthPlace')} optional autoComplete="off" error={err('birthPlace')} />
          <TextField name="person.birthDate" label={t('birthDate')} type="date" value={v.birthDate} onValue={set('birthDate')} error={err('birthDate')} />
          <SelectField name="person.sex" label={t('sex')} value={v.sex} onValue={set('sex')} error={err('sex')}>
            <option value="">{t('sexChoose')}</option>
            <option value="M">{t('male')}</option>
            <option value="F">{t('female')}</option>
          </SelectField>
          <SelectField name="person.relation" label={t('relation')} value={v.relation} onValue={set('relation')} error={err('relation')}>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {RELATION_LABELS[r][lang]}
              </option>
            ))}
          </SelectField>
          <SelectField name="person.maritalStatus" label={t('marital')} value={v.maritalStatus} onValue={set('maritalStatus')} optional error={err('maritalStatus')}>
            <option value="">—</option>
            {MARITAL_STATUSES.map((m) => (
              <option key={m} value={m}>
                {MARITAL_LABELS[m][lang]}
              </option>
            ))}
          </SelectField>
          <TextField name="person.phone" label={t('phone')} type="tel" value={v.phone} onValue={set('phone')} optional autoComplete="off" error={err('phone')} />
          <SelectField name="evidence.kind" label={t('evidence')} value={v.evidence} onValue={set('evidence')} error={fieldError(error, 'evidence.kind')}>
            {Object.entries(EVIDENCE_LABELS).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang]}
              </option>
            ))}
          </SelectField>
          <TextField name="evidence.number" label={t('evidenceNumber')} value={v.evidenceNumber} onValue={set('evidenceNumber')} optional autoComplete="off" error={fieldError(error, 'evidence.number')} />
        </div>
        <TextArea name="reason" label={t('reason')} value={v.reason} onValue={set('reason')} optional rows={2} error={fieldError(error, 'reason')} />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : t('addMember')}
        </button>
      </form>
    </section>
  );
}

function HeadForm({ family, current, onDone }: { family: FamilyRecord; current: Member[]; onDone: () => void }) {
  const t = useT(registryMessages);
  const { lang } = useLang();
  const [personId, setPersonId] = useState('');
  const [previous, setPrevious] = useState('');
  const [note, setNote] = useState('');
  const { error, busy, run } = useSubmit();
  const candidates = current.filter((m) => m.id !== family.headPersonId);
  if (candidates.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await changeHead(family.id, { personId, ...(previous ? { previousHeadRelation: previous as Member['relation'] } : {}), ...(opt(note) ? { note: opt(note) } : {}) });
      setPersonId('');
      setPrevious('');
      setNote('');
      onDone();
    });
  };
  return (
    <section className="section" aria-labelledby="head-h">
      <h2 id="head-h">{t('headTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={{ personId: t('headPerson'), previousHeadRelation: t('previousHeadRelation'), note: t('note') }} />
        <div className="filter-grid">
          <SelectField name="personId" label={t('headPerson')} value={personId} onValue={setPersonId} error={fieldError(error, 'personId')}>
            <option value="">{t('chooseMember')}</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="previousHeadRelation" label={t('previousHeadRelation')} hint={t('previousHeadHint')} value={previous} onValue={setPrevious} optional error={fieldError(error, 'previousHeadRelation')}>
            <option value="">{t('unchanged')}</option>
            {RELATIONS.filter((r) => r !== 'kepala_keluarga').map((r) => (
              <option key={r} value={r}>
                {RELATION_LABELS[r][lang]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextArea name="headNote" label={t('note')} value={note} onValue={setNote} optional rows={2} error={fieldError(error, 'note')} />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : t('headSubmit')}
        </button>
      </form>
    </section>
  );
}

function KkForm({ family, current, onDone }: { family: FamilyRecord; current: Member[]; onDone: () => void }) {
  const t = useT(registryMessages);
  const [v, setV] = useState({ newKkNumber: '', reason: 'reissued', headPersonId: '', remainingHeadPersonId: '', address: '', rt: '', rw: '', villageCode: '', note: '' });
  const [moving, setMoving] = useState<string[]>(() => current.map((m) => m.id));
  const { error, busy, run } = useSubmit();
  const set = (k: keyof typeof v) => (x: string) => setV((p) => ({ ...p, [k]: x }));
  const everyone = moving.length === current.length;
  const headMoves = family.headPersonId !== null && moving.includes(family.headPersonId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: KkChangeInput = {
      newKkNumber: v.newKkNumber.replace(/\D/g, ''),
      reason: v.reason as KkChangeInput['reason'],
      // Everyone moving is the default of the API; a split names who goes.
      ...(everyone ? {} : { members: moving.map((personId) => ({ personId })) }),
      ...(!everyone && v.headPersonId ? { headPersonId: v.headPersonId } : {}),
      ...(!everyone && headMoves && v.remainingHeadPersonId ? { remainingHeadPersonId: v.remainingHeadPersonId } : {}),
      address: opt(v.address),
      rt: opt(v.rt),
      rw: opt(v.rw),
      villageCode: opt(v.villageCode),
      note: opt(v.note),
    };
    void run(async () => {
      await changeKk(family.id, body);
      onDone();
    });
  };
  const labels = { newKkNumber: t('newKk'), reason: t('kkReason'), members: t('kkMembers'), headPersonId: t('kkHead'), remainingHeadPersonId: t('kkRemainingHead'), address: t('kkAddress'), rt: t('rt'), rw: t('rw'), villageCode: t('villageCode'), note: t('note') };
  return (
    <section className="section" aria-labelledby="kk-h">
      <h2 id="kk-h">{t('kkTitle')}</h2>
      <p className="muted">{t('kkIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={labels} />
        <div className="filter-grid">
          <TextField name="newKkNumber" label={labels.newKkNumber} value={v.newKkNumber} onValue={set('newKkNumber')} inputMode="numeric" autoComplete="off" className="input mono" error={fieldError(error, 'newKkNumber')} />
          <SelectField name="kkReason" label={labels.reason} value={v.reason} onValue={set('reason')} error={fieldError(error, 'reason')}>
            <option value="reissued">{t('kkReissued')}</option>
            <option value="split">{t('kkSplit')}</option>
            <option value="moved">{t('kkMoved')}</option>
          </SelectField>
        </div>
        <fieldset className="field" aria-describedby="kk-members-hint">
          <legend className="label">{labels.members}</legend>
          <p className="hint" id="kk-members-hint">
            {t('kkMembersHint')}
          </p>
          <div className="checkboxes">
            {current.map((m) => (
              <div className="checkbox" key={m.id}>
                <input
                  type="checkbox"
                  id={`kk-move-${m.id}`}
                  checked={moving.includes(m.id)}
                  onChange={(e) => setMoving((prev) => (e.target.checked ? [...prev, m.id] : prev.filter((x) => x !== m.id)))}
                />
                <label htmlFor={`kk-move-${m.id}`}>{m.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {!everyone ? (
          <div className="filter-grid">
            <SelectField name="headPersonId" label={labels.headPersonId} value={v.headPersonId} onValue={set('headPersonId')} error={fieldError(error, 'headPersonId')}>
              <option value="">{t('chooseMember')}</option>
              {current.filter((m) => moving.includes(m.id)).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </SelectField>
            {headMoves ? (
              <SelectField name="remainingHeadPersonId" label={labels.remainingHeadPersonId} value={v.remainingHeadPersonId} onValue={set('remainingHeadPersonId')} error={fieldError(error, 'remainingHeadPersonId')}>
                <option value="">{t('chooseMember')}</option>
                {current.filter((m) => !moving.includes(m.id)).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
        ) : null}
        <div className="filter-grid">
          <TextField name="address" label={labels.address} value={v.address} onValue={set('address')} optional autoComplete="off" error={fieldError(error, 'address')} />
          <TextField name="rt" label={labels.rt} value={v.rt} onValue={set('rt')} optional inputMode="numeric" error={fieldError(error, 'rt')} />
          <TextField name="rw" label={labels.rw} value={v.rw} onValue={set('rw')} optional inputMode="numeric" error={fieldError(error, 'rw')} />
          <TextField name="villageCode" label={labels.villageCode} hint={t('villageCodeHint')} value={v.villageCode} onValue={set('villageCode')} optional className="input mono" error={fieldError(error, 'villageCode')} />
        </div>
        <TextArea name="kkNote" label={labels.note} value={v.note} onValue={set('note')} optional rows={2} error={fieldError(error, 'note')} />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('saving') : t('kkSubmit')}
        </button>
      </form>
    </section>
  );
}
