import type { Lang } from '../../platform/errors.js';
import type { ComponentItem, ItemStyle, OfficeStandard, StandardComponent } from './standard.schema.js';
import {
  addressLine,
  componentTables,
  contactLine,
  decreeFacts,
  formatDate,
  labels,
  marker,
  titleLines,
} from './standard-render.js';

/**
 * The published standard as an HTML fragment (no <html>/<body>), for the public portal and the admin
 * preview. Pure: the standard in, a string out. Every piece of text is escaped, since standards are
 * edited by office admins and shown to the public.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// Markers are written out rather than left to CSS list styles: the seeds use "1)" and "-" markers that
// CSS cannot express portably, and the printed numbering must match the office's document.
function renderItems(items: ComponentItem[], style: ItemStyle): string {
  if (style === 'none' && items.length === 1 && typeof items[0] === 'string') return `<p>${escapeHtml(items[0])}</p>`;
  const tag = style === 'none' || style === 'dash' ? 'ul' : 'ol';
  const lis = items.map((item, i) => {
    const m = marker(style, i);
    const markerHtml = m ? `<span class="std-marker">${escapeHtml(m)}</span> ` : '';
    if (typeof item === 'string') return `<li>${markerHtml}${escapeHtml(item)}</li>`;
    return `<li>${markerHtml}${escapeHtml(item.text)}${renderItems(item.items, item.itemStyle)}</li>`;
  });
  // Inline list-style so a host page without our CSS does not print its own numbers next to ours.
  return `<${tag} class="std-items" data-style="${style}" style="list-style:none">${lis.join('')}</${tag}>`;
}

function renderRow(c: StandardComponent, notStated: string): string {
  const no = c.number === null ? `<em>${escapeHtml(notStated)}</em>` : escapeHtml(c.number);
  return (
    `<tr data-key="${escapeHtml(c.key)}">` +
    `<td class="std-no">${no}</td>` +
    `<th scope="row">${escapeHtml(c.title)}</th>` +
    `<td>${renderItems(c.items, c.itemStyle)}</td>` +
    `</tr>`
  );
}

function renderLetterhead(std: OfficeStandard, lang: Lang): string {
  const o = std.office;
  const lines: string[] = [];
  if (o.governmentName) lines.push(`<p class="std-government">${escapeHtml(o.governmentName)}</p>`);
  lines.push(`<p class="std-agency">${escapeHtml(o.governmentName ? (o.letterheadName ?? o.agencyName) : o.agencyName)}</p>`);
  const address = addressLine(std, lang);
  if (address) lines.push(`<p class="std-address">${escapeHtml(address)}</p>`);
  const contact = contactLine(std);
  if (contact) lines.push(`<p class="std-contact">${escapeHtml(contact)}</p>`);
  return `<header class="std-letterhead">${lines.join('')}</header>`;
}

function renderDecree(std: OfficeStandard, lang: Lang): string {
  const l = labels(lang);
  const rows = decreeFacts(std, lang).map(
    (f) => `<dt>${escapeHtml(f.label)}</dt><dd>${f.value === null ? `<em>${escapeHtml(l.notStated)}</em>` : escapeHtml(f.value)}</dd>`,
  );
  const title = std.decree?.title ? `<p class="std-decree-title">${escapeHtml(std.decree.title)}</p>` : '';
  return `<section class="std-decree">${title}<dl>${rows.join('')}</dl></section>`;
}

function renderSignature(std: OfficeStandard, lang: Lang): string {
  const d = std.decree;
  const signer = d?.signedBy;
  if (!d || !signer) return '';
  const l = labels(lang);
  const lines: string[] = [];
  if (d.place) lines.push(`<p>${escapeHtml(l.issuedAt)} : ${escapeHtml(d.place)}</p>`);
  if (d.date) lines.push(`<p>${escapeHtml(l.issuedOn)} : ${escapeHtml(formatDate(d.date, lang))}</p>`);
  lines.push(`<p class="std-signer-title">${escapeHtml(signer.title)}</p>`);
  lines.push(`<p class="std-signer-name">${escapeHtml(signer.name)}</p>`);
  if (signer.rank) lines.push(`<p>${escapeHtml(signer.rank)}</p>`);
  if (signer.nip) lines.push(`<p>${escapeHtml(l.nip)} ${escapeHtml(signer.nip)}</p>`);
  return `<section class="std-signature">${lines.join('')}</section>`;
}

/** Renders one office's standard in the seed's layout: letterhead, title, numbered component tables, signature. */
export function renderStandardHtml(std: OfficeStandard, lang: Lang = 'id'): string {
  const l = labels(lang);
  const head = `<thead><tr>${l.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const tables = componentTables(std, lang).map((t) => {
    const caption = t.title ? `<caption>${escapeHtml(t.title)}</caption>` : '';
    const body = t.rows.map((r) => renderRow(r, l.notStated)).join('');
    return `<table class="std-table">${caption}${head}<tbody>${body}</tbody></table>`;
  });
  const title = titleLines(std, lang)
    .map((line) => escapeHtml(line))
    .join('<br>');
  return (
    `<article class="service-standard" lang="${lang}" data-office="${escapeHtml(std.office.slug)}">` +
    renderLetterhead(std, lang) +
    `<h1 class="std-title">${title}</h1>` +
    renderDecree(std, lang) +
    tables.join('') +
    renderSignature(std, lang) +
    `</article>`
  );
}
