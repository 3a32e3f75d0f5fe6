import type { Lang } from '../../../platform/errors.js';
import type { OfficePublic } from '../../offices/offices.schema.js';
import { html } from '../html.js';
import { href, portalT, ZONE_ABBR } from '../portal-i18n.js';
import type { OfficeStandardView } from '../portal-standard.js';
import { complaintsSection } from './complaints-section.js';
import { hoursSection, openNowBadge } from './office-hours-section.js';
import { servicesSection } from './services-section.js';
import { applyT } from '../apply/apply-i18n.js';

/** The full published standard is the standards module's own page and PDF; the portal links to them. */
function standardLinks(office: OfficePublic, view: OfficeStandardView, lang: Lang) {
  const t = portalT(lang);
  const d = view.standard.decree;
  return html`<section aria-labelledby="std-h">
<h2 id="std-h">${t('officeStandard')}</h2>
<p>${view.standard.document.title}</p>
${d?.number ? html`<p class="meta">${t('officeStandardDecree')}: ${d.number}${d.date ? ` (${d.date})` : ''}</p>` : ''}
<ul>
<li><a href="${href(`/${office.slug}/standar-pelayanan`, lang)}">${t('standardPage')}</a></li>
<li><a href="/${office.slug}/standar-pelayanan.pdf">${t('standardPdf')}</a></li>
</ul>
</section>`;
}

/**
 * `/{slug}`: what a resident needs before going to the office. Everything below the name comes from
 * the office's published standard; when none is loaded the page says so instead of showing guesses.
 */
export function officePage(office: OfficePublic, view: OfficeStandardView | null, now: Date, lang: Lang) {
  const t = portalT(lang);
  const kicker = view?.standard.office.governmentName ?? null;
  const head = html`<p class="crumb"><a href="${href('/', lang)}">← ${t('officeBack')}</a></p>
${kicker ? html`<p class="kicker">${kicker}</p>` : ''}
<h1>${office.name}</h1>
<p class="meta">${t('regionCode')} ${office.regionCode} · ${t('timeZone')} ${ZONE_ABBR[office.timeZone] ?? office.timeZone}</p>
${view?.open ? html`<p>${openNowBadge(view.open, office.timeZone, now, lang)} <a href="#hours-h">${t('officeHours')}</a></p>` : ''}`;

  // Only services whose standard accepts the web channel can be applied for online.
  const online = view?.standard.services.some((s) => s.channels.includes('web'))
    ? html`<p><a class="button" href="${href(`/${office.slug}/ajukan`, lang)}" data-apply="start">${applyT(lang)('applyLink')}</a></p>`
    : '';
  const body = view
    ? html`${head}
${online}
${servicesSection(view.standard, lang)}
${hoursSection(view.standard, view.open, now, lang)}
${complaintsSection(view.standard, lang)}
${standardLinks(office, view, lang)}`
    : html`${head}
<section aria-labelledby="services-h" data-standard="missing">
<h2 id="services-h">${t('officeServices')}</h2>
<p class="notice">${t('officeStandardMissing')}</p>
</section>`;

  return {
    title: office.name,
    description: `${office.name} — ${t('homeTitle')}`,
    body: html`${body}
<section class="panel" aria-labelledby="track-h">
<h2 id="track-h">${t('homeTrackTitle')}</h2>
<p>${t('homeTrackText')}</p>
<p><a class="button" href="${href('/lacak', lang)}">${t('trackTitle')}</a></p>
</section>`,
  };
}
