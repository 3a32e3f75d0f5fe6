import type { Lang } from '../../../platform/errors.js';
import { html } from '../html.js';
import { href, portalT } from '../portal-i18n.js';
import type { VerifyAnswer } from '../../applications/letters/verify.service.js';

/** Shape of a letter token (letters module: base64url payload "." base64url MAC); checked before any lookup. */
export const LETTER_TOKEN = /^[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{10,100}$/;

/** The letters module's answer: the letter's identifying fields and the persons' initials, never a NIK. */
export type VerifyFound = VerifyAnswer;

export type VerifyOutcome =
  | { kind: 'unavailable' }
  | { kind: 'malformed' }
  | { kind: 'failed'; message?: string }
  | { kind: 'answer'; result: VerifyFound };

/** `/verify/{token}`: the page the QR code on a letter opens. */
export function verifyPage(lang: Lang, outcome: VerifyOutcome) {
  const t = portalT(lang);
  let block;
  if (outcome.kind === 'unavailable') block = html`<div class="notice" data-outcome="unavailable"><p>${t('verifyUnavailable')}</p></div>`;
  else if (outcome.kind === 'malformed') block = html`<div class="notice warn" data-outcome="malformed"><p>${t('verifyMalformed')}</p></div>`;
  else if (outcome.kind === 'failed') block = html`<div class="notice warn" data-outcome="failed"><p>${outcome.message ?? t('verifyFailed')}</p></div>`;
  else {
    const r = outcome.result;
    const l = r.letter;
    block = html`<div class="panel ${r.valid ? 'ok' : 'warn'}" data-outcome="${r.status}">
<p><strong>${r.message}</strong></p>
${l ? html`<dl class="facts">
<div><dt>${t('letterNumber')}</dt><dd>${l.number}</dd></div>
<div><dt>${t('letterDate')}</dt><dd>${l.issuedAt}</dd></div>
<div><dt>${t('letterSubject')}</dt><dd>${l.subject}</dd></div>
<div><dt>${t('letterOffice')}</dt><dd>${l.officeName}</dd></div>
${l.personInitials.length ? html`<div><dt>${t('letterPersons')}</dt><dd>${l.personInitials.join(', ')}</dd></div>` : ''}
</dl>` : ''}
</div>`;
  }
  return {
    title: t('verifyTitle'),
    body: html`<p class="crumb"><a href="${href('/', lang)}">← ${t('officeBack')}</a></p>
<h1>${t('verifyTitle')}</h1>
<p>${t('verifyIntro')}</p>
<div id="result" aria-live="polite">${block}</div>`,
  };
}

export function notFoundPage(lang: Lang) {
  const t = portalT(lang);
  return {
    title: t('notFoundTitle'),
    body: html`<h1>${t('notFoundTitle')}</h1>
<p>${t('notFoundText')}</p>
<p><a class="button" href="${href('/', lang)}">${t('officeBack')}</a></p>`,
  };
}
