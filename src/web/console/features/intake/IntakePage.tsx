import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { buildChecklist, type ChecklistItem, type Facts } from '../../../../modules/applications/checklist/checklist.js';
import { ENROLMENT_SERVICES } from '../../../../modules/applications/workflow/service-kinds.js';
import type { ApplicationSummary } from '../../../../modules/applications/applications.schema.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { useApi } from '../../lib/use-api.js';
import { useUser } from '../../lib/session.js';
import { useDraft } from '../../lib/use-draft.js';
import { ErrorSummary, fieldError } from '../../ui/ErrorSummary.js';
import { TextField } from '../../ui/fields.js';
import { Loading, Notice, PageTitle } from '../../ui/page.js';
import { Link } from '../../app/router.js';
import {
  checkOpenApplications,
  createApplication,
  getApplication,
  recordCheck,
  uploadDocument,
  villagesOf,
  type CreateApplication,
  type CurrentStandard,
  type MemberBody,
  type NearDuplicate,
  type OpenApplications,
  type Region,
  type Service,
} from './intake.api.js';
import { intakeMessages } from './intake.messages.js';
import { HouseholdFields, withoutMember } from './HouseholdFields.js';
import { IntakeReceipt, type IntakeOutcome } from './IntakeReceipt.js';
import { MEMBER_FIELDS, memberKey } from './MemberFields.js';
import { SelectField } from '../../ui/SelectField.js';

type Values = Record<string, string | string[]>;

const EMPTY: Values = {
  serviceCode: '',
  variantCode: '',
  channel: 'counter',
  memberCount: '1',
  [memberKey(0, 'relation')]: 'kepala_keluarga',
  'family.kkNumber': '',
  'family.address': '',
  'family.rt': '',
  'family.rw': '',
  'family.villageCode': '',
  noKtp: '',
  hospitalised: '',
  represented: '',
  checked: [],
  startedAt: '',
};

const digits = (s: string) => s.replace(/\D/g, '');
const opt = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);
const str = (v: Values[string] | undefined) => (typeof v === 'string' ? v : '');

/** Facts the chosen service's requirements depend on (REQUIREMENT_FACTS): only those are asked. */
function factsAsked(service: Service | undefined) {
  const when = new Set((service?.requirements ?? []).map((r) => r.condition?.when).filter(Boolean));
  return { hasKtp: when.has('has_ktp'), hospitalised: when.has('hospitalised') };
}

function factsOf(service: Service | undefined, v: Values): Facts {
  const asked = factsAsked(service);
  const facts: Facts = {};
  if (asked.hasKtp) facts.has_ktp = str(v.noKtp) !== 'yes';
  if (asked.hospitalised) facts.hospitalised = str(v.hospitalised) === 'yes';
  return facts;
}

/**
 * The channels on which staff enter what they received: the counter, and WhatsApp (Pasuruan's "Pelangi
 * Istimewa": the officer who answers the chat records the application). Web and kelurahan applications
 * arrive by themselves.
 */
const STAFF_CHANNELS = ['counter', 'whatsapp'] as const;
type StaffChannel = (typeof STAFF_CHANNELS)[number];
export const staffChannelsOf = (service: Service | undefined): StaffChannel[] =>
  STAFF_CHANNELS.filter((c) => service?.channels.includes(c));

function channelOf(service: Service, v: Values): StaffChannel {
  const offered = staffChannelsOf(service);
  const chosen = str(v.channel) as StaffChannel;
  return offered.includes(chosen) ? chosen : (offered[0] ?? 'counter');
}

export function toCreateBody(service: Service, v: Values): CreateApplication {
  const count = Math.max(1, Number(str(v.memberCount)) || 1);
  const members: MemberBody[] = [];
  for (let i = 0; i < count; i++) {
    const m = (f: (typeof MEMBER_FIELDS)[number]) => str(v[memberKey(i, f)]);
    members.push({
      nik: digits(m('nik')),
      name: m('name').trim(),
      birthPlace: opt(m('birthPlace')),
      birthDate: m('birthDate'),
      // Left empty, the server names the missing field in its answer.
      sex: m('sex') as MemberBody['sex'],
      relation: (m('relation') || 'lainnya') as MemberBody['relation'],
      maritalStatus: (opt(m('maritalStatus')) as MemberBody['maritalStatus']) ?? undefined,
      phone: opt(m('phone').replace(/[\s-]/g, '')),
    });
  }
  const represented = str(v.represented) === 'yes';
  return {
    serviceCode: service.code,
    variantCode: service.variants.length > 0 ? str(v.variantCode) || undefined : undefined,
    channel: channelOf(service, v),
    family: {
      kkNumber: digits(str(v['family.kkNumber'])),
      address: str(v['family.address']).trim(),
      rt: opt(str(v['family.rt'])),
      rw: opt(str(v['family.rw'])),
      villageCode: str(v['family.villageCode']),
    },
    members,
    applicantIndex: 0,
    representative: represented
      ? { name: str(v['representative.name']).trim(), relation: opt(str(v['representative.relation'])), phone: opt(str(v['representative.phone']).replace(/[\s-]/g, '')) }
      : undefined,
    facts: factsOf(service, v),
    intakeStartedAt: opt(str(v.startedAt)),
  };
}

export { withoutMember };

export function IntakePage() {
  const t = useT(intakeMessages);
  const { lang } = useLang();
  const user = useUser();
  const standard = useApi<CurrentStandard>('/standard');
  const { values: v, setValues, restoredAt, clear } = useDraft<Values>('intake', EMPTY);
  const [villages, setVillages] = useState<{ district: Region; villages: Region[] }[] | null>(null);
  const [files, setFiles] = useState<Record<string, File[]>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<IntakeOutcome | null>(null);
  const serviceRef = useRef<HTMLSelectElement>(null);
  const fileInputs = useRef<Record<string, HTMLInputElement | null>>({});

  const services = useMemo(() => (standard.data?.standard.services ?? []).filter((s) => staffChannelsOf(s).length > 0), [standard.data]);
  const service = services.find((s) => s.code === str(v.serviceCode));
  const asked = factsAsked(service);
  const checklist: ChecklistItem[] = useMemo(
    () => (service ? buildChecklist(service, service.variants.length ? str(v.variantCode) || null : null, factsOf(service, v)) : []),
    [service, v],
  );
  const checked = Array.isArray(v.checked) ? v.checked : [];
  const count = Math.max(1, Number(str(v.memberCount)) || 1);
  const regencyCode = standard.data?.standard.office.regionCode;

  useEffect(() => {
    if (!regencyCode) return;
    villagesOf(regencyCode)
      .then(setVillages)
      .catch(() => setVillages([]));
  }, [regencyCode]);

  // The officer starts at the service; the first screen after login or the menu lands there.
  useEffect(() => {
    if (standard.data && !outcome) serviceRef.current?.focus();
  }, [standard.data, outcome]);

  // One open application per person and service: said as soon as a NIK is whole, not at the end.
  const niks = Array.from({ length: count }, (_, i) => digits(str(v[memberKey(i, 'nik')]))).filter((n) => n.length === 16);
  const nikKey = niks.join(',');
  const [openApps, setOpenApps] = useState<OpenApplications>([]);
  useEffect(() => {
    if (!service || niks.length === 0) {
      setOpenApps([]);
      return;
    }
    let live = true;
    checkOpenApplications({ serviceCode: service.code, niks })
      .then((r) => live && setOpenApps(r.open))
      .catch(() => live && setOpenApps([]));
    return () => {
      live = false;
    };
    // nikKey stands for the NIKs.
  }, [service?.code, nikKey]);

  const set = (key: string, value: string | string[]) =>
    setValues((prev) => ({ ...prev, [key]: value, startedAt: str(prev.startedAt) || new Date().toISOString() }));
  const setText = (key: string) => (value: string) => set(key, value);
  const err = (key: string) => fieldError(error, key);

  const toggle = (code: string, on: boolean) => set('checked', on ? [...new Set([...checked, code])] : checked.filter((c) => c !== code));

  const reset = () => {
    clear();
    setValues(EMPTY);
    setFiles({});
    setError(null);
    setMessage(null);
    setOutcome(null);
    for (const input of Object.values(fileInputs.current)) if (input) input.value = '';
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!service) {
      setMessage(t('serviceRequired'));
      serviceRef.current?.focus();
      return;
    }
    setError(null);
    setMessage(null);
    setBusy(t('submitting'));
    const started = str(v.startedAt);
    let created: { application: ApplicationSummary; warnings: NearDuplicate[] };
    try {
      created = await createApplication(toCreateBody(service, v));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)));
      setBusy(null);
      return;
    }
    let app = created.application;
    // Documents after the application exists: each is attached to its checklist item.
    const uploads = checklist.flatMap((item) => [...(files[item.code] ?? []), ...(files[`${item.code}:camera`] ?? [])].map((file) => ({ code: item.code, file })));
    const failed: { file: string; message: string }[] = [];
    let uploaded = 0;
    for (const [i, u] of uploads.entries()) {
      setBusy(t('uploading', { n: i + 1, total: uploads.length }));
      try {
        await uploadDocument(app.id, u.code, u.file);
        uploaded++;
      } catch (err) {
        failed.push({ file: u.file.name, message: err instanceof ApiError ? err.message : String(err) });
      }
    }
    // A complete file is checked at the desk: record it now when this officer holds the check step.
    let check: IntakeOutcome['check'] = 'pending';
    let checkMessage = '';
    const required = checklist.filter((c) => c.required).map((c) => c.code);
    if (required.every((c) => checked.includes(c))) {
      try {
        const detail = await getApplication(app.id);
        const next = detail.nextAction;
        if (next?.action === 'check' && next.roles.some((r) => (user.roles as string[]).includes(r))) {
          const items = detail.checklist
            .filter((c) => c.required)
            .map((c) => {
              const alternative = str(v[`alt.${c.code}`]);
              return { code: c.code, state: 'present' as const, ...(alternative && c.alternatives?.includes(alternative) ? { alternative } : {}) };
            });
          // The receipt shows the status after the check, not the one before it.
          app = await recordCheck(app.id, { version: detail.version, items });
          check = 'recorded';
        }
      } catch (err) {
        check = 'failed';
        checkMessage = err instanceof ApiError ? err.message : String(err);
      }
    }
    clear();
    setBusy(null);
    setOutcome({
      application: app,
      warnings: created.warnings,
      uploaded,
      failed,
      check,
      checkMessage,
      seconds: started ? Math.round((Date.now() - new Date(started).getTime()) / 1000) : null,
    });
  };

  if (outcome) return <IntakeReceipt outcome={outcome} onNext={reset} />;

  const labels: Record<string, string> = {
    serviceCode: t('service'),
    variantCode: t('variant'),
    channel: t('channel'),
    'family.kkNumber': t('kk'),
    'family.address': t('address'),
    'family.rt': t('rt'),
    'family.rw': t('rw'),
    'family.villageCode': t('village'),
    'representative.name': t('repName'),
    'representative.phone': t('repPhone'),
    'representative.relation': t('repRelation'),
  };
  for (let i = 0; i < count; i++) {
    const who = i === 0 ? t('applicant') : t('member', { n: i + 1 });
    const names = { nik: t('nik'), name: t('name'), birthPlace: t('birthPlace'), birthDate: t('birthDate'), sex: t('sex'), relation: t('relation'), maritalStatus: t('maritalStatus'), phone: t('phone') };
    for (const f of MEMBER_FIELDS) labels[memberKey(i, f)] = `${who} — ${names[f]}`;
  }

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p className="muted">{t('intro')}</p>
      {restoredAt ? (
        <Notice>
          {t('draftRestored')}{' '}
          <button type="button" className="link-button" onClick={reset}>
            {t('clearForm')}
          </button>
        </Notice>
      ) : null}
      {standard.error ? <ErrorSummary error={standard.error} title={t('loadFailed')} /> : null}
      {standard.loading && !standard.data ? <Loading /> : null}
      {standard.data && services.length === 0 ? <Notice tone="warning">{t('noCounterServices')}</Notice> : null}
      {standard.data && services.length > 0 ? (
        <form className="intake" onSubmit={submit} noValidate>
          <ErrorSummary error={error} fields={labels} message={message} />
          <div className="intake-row">
            <SelectField name="serviceCode" label={t('service')} value={str(v.serviceCode)} onValue={setText('serviceCode')} ref={serviceRef} error={err('serviceCode')}>
              <option value="">{t('serviceChoose')}</option>
              {services.map((s) => (
                <option key={s.code} value={s.code}>
                  {lang === 'en' && s.nameEn ? s.nameEn : s.name}
                </option>
              ))}
            </SelectField>
            {service && service.variants.length > 0 ? (
              <SelectField name="variantCode" label={t('variant')} value={str(v.variantCode)} onValue={setText('variantCode')} error={err('variantCode')}>
                <option value="">{t('variantChoose')}</option>
                {service.variants.map((x) => (
                  <option key={x.code} value={x.code}>
                    {lang === 'en' && x.nameEn ? x.nameEn : x.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {staffChannelsOf(service).length > 1 ? (
              <SelectField name="channel" label={t('channel')} value={str(v.channel)} onValue={setText('channel')} error={err('channel')}>
                {staffChannelsOf(service).map((c) => (
                  <option key={c} value={c}>
                    {t(c === 'whatsapp' ? 'channelWhatsapp' : 'channelCounter')}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
          {openApps.length > 0 ? (
            <div className="notice warning" role="alert" data-testid="open-applications">
              <p>{t('openApplications')}</p>
              <ul>
                {openApps.map((a) => (
                  <li key={a.id}>
                    <Link to={`/applications/${a.id}`}>{a.receiptNumber}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          <HouseholdFields
            values={v}
            setValues={setValues}
            set={set}
            error={err}
            enrolment={ENROLMENT_SERVICES.includes(service?.code ?? 'termination')}
            villageSelect={
              <SelectField name="family.villageCode" label={t('village')} value={str(v['family.villageCode'])} onValue={setText('family.villageCode')} error={err('family.villageCode')}>
                <option value="">{villages ? t('villageChoose') : t('villagesLoading')}</option>
                {(villages ?? []).map((d) => (
                  <optgroup key={d.district.code} label={d.district.name}>
                    {d.villages.map((x) => (
                      <option key={x.code} value={x.code}>
                        {x.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
            }
          />

          {asked.hasKtp || asked.hospitalised || service?.representativeAllowed !== false ? (
            <fieldset className="intake-section">
              <legend>{t('facts')}</legend>
              <div className="checkboxes">
                {asked.hasKtp ? <Check name="noKtp" label={t('noKtp')} on={str(v.noKtp) === 'yes'} onChange={(on) => set('noKtp', on ? 'yes' : '')} /> : null}
                {asked.hospitalised ? <Check name="hospitalised" label={t('hospitalised')} on={str(v.hospitalised) === 'yes'} onChange={(on) => set('hospitalised', on ? 'yes' : '')} /> : null}
                {service?.representativeAllowed !== false ? <Check name="represented" label={t('representative')} on={str(v.represented) === 'yes'} onChange={(on) => set('represented', on ? 'yes' : '')} /> : null}
              </div>
              {str(v.represented) === 'yes' ? (
                <div className="intake-row intake-rep">
                  <TextField name="representative.name" label={t('repName')} value={str(v['representative.name'])} onValue={setText('representative.name')} autoComplete="off" error={err('representative.name')} />
                  <TextField name="representative.relation" label={t('repRelation')} value={str(v['representative.relation'])} onValue={setText('representative.relation')} optional autoComplete="off" error={err('representative.relation')} />
                  <TextField name="representative.phone" label={t('repPhone')} type="tel" inputMode="tel" value={str(v['representative.phone'])} onValue={setText('representative.phone')} optional autoComplete="off" error={err('representative.phone')} />
                </div>
              ) : null}
            </fieldset>
          ) : null}

          <fieldset className="intake-section" aria-describedby="checklist-hint">
            <legend>{t('checklist')}</legend>
            <p className="hint" id="checklist-hint">
              {service ? t('checklistHint') : t('checklistEmpty')}
            </p>
            <ul className="intake-checklist" data-testid="checklist">
              {checklist.map((item) => {
                const boxId = `req-${item.code}`;
                const notes = [
                  item.original === true ? t('original') : item.original === false ? t('copy') : null,
                  item.count ? t('count', { n: item.count }) : null,
                  item.materai ? t('materai') : null,
                  item.localDomicile ? t('localDomicile') : null,
                  item.providedByOffice ? t('fromOffice') : null,
                  item.conditionText,
                ].filter(Boolean);
                if (!item.required) {
                  return (
                    <li key={item.code} className="intake-info">
                      <span className="tag tag-grey">{t('info')}</span> {item.label}
                      {notes.length ? <span className="muted small"> ({notes.join(', ')})</span> : null}
                    </li>
                  );
                }
                return (
                  <li key={item.code}>
                    <div className="checkbox">
                      <input type="checkbox" id={boxId} checked={checked.includes(item.code)} onChange={(e) => toggle(item.code, e.target.checked)} aria-describedby={notes.length ? `${boxId}-notes` : undefined} />
                      <label htmlFor={boxId}>{item.label}</label>
                      {notes.length ? (
                        <p className="hint checkbox-hint" id={`${boxId}-notes`}>
                          {notes.join(' · ')}
                        </p>
                      ) : null}
                    </div>
                    <div className="intake-doc">
                      {item.alternatives ? (
                        <SelectField name={`alt.${item.code}`} label={t('alternative')} value={str(v[`alt.${item.code}`])} onValue={setText(`alt.${item.code}`)} optional className="input w-alt">
                          <option value="">—</option>
                          {item.alternatives.map((a) => (
                            <option key={a} value={a}>
                              {a}
                            </option>
                          ))}
                        </SelectField>
                      ) : null}
                      {(['file', 'camera'] as const).map((kind) => {
                        const key = kind === 'file' ? item.code : `${item.code}:camera`;
                        const inputId = kind === 'file' ? `file-${item.code}` : `camera-${item.code}`;
                        const chosen = files[key] ?? [];
                        return (
                          // The camera input opens the camera at once on a phone or tablet; a desk computer has none, so it is hidden there (CSS).
                          <div className={`field${kind === 'camera' ? ' camera-only' : ''}`} key={kind}>
                            <label className="label" htmlFor={inputId}>
                              {kind === 'file' ? t('scan') : t('photo')}: <span className="visually-hidden">{item.label}</span>
                              <span className="muted"> ({t('optional')})</span>
                            </label>
                            <p className="hint" id={`${inputId}-hint`}>
                              {kind === 'file' ? t('scanHint') : t('photoHint')}
                            </p>
                            <input
                              type="file"
                              id={inputId}
                              ref={(el) => {
                                fileInputs.current[key] = el;
                              }}
                              accept={kind === 'file' ? 'image/*,application/pdf' : 'image/*'}
                              capture={kind === 'camera' ? 'environment' : undefined}
                              multiple={kind === 'file'}
                              aria-describedby={`${inputId}-hint`}
                              onChange={(e) => {
                                const list = Array.from(e.target.files ?? []);
                                setFiles((prev) => ({ ...prev, [key]: list }));
                                // A scan handed in is a document brought.
                                if (list.length > 0) toggle(item.code, true);
                              }}
                            />
                            {chosen.length ? <p className="small muted">{chosen.map((f) => f.name).join(', ')}</p> : null}
                          </div>
                        );
                      })}
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>

          <div className="actions">
            <button className="button" type="submit" disabled={busy !== null}>
              {busy ?? t('submit')}
            </button>
            <span aria-live="polite" className="muted">
              {busy && busy !== t('submitting') ? busy : ''}
            </span>
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
