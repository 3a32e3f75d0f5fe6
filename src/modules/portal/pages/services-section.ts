import type { Lang } from '../../../platform/errors.js';
import type { OfficeStandard, Requirement, Service } from '../../standards/standard.schema.js';
import { html } from '../html.js';
import { portalT } from '../portal-i18n.js';

const CHANNEL_LABELS: Record<Lang, Record<string, string>> = {
  id: { counter: 'Datang ke loket', web: 'Daring (situs ini)', whatsapp: 'WhatsApp', kelurahan_batch: 'Melalui kelurahan' },
  en: { counter: 'At the counter', web: 'Online (this site)', whatsapp: 'WhatsApp', kelurahan_batch: 'Through the kelurahan' },
};

function requirementItem(r: Requirement, lang: Lang) {
  const t = portalT(lang);
  // The seed's wording stays as it is; what the data adds (copy or original, stamp duty) follows it.
  // "Fotocopy KK" already says it is a copy; saying it again adds nothing.
  const saysCopy = /foto ?copy|fotokopi|salinan/i.test(r.label);
  const notes = [
    r.original === true ? t('original') : r.original === false && !saysCopy ? t('photocopy') : null,
    r.count ? `${r.count} ${t('pieces')}` : null,
    r.materai ? t('materai') : null,
    r.providedByOffice ? t('providedByOffice') : null,
  ].filter((x): x is string => x !== null);
  return html`<li>${r.label}${r.alternatives ? html` <span class="meta">(${t('alternatives')}: ${r.alternatives.join(', ')})</span>` : ''}${notes.length ? html` <span class="meta">— ${notes.join(', ')}</span>` : ''}${r.condition ? html`<br><span class="meta">${r.condition.text}</span>` : ''}</li>`;
}

function serviceBlock(s: Service, index: number, lang: Lang) {
  const t = portalT(lang);
  const name = lang === 'en' && s.nameEn ? s.nameEn : s.name;
  const id = `svc-${index}`;
  return html`<section class="service" aria-labelledby="${id}">
<h3 id="${id}">${name}</h3>
<dl class="facts">
<div><dt>${t('fee')}</dt><dd>${s.fee.text}</dd></div>
<div><dt>${t('completionTime')}</dt><dd>${s.completionTime ? s.completionTime.text : t('notStated')}</dd></div>
<div><dt>${t('channels')}</dt><dd>${s.channels.map((c) => CHANNEL_LABELS[lang][c] ?? c).join(', ')}</dd></div>
${s.representativeAllowed ? html`<div><dt>${t('representative')}</dt><dd>✓</dd></div>` : ''}
</dl>
${s.variants.length ? html`<p><strong>${t('variants')}:</strong> ${s.variants.map((v) => (lang === 'en' && v.nameEn ? v.nameEn : v.name)).join('; ')}</p>` : ''}
<h4>${t('requirements')}</h4>
<ul>${s.requirements.map((r) => requirementItem(r, lang))}</ul>
<details><summary>${t('procedure')}</summary>
<ol>${s.steps.map((st) => html`<li>${st.label}${st.condition ? html` <span class="meta">(${st.condition})</span>` : ''}</li>`)}</ol>
</details>
<p><strong>${t('product')}:</strong> ${s.products.map((p) => p.name).join('; ')}</p>
</section>`;
}

export function servicesSection(standard: OfficeStandard, lang: Lang) {
  const t = portalT(lang);
  return html`<section aria-labelledby="services-h">
<h2 id="services-h">${t('officeServices')}</h2>
${standard.services.length > 1 ? html`<ul class="contents">${standard.services.map((s, i) => html`<li><a href="#svc-${i}">${lang === 'en' && s.nameEn ? s.nameEn : s.name}</a></li>`)}</ul>` : ''}
${standard.services.map((s, i) => serviceBlock(s, i, lang))}
${standard.channelPoints.length ? html`<h3>${t('channelPoints')}</h3><ul>${standard.channelPoints.map((c) => html`<li>${c.label}${c.value ? `: ${c.value}` : ''}</li>`)}</ul>` : ''}
</section>`;
}
