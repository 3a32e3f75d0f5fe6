import type { Lang } from '../../../platform/errors.js';
import { html, type SafeHtml } from '../html.js';
import { href, portalT, type PortalKey } from '../portal-i18n.js';
import type { TrackAnswer } from '../../tracking/tracking.service.js';

export interface TrackInput {
  receiptNumber: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
}
export type TrackField = 'receiptNumber' | 'birthDate';

/** The answer of the tracking module's `POST /api/v1/track` (dates already on the office's clock). */
export type TrackFound = TrackAnswer;

export type TrackOutcome =
  | { kind: 'unavailable' }
  | { kind: 'not_found'; message?: string }
  | { kind: 'failed'; message?: string }
  | { kind: 'found'; result: TrackFound };

export const emptyTrackInput: TrackInput = { receiptNumber: '', birthDay: '', birthMonth: '', birthYear: '' };

/** Checks the form before any lookup; returns the API body or the message key of each wrong field. */
export function checkTrackInput(input: TrackInput, today: Date): { body?: { receiptNumber: string; birthDate: string }; errors: Partial<Record<TrackField, PortalKey>> } {
  const errors: Partial<Record<TrackField, PortalKey>> = {};
  const receipt = input.receiptNumber.trim().toUpperCase().replace(/\s+/g, '');
  if (receipt === '') errors.receiptNumber = 'errReceiptRequired';
  else if (!/^[A-Z0-9][A-Z0-9/-]{2,39}$/.test(receipt)) errors.receiptNumber = 'errReceiptFormat';

  const [d, m, y] = [input.birthDay, input.birthMonth, input.birthYear].map((s) => s.trim());
  let birthDate = '';
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) errors.birthDate = 'errBirthDate';
  else {
    birthDate = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    const date = new Date(`${birthDate}T00:00:00Z`);
    const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === birthDate;
    if (!real || Number(y) < 1900 || date.getTime() > today.getTime()) errors.birthDate = 'errBirthDate';
  }
  return Object.keys(errors).length ? { errors } : { body: { receiptNumber: receipt, birthDate }, errors };
}

function fieldError(id: string, message: string | undefined) {
  return message ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error:</span> ${message}</p>` : '';
}

function outcomeBlock(outcome: TrackOutcome | null, lang: Lang): SafeHtml | string {
  const t = portalT(lang);
  if (!outcome) return '';
  if (outcome.kind === 'unavailable') return html`<div class="notice" data-outcome="unavailable"><p>${t('trackUnavailable')}</p></div>`;
  if (outcome.kind === 'not_found') return html`<div class="notice" data-outcome="not_found"><p>${outcome.message ?? t('trackNotFound')}</p></div>`;
  if (outcome.kind === 'failed') return html`<div class="notice warn" data-outcome="failed"><p>${outcome.message ?? t('trackFailed')}</p></div>`;
  const r = outcome.result;
  return html`<div class="panel" data-outcome="found" data-status="${r.status}">
<h2>${r.receiptNumber}</h2>
<p class="meta">${r.officeName} · ${r.serviceName}</p>
<p class="status"><strong>${t('trackStatus')}:</strong> ${r.statusLabel}</p>
<p><strong>${t('trackNext')}:</strong> ${r.nextStep}</p>
${r.missing.length ? html`<h3>${t('trackMissing')}</h3><ul>${r.missing.map((m) => html`<li>${m.label}${m.reason ? html` — <span class="meta">${m.reason}</span>` : ''}</li>`)}</ul>` : ''}
<dl class="facts">
<div><dt>${t('trackReceived')}</dt><dd>${r.receivedAt}</dd></div>
${r.dueAt ? html`<div><dt>${t('trackDue')}</dt><dd>${r.dueAt}</dd></div>` : ''}
</dl>
${r.timeline.length ? html`<h3>${t('trackTimeline')}</h3><ol class="timeline">${r.timeline.map((e) => html`<li><span class="meta">${e.at}</span><br>${e.label}</li>`)}</ol>` : ''}
</div>`;
}

/** `/lacak`: the form, and after a POST its answer below it (the same page with or without script). */
export function trackPage(lang: Lang, values: TrackInput, errors: Partial<Record<TrackField, PortalKey>>, outcome: TrackOutcome | null) {
  const t = portalT(lang);
  const err = (f: TrackField) => (errors[f] ? t(errors[f]) : undefined);
  const describedBy = (f: TrackField, hint: string) => [hint, errors[f] ? `${f}-error` : ''].filter(Boolean).join(' ');
  const summary = Object.keys(errors).length
    ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-h">
<h2 id="error-summary-h">${t('errorSummary')}</h2>
<ul>${(['receiptNumber', 'birthDate'] as const).filter((f) => errors[f]).map((f) => html`<li><a href="#${f === 'birthDate' ? 'birthDay' : f}">${err(f)}</a></li>`)}</ul>
</div>`
    : '';
  return {
    title: t('trackTitle'),
    body: html`<p class="crumb"><a href="${href('/', lang)}">← ${t('officeBack')}</a></p>
${summary}
<h1>${t('trackTitle')}</h1>
<p>${t('trackIntro')}</p>
<form class="form" method="post" action="${href('/lacak', lang)}" novalidate data-draft="lacak" data-enhance="replace-main"
 data-msg-offline="${t('offline')}" data-msg-restored="${t('draftRestored')}" data-msg-clear="${t('draftClear')}">
<div class="field${errors.receiptNumber ? ' has-error' : ''}">
<label for="receiptNumber">${t('trackReceipt')}</label>
<p class="hint" id="receiptNumber-hint">${t('trackReceiptHint')}</p>
${fieldError('receiptNumber', err('receiptNumber'))}
<input id="receiptNumber" name="receiptNumber" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40"
 value="${values.receiptNumber}" aria-describedby="${describedBy('receiptNumber', 'receiptNumber-hint')}"${errors.receiptNumber ? html` aria-invalid="true"` : ''}>
</div>
<fieldset class="field${errors.birthDate ? ' has-error' : ''}" role="group" aria-describedby="${describedBy('birthDate', 'birthDate-hint')}">
<legend>${t('trackBirthDate')}</legend>
<p class="hint" id="birthDate-hint">${t('trackBirthDateHint')}</p>
${fieldError('birthDate', err('birthDate'))}
<div class="date-inputs">
<div><label for="birthDay">${t('day')}</label><input id="birthDay" name="birthDay" class="w2" inputmode="numeric" maxlength="2" autocomplete="bday-day" value="${values.birthDay}"${errors.birthDate ? html` aria-invalid="true"` : ''}></div>
<div><label for="birthMonth">${t('month')}</label><input id="birthMonth" name="birthMonth" class="w2" inputmode="numeric" maxlength="2" autocomplete="bday-month" value="${values.birthMonth}"${errors.birthDate ? html` aria-invalid="true"` : ''}></div>
<div><label for="birthYear">${t('year')}</label><input id="birthYear" name="birthYear" class="w4" inputmode="numeric" maxlength="4" autocomplete="bday-year" value="${values.birthYear}"${errors.birthDate ? html` aria-invalid="true"` : ''}></div>
</div>
</fieldset>
<p class="draft-slot" data-draft-notice hidden></p>
<button class="button" type="submit">${t('trackSubmit')}</button>
</form>
<div id="result" aria-live="polite">${outcomeBlock(outcome, lang)}</div>`,
  };
}
