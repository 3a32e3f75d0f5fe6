import type { Lang } from '../../../platform/errors.js';
import type { OfficeStandard, Requirement, Service } from '../../standards/standard.schema.js';
import { RELATIONS } from '../../registry/registry.codes.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { href, portalT } from '../portal-i18n.js';
import { applyT, RELATION_NAMES, type ApplyT } from './apply-i18n.js';
import type { DraftApplicant, DraftData, DraftPerson } from './apply.types.js';
import type { FieldErrors } from './apply-validate.js';
import type { UploadMeta } from './draft.service.js';
import { formatResumeCode } from './draft.service.js';

export interface ApplyOffice {
  slug: string;
  name: string;
}

export interface Village {
  code: string;
  name: string;
  districtName: string;
}

export type Page = { title: string; body: SafeHtml };

export const serviceName = (s: Service, lang: Lang) => (lang === 'en' && s.nameEn ? s.nameEn : s.name);
/** Services of the standard open to the web channel: the only ones offered here. */
export const webServices = (standard: OfficeStandard) => standard.services.filter((s) => s.channels.includes('web'));
/** The document requirements a photo can prove for this service and variant. */
export function uploadRequirements(service: Service, variantCode: string | undefined): Requirement[] {
  return service.requirements.filter((r) => r.kind === 'document' && !r.providedByOffice && (!r.condition?.variants || (variantCode !== undefined && r.condition.variants.includes(variantCode))));
}
/** Services about a household get the members step; adding a member needs at least one. */
export const membersStep = (code: string): 'required' | 'optional' | null =>
  code === 'add_family_member' ? 'required' : code === 'new_registration' || code === 'kis_proposal' || code === 'emergency' ? 'optional' : null;

export const applyPath = (slug: string, step = '') => `/${slug}/ajukan${step ? `/${step}` : ''}`;

function stepper(t: ApplyT, n: number, total: number) {
  return html`<p class="kicker">${t('stepOf', { n, total })}</p>`;
}

export function stepsOf(data: DraftData): string[] {
  return ['layanan', 'pemohon', ...(data.serviceCode && membersStep(data.serviceCode) ? ['anggota'] : []), 'berkas', 'periksa'];
}

function position(data: DraftData, step: string, t: ApplyT) {
  const steps = stepsOf(data);
  return stepper(t, steps.indexOf(step) + 1, steps.length);
}

function errorSummary(lang: Lang, errors: FieldErrors, title?: string): HtmlValue {
  const keys = Object.keys(errors);
  if (!keys.length) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-h">
<h2 id="error-summary-h">${title ?? portalT(lang)('errorSummary')}</h2>
<ul>${keys.map((k) => (k.startsWith('_') ? html`<li>${errors[k]}</li>` : html`<li><a href="#${k}">${errors[k]}</a></li>`))}</ul>
</div>`;
}

const errorLine = (name: string, message: string | undefined) =>
  message ? html`<p class="field-error" id="${name}-error"><span class="visually-hidden">Error:</span> ${message}</p>` : '';

const described = (name: string, hint: boolean, error: boolean) => [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');

interface TextOpts {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  cls?: string;
  type?: string;
}

function textField(o: TextOpts) {
  const by = described(o.name, !!o.hint, !!o.error);
  return html`<div class="field${o.error ? ' has-error' : ''}">
<label for="${o.name}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
${errorLine(o.name, o.error)}
<input id="${o.name}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.value}"${o.cls ? html` class="${o.cls}"` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${by ? html` aria-describedby="${by}"` : ''}${o.error ? html` aria-invalid="true"` : ''}>
</div>`;
}

function dateField(lang: Lang, prefix: string, legend: string, p: { birthDay: string; birthMonth: string; birthYear: string }, error: string | undefined, hint: string) {
  const pt = portalT(lang);
  const inv = error ? html` aria-invalid="true"` : '';
  const name = `${prefix}birthDay`;
  return html`<fieldset class="field${error ? ' has-error' : ''}" role="group" aria-describedby="${prefix}birthDate-hint${error ? html` ${name}-error` : ''}">
<legend>${legend}</legend>
<p class="hint" id="${prefix}birthDate-hint">${hint}</p>
${errorLine(name, error)}
<div class="date-inputs">
<div><label for="${prefix}birthDay">${pt('day')}</label><input id="${prefix}birthDay" name="${prefix}birthDay" class="w2" inputmode="numeric" maxlength="2" value="${p.birthDay}"${inv}></div>
<div><label for="${prefix}birthMonth">${pt('month')}</label><input id="${prefix}birthMonth" name="${prefix}birthMonth" class="w2" inputmode="numeric" maxlength="2" value="${p.birthMonth}"${inv}></div>
<div><label for="${prefix}birthYear">${pt('year')}</label><input id="${prefix}birthYear" name="${prefix}birthYear" class="w4" inputmode="numeric" maxlength="4" value="${p.birthYear}"${inv}></div>
</div>
</fieldset>`;
}

function radios(name: string, legend: string, options: { value: string; label: string; hint?: string }[], value: string, error: string | undefined, cls = '') {
  return html`<fieldset class="field${error ? ' has-error' : ''}${cls ? ` ${cls}` : ''}"${error ? html` aria-describedby="${name}-error"` : ''}>
<legend>${legend}</legend>
${errorLine(name, error)}
<div class="radios">${options.map((o, i) => {
    const id = i === 0 ? name : `${name}-${i}`;
    return html`<div class="radio"><input type="radio" id="${id}" name="${name}" value="${o.value}"${o.value === value ? html` checked` : ''}><label for="${id}">${o.label}${o.hint ? html`<span class="hint">${o.hint}</span>` : ''}</label></div>`;
  })}</div>
</fieldset>`;
}

function selectField(name: string, label: string, value: string, error: string | undefined, body: HtmlValue, placeholder: string) {
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="${name}">${label}</label>
${errorLine(name, error)}
<select id="${name}" name="${name}"${error ? html` aria-invalid="true" aria-describedby="${name}-error"` : ''}>
<option value=""${value === '' ? html` selected` : ''}>${placeholder}</option>
${body}
</select>
</div>`;
}

function relationSelect(lang: Lang, name: string, value: string, error: string | undefined) {
  const t = applyT(lang);
  return selectField(name, t('relation'), value, error, RELATIONS.map((r) => html`<option value="${r}"${r === value ? html` selected` : ''}>${RELATION_NAMES[lang][r]}</option>`), t('choose'));
}

function draftAttrs(lang: Lang, key: string) {
  const pt = portalT(lang);
  const t = applyT(lang);
  return html`data-draft="${key}" data-msg-offline="${t('offlineNow')}" data-msg-restored="${pt('draftRestored')}" data-msg-clear="${pt('draftClear')}"`;
}

const backLink = (url: string, t: ApplyT) => html`<p class="crumb"><a href="${url}">← ${t('back')}</a></p>`;

// ---- pages ----

export function startPage(lang: Lang, office: ApplyOffice, services: Service[], counter: { address: HtmlValue } | null, chosen: string, errors: FieldErrors): Page {
  const t = applyT(lang);
  if (services.length === 0) {
    return {
      title: t('applyTitle'),
      body: html`${backLink(href(`/${office.slug}`, lang), t)}
<p class="kicker">${office.name}</p>
<h1>${t('applyTitle')}</h1>
<div class="notice" data-apply="no-web"><p>${t('applyNoWeb')}</p></div>
${counter ? html`<h2>${t('applyCounter')}</h2>${counter.address}` : ''}
<p><a href="${href(`/${office.slug}`, lang)}#hours-h">${portalT(lang)('officeHours')}</a></p>`,
    };
  }
  const options = services.flatMap((s) =>
    s.variants.length
      ? s.variants.map((v) => ({ value: `${s.code}:${v.code}`, label: `${serviceName(s, lang)} — ${lang === 'en' && v.nameEn ? v.nameEn : v.name}`, hint: s.completionTime?.text }))
      : [{ value: s.code, label: serviceName(s, lang), hint: s.completionTime?.text }],
  );
  return {
    title: `${t('chooseService')} · ${t('applyTitle')}`,
    body: html`${backLink(href(`/${office.slug}`, lang), t)}
${errorSummary(lang, errors)}
<p class="kicker">${office.name}</p>
<h1>${t('applyTitle')}</h1>
<p>${t('applyIntro')}</p>
<form class="form" method="post" action="${href(applyPath(office.slug), lang)}" novalidate>
${radios('service', t('chooseService'), options.map((o) => ({ value: o.value, label: o.label, ...(o.hint ? { hint: o.hint } : {}) })), chosen, errors.service, 'legend-l')}
<button class="button" type="submit">${t('continue')}</button>
</form>
<p><a href="${href(applyPath(office.slug, 'lanjutkan'), lang)}">${t('resumeLink')}</a></p>`,
  };
}

export function applicantPage(lang: Lang, office: ApplyOffice, data: DraftData, values: DraftApplicant, villages: Village[], errors: FieldErrors): Page {
  const t = applyT(lang);
  const byDistrict = new Map<string, Village[]>();
  for (const v of villages) byDistrict.set(v.districtName, [...(byDistrict.get(v.districtName) ?? []), v]);
  const villageOptions = [...byDistrict.entries()].map(([d, vs]) => html`<optgroup label="${d}">${vs.map((v) => html`<option value="${v.code}"${v.code === values.villageCode ? html` selected` : ''}>${v.name}</option>`)}</optgroup>`);
  return {
    title: `${t('applicantTitle')} · ${t('applyTitle')}`,
    body: html`${backLink(href(applyPath(office.slug), lang), t)}
${errorSummary(lang, errors)}
${position(data, 'pemohon', t)}
<h1>${t('applicantTitle')}</h1>
<p>${t('applicantIntro')}</p>
<form class="form" method="post" action="${href(applyPath(office.slug, 'pemohon'), lang)}" novalidate ${draftAttrs(lang, `ajukan:${office.slug}:pemohon`)}>
${textField({ name: 'kkNumber', label: t('kkNumber'), hint: t('kkHint'), value: values.kkNumber, error: errors.kkNumber, inputmode: 'numeric', maxlength: 20, autocomplete: 'off' })}
${textField({ name: 'nik', label: t('nik'), hint: t('nikHint'), value: values.nik, error: errors.nik, inputmode: 'numeric', maxlength: 20, autocomplete: 'off' })}
${textField({ name: 'name', label: t('name'), value: values.name, error: errors.name, autocomplete: 'name', maxlength: 120 })}
${dateField(lang, '', t('birthDate'), values, errors.birthDay, t('birthDateHint'))}
${radios('sex', t('sex'), [{ value: 'M', label: t('male') }, { value: 'F', label: t('female') }], values.sex, errors.sex)}
${relationSelect(lang, 'relation', values.relation, errors.relation)}
${textField({ name: 'address', label: t('address'), value: values.address, error: errors.address, autocomplete: 'street-address', maxlength: 200 })}
<div class="pair">
${textField({ name: 'rt', label: t('rt'), value: values.rt, error: errors.rt, inputmode: 'numeric', maxlength: 3, cls: 'w4' })}
${textField({ name: 'rw', label: t('rw'), value: values.rw, error: errors.rw, inputmode: 'numeric', maxlength: 3, cls: 'w4' })}
</div>
${selectField('villageCode', t('village'), values.villageCode, errors.villageCode, villageOptions, t('choose'))}
${textField({ name: 'phone', label: t('phone'), hint: t('phoneHint'), value: values.phone, error: errors.phone, type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 20 })}
<p class="draft-slot" data-draft-notice hidden></p>
<div class="actions">
<button class="button" type="submit" name="action" value="continue">${t('continue')}</button>
<button class="button secondary" type="submit" name="action" value="save">${t('saveLater')}</button>
</div>
</form>`,
  };
}

function personLine(lang: Lang, p: DraftPerson) {
  const t = applyT(lang);
  return html`${p.name} <span class="meta">· ${t('nik')} ${p.nik} · ${p.birthDay}-${p.birthMonth}-${p.birthYear} · ${p.sex === 'F' ? t('female') : t('male')} · ${RELATION_NAMES[lang][p.relation] ?? p.relation}</span>`;
}

export function membersPage(lang: Lang, office: ApplyOffice, data: DraftData, values: DraftPerson, errors: FieldErrors, need: 'required' | 'optional'): Page {
  const t = applyT(lang);
  const members = data.members ?? [];
  const action = href(applyPath(office.slug, 'anggota'), lang);
  return {
    title: `${t('membersTitle')} · ${t('applyTitle')}`,
    body: html`${backLink(href(applyPath(office.slug, 'pemohon'), lang), t)}
${errorSummary(lang, errors)}
${position(data, 'anggota', t)}
<h1>${t('membersTitle')}</h1>
<p>${need === 'required' ? t('membersIntroRequired') : t('membersIntroOptional')}</p>
${members.length
    ? html`<ul class="people">${members.map((m, i) => html`<li>${personLine(lang, m)}
<form method="post" action="${action}" class="inline"><input type="hidden" name="remove" value="${i}"><button class="link-button" type="submit">${t('memberRemove')}<span class="visually-hidden"> ${m.name}</span></button></form></li>`)}</ul>`
    : html`<p class="meta">${t('membersNone')}</p>`}
<form class="form panel" method="post" action="${action}" novalidate ${draftAttrs(lang, `ajukan:${office.slug}:anggota`)}>
<h2>${t('memberAdd')}</h2>
<input type="hidden" name="action" value="add">
${textField({ name: 'm_nik', label: t('nik'), hint: t('nikHint'), value: values.nik, error: errors.m_nik, inputmode: 'numeric', maxlength: 20, autocomplete: 'off' })}
${textField({ name: 'm_name', label: t('name'), value: values.name, error: errors.m_name, maxlength: 120, autocomplete: 'off' })}
${dateField(lang, 'm_', t('birthDate'), values, errors.m_birthDay, t('birthDateHint'))}
${radios('m_sex', t('sex'), [{ value: 'M', label: t('male') }, { value: 'F', label: t('female') }], values.sex, errors.m_sex)}
${relationSelect(lang, 'm_relation', values.relation, errors.m_relation)}
<p class="draft-slot" data-draft-notice hidden></p>
<button class="button secondary" type="submit">${t('memberAddButton')}</button>
</form>
<form method="post" action="${action}"><input type="hidden" name="action" value="continue">
<div class="actions"><button class="button" type="submit">${t('continue')}</button>
<button class="button secondary" type="submit" name="save" value="1">${t('saveLater')}</button></div>
</form>`,
  };
}

export function uploadsPage(lang: Lang, office: ApplyOffice, data: DraftData, requirements: Requirement[], uploads: UploadMeta[], errors: FieldErrors): Page {
  const t = applyT(lang);
  const back = data.serviceCode && membersStep(data.serviceCode) ? 'anggota' : 'pemohon';
  return {
    title: `${t('uploadsTitle')} · ${t('applyTitle')}`,
    body: html`${backLink(href(applyPath(office.slug, back), lang), t)}
${errorSummary(lang, errors)}
${position(data, 'berkas', t)}
<h1>${t('uploadsTitle')}</h1>
<p>${t('uploadsIntro')}</p>
<form class="form" method="post" action="${href(applyPath(office.slug, 'berkas'), lang)}" enctype="multipart/form-data" novalidate>
${requirements.map((r) => {
    const done = uploads.find((u) => u.requirementCode === r.code);
    const name = `file_${r.code}`;
    const error = errors[name];
    return html`<div class="field${error ? ' has-error' : ''}">
<label for="${name}">${r.label}${r.condition ? html` <span class="meta">(${t('uploadOptional')}: ${r.condition.text})</span>` : ''}</label>
${done ? html`<p class="hint upload-done" id="${name}-hint">✓ ${t('uploadDone')}: ${done.originalName ?? r.label}${done.width ? ` (${done.width}×${done.height})` : ''}. ${t('uploadReplace')}</p>` : ''}
${errorLine(name, error)}
<input id="${name}" name="${name}" type="file" accept="image/*,application/pdf" capture="environment"${done || error ? html` aria-describedby="${described(name, !!done, !!error)}"` : ''}${error ? html` aria-invalid="true"` : ''}>
</div>`;
  })}
<div class="actions">
<button class="button" type="submit" name="action" value="continue">${t('uploadButton')}</button>
<button class="button secondary" type="submit" name="action" value="save">${t('saveLater')}</button>
</div>
</form>`,
  };
}

export interface ReviewInput {
  service: Service;
  requirements: Requirement[];
  uploads: UploadMeta[];
  villageName: string;
}

export function reviewPage(lang: Lang, office: ApplyOffice, data: DraftData, r: ReviewInput, errors: FieldErrors, consent: boolean): Page {
  const t = applyT(lang);
  const a = data.applicant!;
  const link = (step: string, what: string) => html`<a href="${href(applyPath(office.slug, step), lang)}">${t('change')}<span class="visually-hidden"> ${what}</span></a>`;
  const row = (label: string, value: HtmlValue, step: string) => html`<div><dt>${label}</dt><dd>${value}</dd><dd class="change">${link(step, label)}</dd></div>`;
  const variant = data.variantCode ? r.service.variants.find((v) => v.code === data.variantCode) : undefined;
  return {
    title: `${t('reviewTitle')} · ${t('applyTitle')}`,
    body: html`${backLink(href(applyPath(office.slug, 'berkas'), lang), t)}
${errorSummary(lang, errors, errors._api ? t('errSubmit') : undefined)}
${position(data, 'periksa', t)}
<h1>${t('reviewTitle')}</h1>
<p>${t('reviewIntro')}</p>
<h2>${t('service')}</h2>
<dl class="review">${row(t('service'), `${serviceName(r.service, lang)}${variant ? ` — ${lang === 'en' && variant.nameEn ? variant.nameEn : variant.name}` : ''}`, '')}</dl>
<h2>${t('applicant')}</h2>
<dl class="review">
${row(t('kkNumber'), a.kkNumber, 'pemohon')}
${row(t('nik'), a.nik, 'pemohon')}
${row(t('name'), a.name, 'pemohon')}
${row(t('birthDate'), `${a.birthDay}-${a.birthMonth}-${a.birthYear}`, 'pemohon')}
${row(t('sex'), a.sex === 'F' ? t('female') : t('male'), 'pemohon')}
${row(t('relation'), RELATION_NAMES[lang][a.relation] ?? a.relation, 'pemohon')}
${row(t('address'), `${a.address}${a.rt ? ` RT ${a.rt}` : ''}${a.rw ? ` RW ${a.rw}` : ''}, ${r.villageName}`, 'pemohon')}
${row(t('phone'), a.phone, 'pemohon')}
</dl>
${membersStep(r.service.code) ? html`<h2>${t('members')}</h2>
<dl class="review">${row(t('members'), (data.members ?? []).length ? html`<ul class="l-none">${(data.members ?? []).map((m) => html`<li>${personLine(lang, m)}</li>`)}</ul>` : t('membersNone'), 'anggota')}</dl>` : ''}
<h2>${t('documents')}</h2>
<dl class="review">${r.requirements.map((q) => {
    const u = r.uploads.find((x) => x.requirementCode === q.code);
    return row(q.label, u ? `✓ ${u.originalName ?? t('uploadDone')}` : t('notUploaded'), 'berkas');
  })}</dl>
<form class="form" method="post" action="${href(applyPath(office.slug, 'periksa'), lang)}" novalidate>
<div class="field${errors.consent ? ' has-error' : ''}">
${errorLine('consent', errors.consent)}
<div class="checkbox"><input type="checkbox" id="consent" name="consent" value="yes"${consent ? html` checked` : ''}${errors.consent ? html` aria-invalid="true" aria-describedby="consent-error"` : ''}><label for="consent">${t('consent')}</label></div>
</div>
<button class="button" type="submit">${t('submit')}</button>
</form>`,
  };
}

export function savedPage(lang: Lang, office: ApplyOffice & { timeZone: string }, code: string, expiresAt: Date, next: string, publicUrl: string): Page {
  const t = applyT(lang);
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: office.timeZone }).format(expiresAt);
  // Written down on paper or sent to a relative: the whole address, not only the path.
  const resumeUrl = `${publicUrl}${href(applyPath(office.slug, 'lanjutkan'), lang)}`;
  return {
    title: `${t('savedTitle')} · ${t('applyTitle')}`,
    body: html`<div class="panel ok" data-outcome="saved">
<h1>${t('savedTitle')}</h1>
<p>${t('savedCode')}:</p>
<p class="code" data-resume-code="${code}">${formatResumeCode(code)}</p>
</div>
<p>${t('savedText')}</p>
<p><a href="${href(applyPath(office.slug, 'lanjutkan'), lang)}">${resumeUrl}</a></p>
<p class="meta">${t('savedExpires', { date })}</p>
<p><a class="button" href="${href(applyPath(office.slug, next), lang)}">${t('savedContinue')}</a></p>`,
  };
}

export interface ResumeValues {
  code: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
}

export function resumePage(lang: Lang, office: ApplyOffice, values: ResumeValues, errors: FieldErrors): Page {
  const t = applyT(lang);
  return {
    title: `${t('resumeTitle')} · ${t('applyTitle')}`,
    body: html`${backLink(href(applyPath(office.slug), lang), t)}
${errorSummary(lang, errors)}
<p class="kicker">${office.name}</p>
<h1>${t('resumeTitle')}</h1>
<p>${t('resumeIntro')}</p>
<form class="form" method="post" action="${href(applyPath(office.slug, 'lanjutkan'), lang)}" novalidate>
${textField({ name: 'code', label: t('resumeCode'), hint: t('resumeCodeHint'), value: values.code, error: errors.code, autocomplete: 'off', maxlength: 12, cls: 'code-input' })}
${dateField(lang, '', t('birthDate'), values, errors.birthDay, t('birthDateHint'))}
<button class="button" type="submit">${t('resumeButton')}</button>
</form>`,
  };
}

export function donePage(lang: Lang, office: ApplyOffice, done: { receiptNumber: string; proofPath: string } | null): Page {
  const t = applyT(lang);
  if (!done) {
    return { title: t('doneTitle'), body: html`<h1>${t('doneTitle')}</h1><p>${t('doneGone')}</p><p><a class="button" href="${href('/lacak', lang)}">${t('doneTrack')}</a></p>` };
  }
  return {
    title: `${t('doneTitle')} · ${done.receiptNumber}`,
    body: html`<div class="panel ok" data-outcome="submitted" data-apply-done="ajukan:${office.slug}">
<h1>${t('doneTitle')}</h1>
<p>${t('doneReceipt')}:</p>
<p class="code" data-receipt="${done.receiptNumber}">${done.receiptNumber}</p>
</div>
<p>${t('doneKeep')}</p>
<ul>
<li><a href="${done.proofPath}" download>${t('doneProof')}</a> <span class="meta">${t('doneProofNote')}</span></li>
<li><a href="${href('/lacak', lang)}">${t('doneTrack')}</a></li>
</ul>`,
  };
}

export function noDraftPage(lang: Lang, office: ApplyOffice): Page {
  const t = applyT(lang);
  return {
    title: t('applyTitle'),
    body: html`<h1>${t('applyTitle')}</h1><div class="notice" data-outcome="no-draft"><p>${t('noDraft')}</p></div>
<p><a class="button" href="${href(applyPath(office.slug), lang)}">${t('applyTitle')}</a></p>
<p><a href="${href(applyPath(office.slug, 'lanjutkan'), lang)}">${t('resumeLink')}</a></p>`,
  };
}
