import type { Lang } from '../../../platform/errors.js';
import type { OpenStatus } from '../../calendar/index.js';
import type { OfficeStandard } from '../../standards/standard.schema.js';
import { html } from '../html.js';
import { portalT, WEEKDAYS, ZONE_ABBR } from '../portal-i18n.js';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

function formatOpening(iso: string, now: Date, timeZone: string, lang: Lang): string {
  const at = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat(locale(lang), { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
  const zone = ZONE_ABBR[timeZone] ?? timeZone;
  if (day(at) === day(now)) return `${time} ${zone}`;
  const date = new Intl.DateTimeFormat(locale(lang), { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  return `${date}, ${time} ${zone}`;
}

/** "Buka sekarang · tutup pukul 15.00 WITA", computed by the calendar on the office's clock and working days. */
export function openNowBadge(status: OpenStatus, timeZone: string, now: Date, lang: Lang) {
  const t = portalT(lang);
  if (status.open) {
    return html`<span class="badge open"><strong>${t('openNow')}</strong>${status.closesAt ? ` · ${t('closesAt')} ${formatOpening(status.closesAt, now, timeZone, lang)}` : ''}</span>`;
  }
  return html`<span class="badge closed"><strong>${t('closedNow')}</strong>${status.nextOpening ? ` · ${t('opensAt')} ${formatOpening(status.nextOpening, now, timeZone, lang)}` : ''}</span>`;
}

export function hoursSection(standard: OfficeStandard, open: OpenStatus | null, now: Date, lang: Lang) {
  const t = portalT(lang);
  const hours = standard.officeHours;
  const zone = ZONE_ABBR[standard.office.timeZone] ?? standard.office.timeZone;
  const body = hours
    ? html`${open ? html`<p>${openNowBadge(open, hours.timeZone, now, lang)}</p>` : ''}
<table class="hours"><caption class="visually-hidden">${t('officeHours')}</caption>
<tbody>${[...hours.weekly].sort((a, b) => a.weekday - b.weekday).map((w) => html`<tr><th scope="row">${WEEKDAYS[lang][w.weekday] ?? w.weekday}</th><td>${w.opens.replace(':', '.')}–${w.closes.replace(':', '.')} ${zone}</td></tr>`)}</tbody>
</table>
<p class="meta">${t('holidaysNote')}</p>`
    : html`<p>${t('hoursNotStated')}</p>`;
  return html`<section aria-labelledby="hours-h">
<h2 id="hours-h">${t('officeHours')}</h2>
${body}
${standard.emergency ? html`<p><strong>${standard.emergency.text}</strong></p>` : ''}
${standard.intakeWindow ? html`<p><strong>${t('intakeWindow')}:</strong> ${standard.intakeWindow.text}</p>` : ''}
</section>`;
}
