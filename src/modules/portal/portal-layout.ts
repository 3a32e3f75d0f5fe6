import type { Lang } from '../../platform/errors.js';
import { html, type SafeHtml } from './html.js';
import { href, portalT } from './portal-i18n.js';
import type { PortalAssets } from './portal-assets.js';

export interface PageInput {
  lang: Lang;
  title: string;
  /** The page's own path (without ?lang), for the language switch. */
  path: string;
  body: SafeHtml;
  description?: string;
}

/** The one HTML frame of every portal page: skip link, header with language switch, main, footer. */
export function renderPage(assets: PortalAssets, page: PageInput): string {
  const t = portalT(page.lang);
  const other: Lang = page.lang === 'en' ? 'id' : 'en';
  const doc = html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t('siteName')}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.css.url}">
${assets.scriptUrl ? html`<script type="module" src="${assets.scriptUrl}"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t('skipLink')}</a>
<header class="site">
<div class="wrap bar">
<a class="brand" href="${href('/', page.lang)}">${t('siteName')}</a>
<a class="lang" href="${href(page.path, other)}" hreflang="${other}" lang="${other}" aria-label="${t('switchLangLabel')}">${t('switchLang')}</a>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${page.body}
</main>
<footer class="site">
<div class="wrap">
<p>${t('footer')}</p>
<p><a href="${href('/lacak', page.lang)}">${t('footerTrack')}</a></p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
