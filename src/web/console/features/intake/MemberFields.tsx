import { useEffect, useRef, useState } from 'react';
import { MARITAL_STATUSES, RELATIONS, type Relation } from '../../../../modules/registry/registry.codes.js';
import { Link } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { TextField } from '../../ui/fields.js';
import { checkBpjs, checkDuplicates, checkNik, type BpjsLookup, type DuplicateCheck, type NikCheck } from './intake.api.js';
import { intakeMessages, MARITAL_LABELS, RELATION_LABELS } from './intake.messages.js';
import { SelectField } from '../../ui/SelectField.js';

export const MEMBER_FIELDS = ['nik', 'name', 'birthPlace', 'birthDate', 'sex', 'relation', 'maritalStatus', 'phone'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];
export const memberKey = (i: number, f: MemberField) => `members.${i}.${f}`;

const digits = (s: string) => s.replace(/\D/g, '');

/** "1985-03-12" → "12-03-1985", as the KTP prints it. */
export const dmy = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : iso);

type DupState = { kind: 'ok'; result: DuplicateCheck } | { kind: 'active'; personId: string | null } | null;

/**
 * One person of the application. The NIK is checked as soon as it has 16 digits: its birth date and
 * sex fill the empty fields (the officer still sees and can correct them), and the registry is asked
 * at once whether the person is already a member, so the officer learns it before typing the rest.
 */
export function MemberFields({ index, values, set, error, enrolment }: {
  index: number;
  values: Record<string, string>;
  set: (key: string, value: string) => void;
  error: (key: string) => string | undefined;
  /** Enrolment services refuse a NIK already active in PBI Daerah: warn about it while typing. */
  enrolment: boolean;
}) {
  const t = useT(intakeMessages);
  const { lang } = useLang();
  const v = (f: MemberField) => values[memberKey(index, f)] ?? '';
  const nik = digits(v('nik'));
  const [nikState, setNikState] = useState<NikCheck | 'checking' | null>(null);
  const [dup, setDup] = useState<DupState>(null);
  const latestNik = useRef('');
  const filled = useRef({ birthDate: '', sex: '' });

  useEffect(() => {
    latestNik.current = nik;
    setDup(null);
    if (nik.length !== 16) {
      // A NIK with letters or the wrong length is reported at once only when it cannot become valid.
      setNikState(null);
      return;
    }
    setNikState('checking');
    checkNik({ nik })
      .then((r) => {
        if (latestNik.current !== nik) return;
        setNikState(r);
        if (r.valid) {
          // Empty fields, and fields filled from an earlier NIK, follow the new NIK; typed ones stay.
          const was = filled.current;
          if (r.birthDate && (!v('birthDate') || v('birthDate') === was.birthDate)) set(memberKey(index, 'birthDate'), r.birthDate);
          if (r.sex && (!v('sex') || v('sex') === was.sex)) set(memberKey(index, 'sex'), r.sex);
          filled.current = { birthDate: r.birthDate ?? '', sex: r.sex ?? '' };
        }
      })
      .catch(() => latestNik.current === nik && setNikState(null));
    // Only the NIK starts a check; the fields it fills must not start another.
  }, [nik]);

  // BPJS's own view of the person (segment, card, facility) as soon as the NIK is valid; an unreachable
  // or unconfigured BPJS is a line of text, not an obstacle.
  const [bpjs, setBpjs] = useState<BpjsLookup | null>(null);
  const nikValid = typeof nikState === 'object' && nikState?.valid === true;
  useEffect(() => {
    setBpjs(null);
    if (!nikValid) return;
    const asked = nik;
    checkBpjs(asked)
      .then((r) => latestNik.current === asked && setBpjs(r))
      .catch(() => latestNik.current === asked && setBpjs(null));
  }, [nikValid, nik]);

  const birthDate = v('birthDate');
  const name = v('name').trim();
  const runDuplicates = () => {
    if (!enrolment || nik.length !== 16 || typeof nikState !== 'object' || !nikState?.valid || name.length < 2 || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return;
    const asked = nik;
    checkDuplicates({ nik, name, birthDate })
      .then((result) => latestNik.current === asked && setDup({ kind: 'ok', result }))
      .catch((err: unknown) => {
        if (latestNik.current !== asked) return;
        if (err instanceof ApiError && err.code === 'PERSON_ALREADY_ACTIVE') {
          const personId = (err.details as { personId?: string } | null)?.personId ?? null;
          setDup({ kind: 'active', personId });
        }
      });
  };
  // The registry is asked as soon as the NIK is known valid and again when the name is complete.
  useEffect(runDuplicates, [nikState]);

  const nikError = (() => {
    const server = error(memberKey(index, 'nik'));
    if (server) return server;
    if (typeof nikState === 'object' && nikState && !nikState.valid) return t('nikInvalid', { message: nikState.errors.map((e) => e.message).join(' ') });
    if (/[^\d\s.-]/.test(v('nik')) || nik.length > 16) return t('nikInvalid', { message: t('nikHint') });
    return undefined;
  })();
  const facts = typeof nikState === 'object' && nikState?.valid ? nikState : null;
  const mismatch = facts && ((facts.birthDate && birthDate && facts.birthDate !== birthDate) || (facts.sex && v('sex') && facts.sex !== v('sex')));

  return (
    <>
      <TextField
        name={memberKey(index, 'nik')}
        label={t('nik')}
        hint={t('nikHint')}
        value={v('nik')}
        onValue={(x) => set(memberKey(index, 'nik'), x)}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        className="input w-nik mono"
        error={nikError}
      />
      <div className="intake-live" aria-live="polite">
        {nikState === 'checking' ? <p className="hint">{t('nikChecking')}</p> : null}
        {facts ? (
          <p className="hint" data-testid={`nik-facts-${index}`}>
            {t('nikFacts', {
              birthDate: facts.birthDate ? dmy(facts.birthDate) : '—',
              sex: facts.sex === 'M' ? t('male') : facts.sex === 'F' ? t('female') : '—',
              region: `${facts.regionName ?? '—'}${facts.regionHistorical ? ` ${t('nikHistorical')}` : ''}`,
            })}
            {facts.warnings.map((w) => (
              <span key={w.code}> {w.message}</span>
            ))}
          </p>
        ) : null}
        {mismatch ? <p className="field-error">{t('nikMismatch')}</p> : null}
        {bpjs ? (
          <p className="hint" data-testid={`bpjs-${index}`}>
            {!bpjs.ok
              ? t('bpjsUnavailable', { message: bpjs.message })
              : bpjs.participant
                ? t('bpjsFound', {
                    segment: bpjs.participant.segment,
                    status: bpjs.participant.status,
                    card: bpjs.participant.cardNumber,
                    faskes: bpjs.participant.faskes?.name ?? '—',
                  })
                : t('bpjsNotFound')}
          </p>
        ) : null}
        {dup?.kind === 'active' ? (
          <div className="notice warning" data-testid={`dup-${index}`}>
            <p>{t('dupActive')}</p>
            {dup.personId ? <Link to={`/registry/persons/${dup.personId}`}>{t('openRecord')}</Link> : null}
          </div>
        ) : null}
        {dup?.kind === 'ok' && dup.result.existing ? (
          <div className="notice" data-testid={`dup-${index}`}>
            <p>
              {t('dupExisting', {
                status: dup.result.existing.left
                  ? t('dupLeft')
                  : dup.result.existing.membership
                    ? `${dup.result.existing.membership.segment} ${dup.result.existing.membership.status}`
                    : t('dupNoMembership'),
              })}
            </p>
            <Link to={`/registry/persons/${dup.result.existing.personId}`}>{t('openRecord')}</Link>
          </div>
        ) : null}
        {dup?.kind === 'ok' && dup.result.warnings.length > 0 ? (
          <div className="notice" data-testid={`near-${index}`}>
            <ul className="plain">
              {dup.result.warnings.map((w) => (
                <li key={w.personId}>
                  {t('dupNear', { name: w.name, nik: w.nikMasked, birthDate: dmy(w.birthDate) })} <Link to={`/registry/persons/${w.personId}`}>{t('openRecord')}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <TextField name={memberKey(index, 'name')} label={t('name')} value={v('name')} onValue={(x) => set(memberKey(index, 'name'), x)} onBlur={runDuplicates} autoComplete="off" error={error(memberKey(index, 'name'))} />
      <div className="intake-row">
        <TextField name={memberKey(index, 'birthDate')} label={t('birthDate')} type="date" value={birthDate} onValue={(x) => set(memberKey(index, 'birthDate'), x)} onBlur={runDuplicates} error={error(memberKey(index, 'birthDate'))} />
        <SelectField name={memberKey(index, 'sex')} label={t('sex')} value={v('sex')} onValue={(x) => set(memberKey(index, 'sex'), x)} error={error(memberKey(index, 'sex'))}>
          <option value="">{t('sexChoose')}</option>
          <option value="M">{t('male')}</option>
          <option value="F">{t('female')}</option>
        </SelectField>
        <TextField name={memberKey(index, 'birthPlace')} label={t('birthPlace')} value={v('birthPlace')} onValue={(x) => set(memberKey(index, 'birthPlace'), x)} optional autoComplete="off" error={error(memberKey(index, 'birthPlace'))} />
      </div>
      <div className="intake-row">
        <SelectField name={memberKey(index, 'relation')} label={t('relation')} value={v('relation')} onValue={(x) => set(memberKey(index, 'relation'), x)} error={error(memberKey(index, 'relation'))}>
          {RELATIONS.map((r: Relation) => (
            <option key={r} value={r}>
              {RELATION_LABELS[r][lang]}
            </option>
          ))}
        </SelectField>
        <SelectField name={memberKey(index, 'maritalStatus')} label={t('maritalStatus')} value={v('maritalStatus')} onValue={(x) => set(memberKey(index, 'maritalStatus'), x)} optional error={error(memberKey(index, 'maritalStatus'))}>
          <option value="">{t('maritalUnknown')}</option>
          {MARITAL_STATUSES.map((m) => (
            <option key={m} value={m}>
              {MARITAL_LABELS[m][lang]}
            </option>
          ))}
        </SelectField>
        <TextField name={memberKey(index, 'phone')} label={t('phone')} hint={index === 0 ? t('phoneHint') : undefined} type="tel" inputMode="tel" value={v('phone')} onValue={(x) => set(memberKey(index, 'phone'), x)} optional autoComplete="off" error={error(memberKey(index, 'phone'))} />
      </div>
    </>
  );
}
