import type { ComplaintChannel, OfficeStandard } from '../../../../modules/standards/standard.schema.js';
import type { TimeUnit } from '../../../../modules/standards/standard-common.schema.js';
import type { Channel, Requirement, Service, Signer } from '../../../../modules/standards/standard-service.schema.js';
import { useT } from '../../i18n/i18n.js';
import { CheckboxGroup, TextArea, TextField } from '../../ui/fields.js';
import { SelectField } from '../../ui/SelectField.js';
import { CheckField } from './CheckField.js';
import { standardMessages } from './standard.messages.js';

/**
 * The parts of a standard an office admin changes most (hours, time limits, fees, channels,
 * requirements, complaint channels, letter numbering and signers) as a form. Every input is named by
 * its path in the document ("services.0.completionTime.max.amount"), the same path the server names
 * in its validation errors, so each error lands next to its input.
 */

// Label maps double as complete value lists: `satisfies Record<…>` makes the compiler flag a value the
// server's schema gained and this form lacks.
const CHANNEL_KEYS = { counter: 1, web: 1, whatsapp: 1, kelurahan_batch: 1 } satisfies Record<Channel, 1>;
const UNIT_KEYS = { minutes: 1, hours: 1, working_days: 1, calendar_days: 1, months: 1 } satisfies Record<TimeUnit, 1>;
const REQ_KIND_KEYS = { document: 1, action: 1, schedule: 1 } satisfies Record<Requirement['kind'], 1>;
const COMPLAINT_KEYS = {
  letter: 1, phone: 1, whatsapp: 1, sms: 1, email: 1, website: 1, instagram: 1, facebook: 1, app: 1, in_person: 1, suggestion_box: 1, sp4n_lapor: 1, hotline: 1,
} satisfies Record<ComplaintChannel['kind'], 1>;
const keys = <K extends string>(o: Record<K, 1>) => Object.keys(o) as K[];

export interface FormApi {
  set: (path: string, value: unknown) => void;
  err: (path: string) => string | undefined;
  /** Names a field for the error summary's links. */
  label: (path: string, label: string) => string;
}

/** A number as typed: kept as text when it is not a number, so the server names the field. */
const asNumber = (v: string): number | string => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);
const blankToNull = (v: string) => (v.trim() === '' ? null : v);

export function StandardForm({ draft, api }: { draft: OfficeStandard; api: FormApi }) {
  const t = useT(standardMessages);
  const { set, err, label } = api;
  const head = draft.decree?.signedBy?.title ?? `Kepala ${draft.office.agencyName}`;

  const hours = draft.officeHours;
  return (
    <>
      <nav className="jump-nav" aria-label={t('sections')}>
        <ul>
          <li>
            <a href="#std-hours-h">{t('hoursTitle')}</a>
          </li>
          {draft.services.map((s, i) => (
            <li key={s.code}>
              <a href={`#std-service-${i}-h`}>{s.name}</a>
            </li>
          ))}
          <li>
            <a href="#std-complaints-h">{t('complaintsTitle')}</a>
          </li>
          <li>
            <a href="#std-letters-h">{t('lettersTitle')}</a>
          </li>
          <li>
            <a href="#publish-h">{t('publish')}</a>
          </li>
        </ul>
      </nav>
      <fieldset className="std-section" aria-labelledby="std-hours-h">
        <h3 id="std-hours-h">{t('hoursTitle')}</h3>
        <CheckField
          name="officeHours"
          label={t('hoursStated')}
          checked={hours !== null}
          onChecked={(on) =>
            set('officeHours', on ? { timeZone: draft.office.timeZone, weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })), text: 'Senin – Jumat 08.00 – 16.00' } : null)
          }
        />
        {hours === null ? (
          <p className="muted">{t('hoursNone')}</p>
        ) : (
          <>
            {hours.weekly.map((w, i) => (
              <div className="row-fields" key={i} role="group" aria-label={t('hoursRow', { n: i + 1 })}>
                <SelectField
                  name={`officeHours.weekly.${i}.weekday`}
                  label={label(`officeHours.weekly.${i}.weekday`, `${t('hoursRow', { n: i + 1 })}: ${t('weekday')}`)}
                  value={String(w.weekday)}
                  options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`day.${d}` as 'day.1') }))}
                  onValue={(v) => set(`officeHours.weekly.${i}.weekday`, Number(v))}
                  error={err(`officeHours.weekly.${i}.weekday`) ?? err(`officeHours.weekly.${i}`)}
                />
                <TextField name={`officeHours.weekly.${i}.opens`} label={label(`officeHours.weekly.${i}.opens`, t('opens'))} type="time" className="input w-time" value={w.opens} onValue={(v) => set(`officeHours.weekly.${i}.opens`, v)} error={err(`officeHours.weekly.${i}.opens`)} />
                <TextField name={`officeHours.weekly.${i}.closes`} label={label(`officeHours.weekly.${i}.closes`, t('closes'))} type="time" className="input w-time" value={w.closes} onValue={(v) => set(`officeHours.weekly.${i}.closes`, v)} error={err(`officeHours.weekly.${i}.closes`)} />
                <button type="button" className="button secondary small-button" aria-label={t('removeHours', { n: i + 1 })} onClick={() => set('officeHours.weekly', hours.weekly.filter((_, j) => j !== i))}>
                  {t('remove')}
                </button>
              </div>
            ))}
            <p>
              <button type="button" className="button secondary small-button" onClick={() => set('officeHours.weekly', [...hours.weekly, { weekday: 6, opens: '08:00', closes: '12:00' }])}>
                {t('addHours')}
              </button>
            </p>
            <TextArea name="officeHours.text" label={label('officeHours.text', t('hoursText'))} rows={2} value={hours.text} onValue={(v) => set('officeHours.text', v)} error={err('officeHours.text') ?? err('officeHours.weekly')} />
          </>
        )}
      </fieldset>

      <div className="std-section">
        <h3>{t('servicesTitle')}</h3>
        {draft.services.map((s, i) => (
          <ServiceFields key={s.code} service={s} index={i} head={head} api={api} />
        ))}
      </div>

      <fieldset className="std-section" aria-labelledby="std-complaints-h">
        <h3 id="std-complaints-h">{t('complaintsTitle')}</h3>
        {draft.complaints.channels.map((c, i) => {
          const p = `complaints.channels.${i}`;
          return (
            <div className="row-fields" key={i} role="group" aria-label={t('complaint', { n: i + 1 })}>
              <SelectField
                name={`${p}.kind`}
                label={label(`${p}.kind`, `${t('complaint', { n: i + 1 })}: ${t('complaintKind')}`)}
                value={c.kind}
                options={keys(COMPLAINT_KEYS).map((k) => ({ value: k, label: t(`complaint.${k}`) }))}
                onValue={(v) => set(`${p}.kind`, v)}
                error={err(`${p}.kind`)}
              />
              <TextField name={`${p}.label`} label={label(`${p}.label`, t('complaintLabel'))} value={c.label} onValue={(v) => set(`${p}.label`, v)} error={err(`${p}.label`)} />
              <TextField name={`${p}.value`} label={label(`${p}.value`, t('complaintValue'))} value={c.value ?? ''} onValue={(v) => set(`${p}.value`, blankToNull(v))} error={err(`${p}.value`)} />
              <button type="button" className="button secondary small-button" aria-label={t('removeComplaint', { n: i + 1 })} onClick={() => set('complaints.channels', draft.complaints.channels.filter((_, j) => j !== i))}>
                {t('remove')}
              </button>
            </div>
          );
        })}
        <p>
          <button type="button" className="button secondary small-button" onClick={() => set('complaints.channels', [...draft.complaints.channels, { kind: 'phone', label: '', value: null }])}>
            {t('addComplaint')}
          </button>
        </p>
        {err('complaints.channels') && !draft.complaints.channels.length ? <p className="field-error">{err('complaints.channels')}</p> : null}
        <TextField name="complaints.followUpBy" label={label('complaints.followUpBy', t('followUpBy'))} optional value={draft.complaints.followUpBy ?? ''} onValue={(v) => set('complaints.followUpBy', blankToNull(v))} error={err('complaints.followUpBy')} />
      </fieldset>

      <fieldset className="std-section" aria-labelledby="std-letters-h">
        <h3 id="std-letters-h">{t('lettersTitle')}</h3>
        <p className="hint">{t('lettersIntro')}</p>
        <CheckField
          name="letterNumbering"
          label={t('numberingStated')}
          checked={draft.letterNumbering !== null}
          onChecked={(on) => set('letterNumbering', on ? { template: '{seq}/{unitCode}/{monthRoman}/{year}', values: { classification: null, unitCode: null }, example: null, source: 'Pengaturan admin kantor' } : null)}
        />
        {draft.letterNumbering === null ? (
          <p className="muted">{t('numberingNone')}</p>
        ) : (
          <>
            <TextField name="letterNumbering.template" label={label('letterNumbering.template', t('numberingTemplate'))} className="input mono" value={draft.letterNumbering.template} onValue={(v) => set('letterNumbering.template', v)} error={err('letterNumbering.template')} />
            <div className="row-fields">
              <TextField name="letterNumbering.values.classification" label={label('letterNumbering.values.classification', t('numberingClassification'))} optional className="input mono" value={draft.letterNumbering.values.classification ?? ''} onValue={(v) => set('letterNumbering.values.classification', blankToNull(v))} error={err('letterNumbering.values.classification')} />
              <TextField name="letterNumbering.values.unitCode" label={label('letterNumbering.values.unitCode', t('numberingUnit'))} optional className="input mono" value={draft.letterNumbering.values.unitCode ?? ''} onValue={(v) => set('letterNumbering.values.unitCode', blankToNull(v))} error={err('letterNumbering.values.unitCode')} />
            </div>
            <TextField name="letterNumbering.example" label={label('letterNumbering.example', t('numberingExample'))} optional className="input mono" value={draft.letterNumbering.example ?? ''} onValue={(v) => set('letterNumbering.example', blankToNull(v))} error={err('letterNumbering.example')} />
            <TextField name="letterNumbering.source" label={label('letterNumbering.source', t('numberingSource'))} value={draft.letterNumbering.source} onValue={(v) => set('letterNumbering.source', v)} error={err('letterNumbering.source')} />
          </>
        )}
        <fieldset className="subsection" aria-labelledby="std-letterhead-h">
          <h4 id="std-letterhead-h">{t('letterheadTitle')}</h4>
          <p className="hint">{t('letterheadHint')}</p>
          {(
            [
              ['governmentName', 'lhGovernment'],
              ['letterheadName', 'lhAgency'],
              ['address', 'lhAddress'],
              ['postalCode', 'lhPostalCode'],
              ['phone', 'lhPhone'],
              ['fax', 'lhFax'],
              ['email', 'lhEmail'],
              ['website', 'lhWebsite'],
            ] as const
          ).map(([k, text]) => (
            <TextField
              key={k}
              name={`office.${k}`}
              label={label(`office.${k}`, t(text))}
              optional
              className={k === 'postalCode' ? 'input w-amount' : 'input'}
              value={draft.office[k] ?? ''}
              onValue={(v) => set(`office.${k}`, blankToNull(v))}
              error={err(`office.${k}`)}
            />
          ))}
        </fieldset>
        {draft.decree?.signedBy ? (
          <fieldset className="subsection" aria-labelledby="std-head-h">
            <h4 id="std-head-h">{t('headTitle')}</h4>
            <TextField name="decree.signedBy.name" label={label('decree.signedBy.name', t('headName'))} value={draft.decree.signedBy.name} onValue={(v) => set('decree.signedBy.name', v)} error={err('decree.signedBy.name')} />
            <TextField name="decree.signedBy.title" label={label('decree.signedBy.title', t('headTitleField'))} value={draft.decree.signedBy.title} onValue={(v) => set('decree.signedBy.title', v)} error={err('decree.signedBy.title')} />
            <TextField name="decree.signedBy.rank" label={label('decree.signedBy.rank', t('headRank'))} optional value={draft.decree.signedBy.rank ?? ''} onValue={(v) => set('decree.signedBy.rank', blankToNull(v))} error={err('decree.signedBy.rank')} />
            <TextField name="decree.signedBy.nip" label={label('decree.signedBy.nip', t('headNip'))} hint={t('headNipHint')} optional className="input w-nip" inputMode="numeric" value={draft.decree.signedBy.nip ?? ''} onValue={(v) => set('decree.signedBy.nip', blankToNull(v))} error={err('decree.signedBy.nip')} />
          </fieldset>
        ) : null}
      </fieldset>
    </>
  );
}

function ServiceFields({ service: s, index: i, head, api }: { service: Service; index: number; head: string; api: FormApi }) {
  const t = useT(standardMessages);
  const { set, err, label } = api;
  const p = `services.${i}`;
  const ct = s.completionTime;
  const name = s.name;
  return (
    <fieldset className="service-fields" aria-labelledby={`std-service-${i}-h`}>
      <h4 id={`std-service-${i}-h`}>{name}</h4>
      <p className="muted small">{t('serviceCode', { code: s.code })}</p>
      <CheckboxGroup
        name={`${p}.channels`}
        legend={label(`${p}.channels`, `${name}: ${t('channels')}`)}
        choices={keys(CHANNEL_KEYS).map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        values={s.channels}
        onValues={(v) => set(`${p}.channels`, keys(CHANNEL_KEYS).filter((c) => v.includes(c)))}
        error={err(`${p}.channels`)}
      />

      <CheckField
        name={`${p}.completionTime`}
        label={t('timeStated')}
        checked={ct !== null}
        onChecked={(on) => set(`${p}.completionTime`, on ? { max: { amount: 1, unit: 'working_days' }, text: '1 hari kerja' } : null)}
      />
      {ct === null ? (
        <p className="muted">{t('timeNone')}</p>
      ) : (
        <>
          <div className="row-fields">
            <TextField
              name={`${p}.completionTime.max.amount`}
              label={label(`${p}.completionTime.max.amount`, `${name}: ${t('timeAmount')}`)}
              inputMode="decimal"
              className="input w-amount"
              value={String(ct.max.amount)}
              onValue={(v) => set(`${p}.completionTime.max.amount`, asNumber(v))}
              error={err(`${p}.completionTime.max.amount`) ?? err(`${p}.completionTime.min`)}
            />
            <SelectField
              name={`${p}.completionTime.max.unit`}
              label={label(`${p}.completionTime.max.unit`, t('timeUnit'))}
              value={ct.max.unit}
              options={keys(UNIT_KEYS).map((u) => ({ value: u, label: t(`unit.${u}`) }))}
              onValue={(v) => set(`${p}.completionTime.max.unit`, v)}
              error={err(`${p}.completionTime.max.unit`)}
            />
          </div>
          <TextField name={`${p}.completionTime.text`} label={label(`${p}.completionTime.text`, `${name}: ${t('timeText')}`)} value={ct.text} onValue={(v) => set(`${p}.completionTime.text`, v)} error={err(`${p}.completionTime.text`)} />
        </>
      )}

      <div className="row-fields">
        <TextField name={`${p}.fee.amount`} label={label(`${p}.fee.amount`, `${name}: ${t('feeAmount')}`)} inputMode="numeric" className="input w-amount" value={String(s.fee.amount)} onValue={(v) => set(`${p}.fee.amount`, asNumber(v))} error={err(`${p}.fee.amount`)} />
        <TextField name={`${p}.fee.text`} label={label(`${p}.fee.text`, t('feeText'))} value={s.fee.text} onValue={(v) => set(`${p}.fee.text`, v)} error={err(`${p}.fee.text`)} />
      </div>

      <h5>{t('requirements')}</h5>
      {s.requirements.map((r, j) => (
        <RequirementFields key={j} path={`${p}.requirements.${j}`} requirement={r} n={j + 1} service={name} api={api} onRemove={() => set(`${p}.requirements`, s.requirements.filter((_, k) => k !== j))} />
      ))}
      {err(`${p}.requirements`) && s.requirements.length === 0 ? <p className="field-error">{err(`${p}.requirements`)}</p> : null}
      <p>
        <button
          type="button"
          className="button secondary small-button"
          onClick={() =>
            set(`${p}.requirements`, [
              ...s.requirements,
              { code: `syarat_${s.requirements.length + 1}`, label: '', kind: 'document', alternatives: null, condition: null, original: null, materai: false, count: null, providedByOffice: false, localDomicile: false } satisfies Requirement,
            ])
          }
        >
          {t('addRequirement')}
        </button>
      </p>

      {s.products.map((prod, j) =>
        prod.letterKind !== null ? <SignerFields key={prod.code} path={`${p}.products.${j}.signers`} product={prod.name} signers={prod.signers} head={head} api={api} /> : null,
      )}
    </fieldset>
  );
}

function RequirementFields({ path, requirement: r, n, service, api, onRemove }: { path: string; requirement: Requirement; n: number; service: string; api: FormApi; onRemove: () => void }) {
  const t = useT(standardMessages);
  const { set, err, label } = api;
  const original = r.original === null ? '' : r.original ? 'true' : 'false';
  return (
    <div className="requirement" role="group" aria-label={`${service}: ${t('requirement', { n })}`}>
      <TextField name={`${path}.label`} label={label(`${path}.label`, `${service}: ${t('requirement', { n })}`)} value={r.label} onValue={(v) => set(`${path}.label`, v)} error={err(`${path}.label`)} />
      <div className="row-fields">
        <TextField name={`${path}.code`} label={label(`${path}.code`, t('reqCode'))} hint={t('reqCodeHint')} className="input mono w-code-wide" value={r.code} onValue={(v) => set(`${path}.code`, v)} error={err(`${path}.code`)} autoComplete="off" spellCheck={false} />
        <SelectField name={`${path}.kind`} label={label(`${path}.kind`, t('reqKind'))} value={r.kind} options={keys(REQ_KIND_KEYS).map((k) => ({ value: k, label: t(`reqKind.${k}`) }))} onValue={(v) => set(`${path}.kind`, v)} error={err(`${path}.kind`)} />
        <SelectField
          name={`${path}.original`}
          label={label(`${path}.original`, t('reqOriginal'))}
          value={original}
          options={[
            { value: '', label: t('yesNoUnknown') },
            { value: 'true', label: t('original') },
            { value: 'false', label: t('copy') },
          ]}
          onValue={(v) => set(`${path}.original`, v === '' ? null : v === 'true')}
          error={err(`${path}.original`)}
        />
      </div>
      <div className="row-fields">
        <CheckField name={`${path}.materai`} label={t('materai')} checked={r.materai} onChecked={(v) => set(`${path}.materai`, v)} />
        <CheckField name={`${path}.localDomicile`} label={t('localDomicile')} checked={r.localDomicile} onChecked={(v) => set(`${path}.localDomicile`, v)} />
        <button type="button" className="button secondary small-button" aria-label={`${service}: ${t('removeRequirement', { n })}`} onClick={onRemove}>
          {t('remove')}
        </button>
      </div>
    </div>
  );
}

function SignerFields({ path, product, signers, head, api }: { path: string; product: string; signers: Signer[] | null; head: string; api: FormApi }) {
  const t = useT(standardMessages);
  const { set, err, label } = api;
  return (
    <div className="subsection" role="group" aria-label={t('signersTitle', { product })}>
      <h5>{t('signersTitle', { product })}</h5>
      {signers === null ? (
        <>
          <p>{t('signersDefault', { head })}</p>
          <button type="button" className="button secondary small-button" onClick={() => set(path, [{ action: 'sign', roleTitle: head }])}>
            {t('signersSet')}
          </button>
        </>
      ) : (
        <>
          <ol className="signers">
            {signers.map((s, i) => (
              <li key={i}>
                <div className="row-fields">
                  <SelectField
                    name={`${path}.${i}.action`}
                    label={label(`${path}.${i}.action`, `${product}: ${t('signer', { n: i + 1 })}`)}
                    value={s.action}
                    options={(['initial', 'sign'] as const).map((a) => ({ value: a, label: t(`action.${a}`) }))}
                    onValue={(v) => set(`${path}.${i}.action`, v)}
                    error={err(`${path}.${i}.action`)}
                  />
                  <TextField name={`${path}.${i}.roleTitle`} label={label(`${path}.${i}.roleTitle`, t('signerRole'))} value={s.roleTitle} onValue={(v) => set(`${path}.${i}.roleTitle`, v)} error={err(`${path}.${i}.roleTitle`)} />
                  <button type="button" className="button secondary small-button" aria-label={t('removeSigner', { n: i + 1 })} onClick={() => set(path, signers.length === 1 ? null : signers.filter((_, j) => j !== i))}>
                    {t('remove')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div className="actions">
            <button type="button" className="button secondary small-button" onClick={() => set(path, [{ action: 'initial', roleTitle: '' }, ...signers])}>
              {t('addSigner')}
            </button>
            <button type="button" className="button secondary small-button" onClick={() => set(path, null)}>
              {t('signersUnset')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
