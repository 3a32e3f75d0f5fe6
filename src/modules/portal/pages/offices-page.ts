import type { Lang } from '../../../platform/errors.js';
import type { OfficePublic } from '../../offices/offices.schema.js';
import { html } from '../html.js';
import { href, portalT, ZONE_ABBR } from '../portal-i18n.js';

/** `/`: every office that serves citizens, each a link to its own page. */
export function officesPage(offices: OfficePublic[], lang: Lang) {
  const t = portalT(lang);
  const list = offices.length === 0
    ? html`<p>${t('homeNoOffices')}</p>`
    : html`<ul class="cards" role="list">${offices.map((o) => html`
<li class="card"><a class="card-link" href="${href(`/${o.slug}`, lang)}">${o.name}</a>
<p class="meta">${t('regionCode')} ${o.regionCode} · ${ZONE_ABBR[o.timeZone] ?? o.timeZone}</p></li>`)}
</ul>`;
  return {
    title: t('homeTitle'),
    description: t('homeIntro'),
    body: html`<h1>${t('homeTitle')}</h1>
<p class="lead">${t('homeIntro')}</p>
<h2>${t('homeOffices')}</h2>
${list}
<section class="panel" aria-labelledby="track-h">
<h2 id="track-h">${t('homeTrackTitle')}</h2>
<p>${t('homeTrackText')}</p>
<p><a class="button" href="${href('/lacak', lang)}">${t('trackTitle')}</a></p>
</section>`,
  };
}
