import type { Lang } from '../../platform/errors.js';
import type { OfficeStandard } from './standard.schema.js';
import { escapeHtml, renderStandardHtml } from './standard.html.js';

/**
 * The public page of an office's standard: a complete, printable HTML document around the
 * rendered standard. System fonts and no script, so it is light on a cheap phone.
 */
export function renderStandardPage(std: OfficeStandard, meta: { slug: string; version: number; effectiveDate: string }, lang: Lang): string {
  const t = lang === 'en'
    ? { title: 'Service standard', pdf: 'Download PDF', json: 'Data (JSON)', version: 'Version', from: 'in force from', back: 'Office page', other: 'Bahasa Indonesia' }
    : { title: 'Standar Pelayanan', pdf: 'Unduh PDF', json: 'Data (JSON)', version: 'Versi', from: 'berlaku sejak', back: 'Halaman kantor', other: 'English' };
  const otherLang = lang === 'en' ? 'id' : 'en';
  const name = escapeHtml(std.office.agencyName);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} — ${name}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.45; }
  header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
  header { border-bottom: 3px double #1b1b1b; }
  nav a { margin-right: 1rem; }
  a { color: #0b4f8a; }
  table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 0.95rem; }
  th, td { border: 1px solid #555; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
  th { background: #eef2f6; }
  ol, ul { margin: 0.2rem 0; padding-left: 1.3rem; }
  @media (max-width: 480px) { table { font-size: 0.85rem; } th, td { padding: 0.25rem; } }
  @media print { nav, footer { display: none; } header { border: 0; } }
</style>
</head>
<body>
<header>
  <nav aria-label="${t.title}">
    <a href="/${meta.slug}?lang=${lang}">${t.back}</a>
    <a href="/${meta.slug}/standar-pelayanan.pdf">${t.pdf}</a>
    <a href="/api/v1/offices/${meta.slug}/standard">${t.json}</a>
    <a href="/${meta.slug}/standar-pelayanan?lang=${otherLang}" lang="${otherLang}">${t.other}</a>
  </nav>
  <p>${t.version} ${meta.version}, ${t.from} ${escapeHtml(meta.effectiveDate)}</p>
</header>
<main>
${renderStandardHtml(std, lang)}
</main>
</body>
</html>`;
}
