import type { Lang } from '../../../platform/errors.js';
import type { ComplaintChannel, OfficeStandard } from '../../standards/standard.schema.js';
import { html, type SafeHtml } from '../html.js';
import { portalT } from '../portal-i18n.js';

/** A contact value as a link a phone can act on; anything else stays text as the seed wrote it. */
function contactLink(kind: string, value: string): SafeHtml | string {
  const digits = value.replace(/[^\d+]/g, '');
  if (['phone', 'hotline', 'whatsapp', 'sms'].includes(kind) && digits.length >= 6 && /^[\d\s().+-]+$/.test(value)) {
    return html`<a href="tel:${digits}">${value}</a>`;
  }
  if (kind === 'email' && /^[^\s@]+@[^\s@]+$/.test(value)) return html`<a href="mailto:${value}">${value}</a>`;
  if (/^https?:\/\/\S+$/.test(value)) return html`<a href="${value}" rel="noopener">${value}</a>`;
  return value;
}

function channelItem(c: ComplaintChannel) {
  // One seed line may hold several numbers ("081138909119, 082141074217"): each becomes a link.
  const values = c.value ? c.value.split(/,\s*/).map((v) => contactLink(c.kind, v.trim())) : [];
  return html`<li>${c.label}${values.length ? html`: ${values.flatMap((v, i) => (i === 0 ? [v] : [', ', v]))}` : ''}</li>`;
}

export function complaintsSection(standard: OfficeStandard, lang: Lang) {
  const t = portalT(lang);
  const o = standard.office;
  const contact = [
    o.address ? html`<li>${o.address}${o.postalCode ? ` ${o.postalCode}` : ''}</li>` : '',
    o.phone ? html`<li>${contactLink('phone', o.phone)}</li>` : '',
    o.email ? html`<li>${contactLink('email', o.email)}</li>` : '',
    o.website ? html`<li>${contactLink('website', o.website)}</li>` : '',
  ];
  return html`<section aria-labelledby="complaints-h">
<h2 id="complaints-h">${t('officeComplaints')}</h2>
<ul>${standard.complaints.channels.map(channelItem)}</ul>
${standard.complaints.followUpBy ? html`<p>${t('complaintFollowUp')}: ${standard.complaints.followUpBy}</p>` : ''}
</section>
${o.address || o.phone || o.email || o.website ? html`<section aria-labelledby="contact-h">
<h2 id="contact-h">${t('officeContact')}</h2>
<p>${o.agencyName}${o.governmentName ? ` — ${o.governmentName}` : ''}</p>
<ul>${contact}</ul>
</section>` : ''}`;
}
