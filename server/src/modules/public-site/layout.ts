import { en, nl } from './content.js';

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One public page inside the shared frame: header with logo and language link, footer. */
export interface PublicPageFrame {
  lang: 'nl' | 'en';
  /** Document title, before " | Gemeente Utrecht". */
  title: string;
  /** The content of <main>, as HTML (its h1 included); every echoed value must already be escaped. */
  main: string;
  /** The same page in the other language. */
  otherLanguage: { href: string; label: string; lang: 'nl' | 'en' };
}

/** A public page as plain HTML in the Utrecht theme, with the staff app's layout classes: no JavaScript needed. */
export function renderPublicLayout(page: PublicPageFrame, styleSheets: string[]): string {
  const e = escapeHtml;
  const chrome = page.lang === 'nl' ? nl : en;
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.title)} | Gemeente Utrecht</title>
${styleSheets.map((href) => `<link rel="stylesheet" href="${e(href)}">`).join('\n')}
</head>
<body>
<div class="utrecht-surface utrecht-theme dwb-surface"><div class="utrecht-document dwb-document">
<p><a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">${e(chrome.skip)}</a></p>
<div class="utrecht-page dwb-page">
<header class="utrecht-page-header dwb-header"><div class="utrecht-page-header__content dwb-header__content">
<a class="dwb-logo" href="${page.lang === 'nl' ? '/' : '/en'}">Gemeente Utrecht</a>
<div class="dwb-header__tools"><a class="utrecht-link" href="${e(page.otherLanguage.href)}" lang="${page.otherLanguage.lang}" hreflang="${page.otherLanguage.lang}">${e(page.otherLanguage.label)}</a></div>
</div></header>
<div class="utrecht-page-content dwb-content">
<main class="utrecht-page-content__main dwb-main" id="main">
${page.main}
</main>
</div>
<footer class="utrecht-page-footer dwb-footer"><div class="utrecht-page-footer__content">
<p class="utrecht-paragraph">${e(chrome.footer)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link dwb-footer-link" href="/app/">${e(chrome.staffLink)}</a></p>
</div></footer>
</div></div></div>
</body>
</html>`;
}
