import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n.js';
import { TextField } from '../../ui/fields.js';
import { checkKk, type KkCheck } from './intake.api.js';
import { intakeMessages } from './intake.messages.js';
import { dmy, MEMBER_FIELDS, MemberFields, memberKey } from './MemberFields.js';

/**
 * The people and the family card of an application, as the counter and the kelurahan enter them: one
 * fieldset per person (add/remove), then the KK number (checked as soon as it has 16 digits), address,
 * RT/RW and the village choice the page supplies (the office's villages, or the operator's own).
 */
type Values = Record<string, string | string[]>;

const str = (v: Values[string] | undefined) => (typeof v === 'string' ? v : '');
const digits = (s: string) => s.replace(/\D/g, '');

/** Removes member `index` and moves the later members up, key by key. */
export function withoutMember(v: Values, index: number): Values {
  const count = Number(str(v.memberCount)) || 1;
  const next: Values = { ...v };
  for (let i = index; i < count; i++) {
    for (const f of MEMBER_FIELDS) {
      const later = v[memberKey(i + 1, f)];
      if (i + 1 < count && later !== undefined) next[memberKey(i, f)] = later;
      else delete next[memberKey(i, f)];
    }
  }
  next.memberCount = String(Math.max(1, count - 1));
  return next;
}

export function HouseholdFields({ values: v, setValues, set, error, enrolment, villageSelect }: {
  values: Values;
  setValues: (update: (prev: Values) => Values) => void;
  set: (key: string, value: string) => void;
  error: (key: string) => string | undefined;
  enrolment: boolean;
  villageSelect: ReactNode;
}) {
  const t = useT(intakeMessages);
  const [announce, setAnnounce] = useState('');
  const [kkState, setKkState] = useState<KkCheck | 'checking' | null>(null);
  const count = Math.max(1, Number(str(v.memberCount)) || 1);
  const setText = (key: string) => (value: string) => set(key, value);

  const kk = digits(str(v['family.kkNumber']));
  useEffect(() => {
    if (kk.length !== 16) {
      setKkState(null);
      return;
    }
    let live = true;
    setKkState('checking');
    checkKk(kk)
      .then((r) => live && setKkState(r))
      .catch(() => live && setKkState(null));
    return () => {
      live = false;
    };
  }, [kk]);
  const kkFacts = typeof kkState === 'object' && kkState?.valid ? kkState : null;
  const kkError = error('family.kkNumber') ?? (typeof kkState === 'object' && kkState && !kkState.valid ? t('kkInvalid', { message: kkState.errors.map((x) => x.message).join(' ') }) : undefined);

  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <fieldset className="intake-section" key={i}>
          <legend>{i === 0 ? t('applicant') : t('member', { n: i + 1 })}</legend>
          <MemberFields index={i} values={v as Record<string, string>} set={set} error={error} enrolment={enrolment} />
          {i > 0 ? (
            <button
              type="button"
              className="button secondary small-button"
              onClick={() => {
                setValues((prev) => withoutMember(prev, i));
                setAnnounce('');
              }}
            >
              {t('removeMember', { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={count >= 20}
          onClick={() => {
            setValues((prev) => ({ ...prev, memberCount: String(count + 1), [memberKey(count, 'relation')]: 'anak' }));
            setAnnounce(t('memberAdded', { n: count + 1 }));
            // The new person's NIK is where the officer types next.
            setTimeout(() => document.getElementById(`f-members-${count}-nik`)?.focus(), 0);
          }}
        >
          {t('addMember')}
        </button>
        <span className="visually-hidden" aria-live="polite">
          {announce}
        </span>
      </p>

      <fieldset className="intake-section">
        <legend>{t('family')}</legend>
        <TextField name="family.kkNumber" label={t('kk')} hint={t('kkHint')} value={str(v['family.kkNumber'])} onValue={setText('family.kkNumber')} inputMode="numeric" autoComplete="off" maxLength={20} className="input w-nik mono" error={kkError} />
        <div className="intake-live" aria-live="polite">
          {kkState === 'checking' ? <p className="hint">{t('nikChecking')}</p> : null}
          {kkFacts ? (
            <p className="hint" data-testid="kk-facts">
              {t('kkFacts', { region: kkFacts.regionName ?? '—', date: kkFacts.recordedOn ? t('kkDate', { date: dmy(kkFacts.recordedOn) }) : '' })}
              {kkFacts.warnings.map((w) => (
                <span key={w.code}> {w.message}</span>
              ))}
            </p>
          ) : null}
        </div>
        <TextField name="family.address" label={t('address')} value={str(v['family.address'])} onValue={setText('family.address')} autoComplete="off" error={error('family.address')} />
        <div className="intake-row">
          <TextField name="family.rt" label={t('rt')} value={str(v['family.rt'])} onValue={setText('family.rt')} inputMode="numeric" maxLength={3} className="input w-rt" optional error={error('family.rt')} />
          <TextField name="family.rw" label={t('rw')} value={str(v['family.rw'])} onValue={setText('family.rw')} inputMode="numeric" maxLength={3} className="input w-rt" optional error={error('family.rw')} />
          {villageSelect}
        </div>
      </fieldset>
    </>
  );
}
