import type { Lang } from '../../platform/errors.js';
import type { ItemStyle, OfficeStandard, Part, StandardComponent } from './standard.schema.js';

/** Labels and layout decisions shared by the HTML and PDF renderings, so both read the same. */

export interface RenderLabels {
  heading: string;
  parts: Record<Part, string>;
  columns: [string, string, string];
  notStated: string;
  decreeNumber: string;
  decreeDate: string;
  effectiveDate: string;
  revision: string;
  issuedAt: string;
  issuedOn: string;
  nip: string;
  phone: string;
  fax: string;
  postalCode: string;
}

const LABELS: Record<Lang, RenderLabels> = {
  id: {
    heading: 'STANDAR PELAYANAN',
    // PermenPANRB 15/2014 wording, used when a seed's table has no part heading of its own.
    parts: {
      service_delivery: 'A. PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)',
      manufacturing: 'B. PENGELOLAAN PELAYANAN (MANUFACTURING)',
    },
    columns: ['NO', 'KOMPONEN', 'URAIAN'],
    notStated: 'tidak dinyatakan',
    decreeNumber: 'Nomor',
    decreeDate: 'Tanggal penetapan',
    effectiveDate: 'Tanggal berlaku',
    revision: 'Revisi',
    issuedAt: 'Ditetapkan di',
    issuedOn: 'Pada tanggal',
    nip: 'NIP.',
    phone: 'Telepon',
    fax: 'Fax',
    postalCode: 'Kode Pos',
  },
  en: {
    heading: 'SERVICE STANDARD',
    parts: {
      service_delivery: 'A. SERVICE DELIVERY PROCESS',
      manufacturing: 'B. SERVICE MANAGEMENT (MANUFACTURING)',
    },
    columns: ['NO', 'COMPONENT', 'DESCRIPTION'],
    notStated: 'not stated',
    decreeNumber: 'Number',
    decreeDate: 'Date issued',
    effectiveDate: 'Effective date',
    revision: 'Revision',
    issuedAt: 'Issued at',
    issuedOn: 'Date',
    nip: 'NIP.',
    phone: 'Phone',
    fax: 'Fax',
    postalCode: 'Postal code',
  },
};

export function labels(lang: Lang): RenderLabels {
  return LABELS[lang];
}

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2024-01-02" → "02 Januari 2024", the way the seeds date their decrees. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[lang][Number(m) - 1] ?? m;
  return lang === 'id' ? `${d} ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';
/** List marker for the i-th item (0-based) in a given style; '' for unnumbered lines. */
export function marker(style: ItemStyle, index: number): string {
  switch (style) {
    case 'decimal':
      return `${index + 1}.`;
    case 'paren-decimal':
      return `${index + 1})`;
    case 'lower-alpha':
      return `${ALPHA[index % 26]}.`;
    case 'upper-alpha':
      return `${ALPHA[index % 26]!.toUpperCase()}.`;
    case 'dash':
      return '-';
    case 'none':
      return '';
  }
}

export interface ComponentTable {
  /** null for the single mixed table some seeds publish (Pasuruan, Tarakan, Malinau). */
  title: string | null;
  rows: StandardComponent[];
}

/**
 * Splits components into the tables to print. Two-part documents keep each part's rows in seed order;
 * single-table documents keep the one table as published rather than regrouping it, because the row
 * numbers are the seed's and regrouping would print them out of sequence.
 */
export function componentTables(std: OfficeStandard, lang: Lang): ComponentTable[] {
  if (std.document.layout === 'single_table') return [{ title: null, rows: std.components }];
  const l = labels(lang);
  return (['service_delivery', 'manufacturing'] as const)
    .map((part) => ({
      title: (lang === 'id' ? std.document.partTitles[part] : null) ?? l.parts[part],
      rows: std.components.filter((c) => c.part === part),
    }))
    .filter((t) => t.rows.length > 0);
}

/** Title lines: the generic heading is added only when the seed's own title does not begin with it. */
export function titleLines(std: OfficeStandard, lang: Lang): string[] {
  const heading = labels(lang).heading;
  return /^STANDAR/i.test(std.document.title) ? [std.document.title] : [heading, std.document.title];
}

/** "Jl. Cakraningrat No. 2, Telepon (0343 423453), Fax (0343 422563), Kode Pos (67129)" as on the letterhead. */
export function addressLine(std: OfficeStandard, lang: Lang): string | null {
  const o = std.office;
  const l = labels(lang);
  const parts = [
    o.address,
    o.phone && `${l.phone} (${o.phone})`,
    o.fax && `${l.fax} (${o.fax})`,
    o.postalCode && `${l.postalCode} (${o.postalCode})`,
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : null;
}

export function contactLine(std: OfficeStandard): string | null {
  const o = std.office;
  const parts = [o.website && `Website ${o.website}`, o.email && `Email ${o.email}`].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join('  ') : null;
}

/** Decree facts to print, with "tidak dinyatakan" for what the seed leaves out. */
export function decreeFacts(std: OfficeStandard, lang: Lang): Array<{ label: string; value: string | null }> {
  const l = labels(lang);
  const d = std.decree;
  const facts = [
    { label: l.decreeNumber, value: d?.number ?? null },
    { label: l.decreeDate, value: d?.date ? formatDate(d.date, lang) : null },
    { label: l.effectiveDate, value: std.effectiveDate ? formatDate(std.effectiveDate, lang) : null },
  ];
  if (d?.revision) facts.push({ label: l.revision, value: d.revision });
  return facts;
}
