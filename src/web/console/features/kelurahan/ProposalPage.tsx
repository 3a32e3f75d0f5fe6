import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApplicationSummary } from '../../../../modules/applications/applications.schema.js';
import { ENROLMENT_SERVICES } from '../../../../modules/applications/workflow/service-kinds.js';
import { Link } from '../../app/router.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { useDraft } from '../../lib/use-draft.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { useVillageNames } from '../applications/use-village-names.js';
import { createApplication, type CurrentStandard, type Service } from '../intake/intake.api.js';
import { intakeMessages } from '../intake/intake.messages.js';
import { HouseholdFields } from '../intake/HouseholdFields.js';
import { toCreateBody } from '../intake/IntakePage.js';
import { MEMBER_FIELDS, memberKey } from '../intake/MemberFields.js';
import { SelectField } from '../../ui/SelectField.js';
import { kelurahanMessages } from './kelurahan.messages.js';

type Values = Record<string, string | string[]>;

// The counter form's keys (intake/IntakePage.tsx), so its body builder serves this form too.
const EMPTY: Values = {
  serviceCode: '',
  variantCode: '',
  memberCount: '1',
  [memberKey(0, 'relation')]: 'kepala_keluarga',
  'family.kkNumber': '',
  'family.address': '',
  'family.rt': '',
  'family.rw': '',
  'family.villageCode': '',
  noKtp: '',
  hospitalised: '',
  'details.referenceIssuer': '',
  'details.referenceNumber': '',
  'details.referenceDate': '',
  startedAt: '',
};

const str = (v: Values[string] | undefined) => (typeof v === 'string' ? v : '');
const opt = (s: string) => (s.trim() !== '' ? s.trim() : undefined);

/** Which facts the service's requirements depend on: only those are asked (as at the counter). */
function factsAsked(service: Service | undefined) {
  const when = new Set((service?.requirements ?? []).map((r) => r.condition?.when).filter(Boolean));
  return { hasKtp: when.has('has_ktp'), hospitalised: when.has('hospitalised') };
}

interface Saved {
  application: ApplicationSummary;
  village: string;
}

/**
 * The kelurahan's proposal form (Palembang seed 002: "kelurahan menginput data ke form usulan"). The
 * counter's member fields, NIK/KK checks and body builder, on the kelurahan_batch channel: the server
 * puts the proposal into its village's open batch, and accepts only the operator's own villages.
 */
export function ProposalPage() {
  const t = useT(kelurahanMessages);
  const ti = useT(intakeMessages);
  const { lang } = useLang();
  const user = useUser();
  const standard = useApi<CurrentStandard>('/standard');
  const { values: v, setValues, restoredAt, clear } = useDraft<Values>('kelurahan-proposal', EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const serviceRef = useRef<HTMLSelectElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const names = useVillageNames(user.kelurahanCodes);

  const services = useMemo(() => (standard.data?.standard.services ?? []).filter((s) => s.channels.includes('kelurahan_batch')), [standard.data]);
  // One service and one village are the usual case (Palembang's KIS proposal): nothing to choose then.
  const serviceCode = str(v.serviceCode) || (services.length === 1 ? services[0]!.code : '');
  const service = services.find((s) => s.code === serviceCode);
  const villageCode = str(v['family.villageCode']) || (user.kelurahanCodes.length === 1 ? user.kelurahanCodes[0]! : '');
  const asked = factsAsked(service);
  const count = Math.max(1, Number(str(v.memberCount)) || 1);

  useEffect(() => {
    if (standard.data && !saved) serviceRef.current?.focus();
  }, [standard.data, saved]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const set = (key: string, value: string) => setValues((prev) => ({ ...prev, [key]: value, startedAt: str(prev.startedAt) || new Date().toISOString() }));
  const setText = (key: string) => (value: string) => set(key, value);
  const err = (key: string) => fieldError(error, key);

  const reset = () => {
    clear();
    setValues(EMPTY);
    setError(null);
    setMessage(null);
    setSaved(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!service) {
      setMessage(ti('serviceRequired'));
      serviceRef.current?.focus();
      return;
    }
    setError(null);
    setMessage(null);
    setBusy(true);
    const values = { ...v, serviceCode, 'family.villageCode': villageCode, represented: '' };
    const details = {
      referenceIssuer: opt(str(v['details.referenceIssuer'])),
      referenceNumber: opt(str(v['details.referenceNumber'])),
      referenceDate: opt(str(v['details.referenceDate'])),
    };
    try {
      const created = await createApplication({
        ...toCreateBody(service, values),
        channel: 'kelurahan_batch',
        details: Object.fromEntries(Object.entries(details).filter(([, x]) => x !== undefined)),
      });
      clear();
      setSaved({ application: created.application, village: names.get(villageCode) ?? villageCode });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'UNEXPECTED', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <>
        <PageTitle>{t('formTitle')}</PageTitle>
        <div className="notice success" role="status" tabIndex={-1} ref={savedRef} aria-labelledby="kel-saved-title" data-testid="proposal-saved">
          <h2 id="kel-saved-title">{t('saved')}</h2>
          <p>
            {t('savedText', { name: saved.application.applicantName, village: saved.village, receipt: saved.application.receiptNumber })}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={reset}>
            {t('another')}
          </button>
          <Link to="/kelurahan">{t('backToList')}</Link>
        </div>
      </>
    );
  }

  const labels: Record<string, string> = {
    serviceCode: ti('service'),
    variantCode: ti('variant'),
    'family.kkNumber': ti('kk'),
    'family.address': ti('address'),
    'family.rt': ti('rt'),
    'family.rw': ti('rw'),
    'family.villageCode': ti('village'),
    'details.referenceIssuer': t('referenceIssuer'),
    'details.referenceNumber': t('referenceNumber'),
    'details.referenceDate': t('referenceDate'),
  };
  for (let i = 0; i < count; i++) {
    const who = i === 0 ? ti('applicant') : ti('member', { n: i + 1 });
    const fieldNames = { nik: ti('nik'), name: ti('name'), birthPlace: ti('birthPlace'), birthDate: ti('birthDate'), sex: ti('sex'), relation: ti('relation'), maritalStatus: ti('maritalStatus'), phone: ti('phone') };
    for (const f of MEMBER_FIELDS) labels[memberKey(i, f)] = `${who} — ${fieldNames[f]}`;
  }

  return (
    <>
      <PageTitle>{t('formTitle')}</PageTitle>
      <p className="muted">{t('formIntro')}</p>
      <p>
        <Link to="/kelurahan">{t('back')}</Link>
      </p>
      {restoredAt ? (
        <Notice>
          {ti('draftRestored')}{' '}
          <button type="button" className="link-button" onClick={reset}>
            {ti('clearForm')}
          </button>
        </Notice>
      ) : null}
      {standard.error ? <ErrorSummary error={standard.error} title={ti('loadFailed')} /> : null}
      {standard.loading && !standard.data ? <Loading /> : null}
      {user.kelurahanCodes.length === 0 ? <Notice tone="warning">{t('noVillages')}</Notice> : null}
      {standard.data && services.length === 0 ? <Notice tone="warning">{t('noServices')}</Notice> : null}
      {standard.data && services.length > 0 && user.kelurahanCodes.length > 0 ? (
        <form className="intake" onSubmit={submit} noValidate>
          <ErrorSummary error={error} fields={labels} message={message} />
          <div className="intake-row">
            <SelectField name="serviceCode" label={ti('service')} value={serviceCode} onValue={setText('serviceCode')} ref={serviceRef} error={err('serviceCode')}>
              {services.length > 1 ? <option value="">{ti('serviceChoose')}</option> : null}
              {services.map((s) => (
                <option key={s.code} value={s.code}>
                  {lang === 'en' && s.nameEn ? s.nameEn : s.name}
                </option>
              ))}
            </SelectField>
            {service && service.variants.length > 0 ? (
              <SelectField name="variantCode" label={ti('variant')} value={str(v.variantCode)} onValue={setText('variantCode')} error={err('variantCode')}>
                <option value="">{ti('variantChoose')}</option>
                {service.variants.map((x) => (
                  <option key={x.code} value={x.code}>
                    {lang === 'en' && x.nameEn ? x.nameEn : x.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>

          <HouseholdFields
            values={v}
            setValues={setValues}
            set={set}
            error={err}
            enrolment={ENROLMENT_SERVICES.includes(service?.code ?? 'termination')}
            villageSelect={
            <SelectField name="family.villageCode" label={ti('village')} hint={t('villageHint')} value={villageCode} onValue={setText('family.villageCode')} error={err('family.villageCode')}>
              {user.kelurahanCodes.length > 1 ? <option value="">{ti('villageChoose')}</option> : null}
              {user.kelurahanCodes.map((code) => (
                <option key={code} value={code}>
                  {names.get(code) ?? code}
                </option>
              ))}
            </SelectField>
            }
          />

          {asked.hasKtp || asked.hospitalised ? (
            <fieldset className="intake-section">
              <legend>{ti('facts')}</legend>
              <div className="checkboxes">
                {asked.hasKtp ? <Check name="noKtp" label={ti('noKtp')} on={str(v.noKtp) === 'yes'} onChange={(on) => set('noKtp', on ? 'yes' : '')} /> : null}
                {asked.hospitalised ? <Check name="hospitalised" label={ti('hospitalised')} on={str(v.hospitalised) === 'yes'} onChange={(on) => set('hospitalised', on ? 'yes' : '')} /> : null}
              </div>
            </fieldset>
          ) : null}

          <fieldset className="intake-section">
            <legend>{t('reference')}</legend>
            <div className="intake-row">
              <TextField name="details.referenceIssuer" label={t('referenceIssuer')} value={str(v['details.referenceIssuer'])} onValue={setText('details.referenceIssuer')} optional autoComplete="off" maxLength={200} error={err('details.referenceIssuer')} />
              <TextField name="details.referenceNumber" label={t('referenceNumber')} value={str(v['details.referenceNumber'])} onValue={setText('details.referenceNumber')} optional autoComplete="off" maxLength={100} error={err('details.referenceNumber')} />
              <TextField name="details.referenceDate" label={t('referenceDate')} type="date" value={str(v['details.referenceDate'])} onValue={setText('details.referenceDate')} optional error={err('details.referenceDate')} />
            </div>
          </fieldset>

          <div className="actions">
            <button className="button" type="submit" disabled={busy}>
              {busy ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function Check({ name, label, on, onChange }: { name: string; label: string; on: boolean; onChange: (on: boolean) => void }) {
  const id = `f-${name}`;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name={name} checked={on} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
