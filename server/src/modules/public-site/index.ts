import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { en, nl, type PageContent } from './content.js';

const require = createRequire(import.meta.url);
const utrechtCss = dirname(require.resolve('@utrecht/component-library-css/dist/index.css'));
const utrechtTokens = dirname(require.resolve('@utrecht/design-tokens/dist/index.css'));

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Renders the public page as plain HTML in the Utrecht theme, with the staff app's layout classes: no JavaScript needed. */
export function renderPublicPage(c: PageContent, styleSheets: string[]): string {
  const e = escapeHtml;
  const sections = c.sections
    .map(
      (s) =>
        `<section class="dwb-section"><h2 class="utrecht-heading-2">${e(s.heading)}</h2>${s.paragraphs.map((p) => `<p class="utrecht-paragraph">${e(p)}</p>`).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(c.title)} | Gemeente Utrecht</title>
${styleSheets.map((href) => `<link rel="stylesheet" href="${e(href)}">`).join('\n')}
</head>
<body>
<div class="utrecht-surface utrecht-theme dwb-surface"><div class="utrecht-document dwb-document">
<p><a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">${e(c.skip)}</a></p>
<div class="utrecht-page dwb-page">
<header class="utrecht-page-header dwb-header"><div class="utrecht-page-header__content dwb-header__content">
<a class="dwb-logo" href="${c.lang === 'nl' ? '/' : '/en'}">Gemeente Utrecht</a>
<div class="dwb-header__tools"><a class="utrecht-link" href="${c.otherLanguage.href}" lang="${c.otherLanguage.lang}" hreflang="${c.otherLanguage.lang}">${e(c.otherLanguage.label)}</a></div>
</div></header>
<div class="utrecht-page-content dwb-content">
<main class="utrecht-page-content__main dwb-main" id="main">
<h1 class="utrecht-heading-1 dwb-page-title">${e(c.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(c.intro)}</p>
<section class="dwb-section"><h2 class="utrecht-heading-2">${e(c.approachHeading)}</h2>
<ul class="utrecht-unordered-list">${c.approach.map((a) => `<li class="utrecht-unordered-list__item">${e(a)}</li>`).join('')}</ul></section>
${sections}
<section class="dwb-section" aria-labelledby="contact">
<h2 class="utrecht-heading-2" id="contact">${e(c.contactHeading)}</h2>
<p class="utrecht-paragraph">${e(c.phoneLabel)}: <a class="utrecht-link utrecht-link--telephone" href="tel:14030">14 030</a><br>${e(c.phoneHours)}</p>
<p class="utrecht-paragraph">${e(c.emailLabel)}: <a class="utrecht-link" href="mailto:secretariaatveiligheid@utrecht.nl">secretariaatveiligheid@utrecht.nl</a></p>
<p class="utrecht-paragraph"><strong>${e(c.emergency)}</strong></p>
</section>
</main>
</div>
<footer class="utrecht-page-footer dwb-footer"><div class="utrecht-page-footer__content">
<p class="utrecht-paragraph">${e(c.footer)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link dwb-footer-link" href="/app/">${e(c.staffLink)}</a></p>
</div></footer>
</div></div></div>
</body>
</html>`;
}

/**
 * The style sheets of the built staff app, in load order, from Vite's manifest; the public pages
 * share them so both look the same. Without a build, the Utrecht style sheets alone.
 */
export function appStyleSheets(webDist: string): string[] {
  const manifestFile = join(webDist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return ['/assets/utrecht/tokens/index.css', '/assets/utrecht/css/index.css', '/assets/public.css'];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { css?: string[]; imports?: string[]; isEntry?: boolean }>;
  const seen = new Set<string>();
  const sheets: string[] = [];
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const css of chunk.css ?? []) sheets.push(`/app/${css}`);
  };
  visit('index.html');
  return [...sheets, '/assets/public.css'];
}

/** What only the public pages need on top of the app's style sheets: a readable footer link on red. */
const publicCss = `.utrecht-page-footer .utrecht-link.dwb-footer-link{color:inherit}
`;

/** Public information pages (no login, no JavaScript) and the Utrecht style sheets they use. */
export function publicSiteModule(deps: AppDeps & { webDist: string }): FastifyPluginAsync {
  const sheets = appStyleSheets(deps.webDist);
  const pages = { nl: renderPublicPage(nl, sheets), en: renderPublicPage(en, sheets) };
  return async (app) => {
    await app.register(fastifyStatic, {
      root: utrechtCss,
      prefix: '/assets/utrecht/css/',
      decorateReply: false,
      index: false,
      allowedPath: (p) => p.endsWith('.css'),
    });
    await app.register(fastifyStatic, {
      root: utrechtTokens,
      prefix: '/assets/utrecht/tokens/',
      decorateReply: false,
      index: false,
      allowedPath: (p) => p.endsWith('.css'),
    });
    app.get('/assets/public.css', { schema: { hide: true } }, (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(publicCss),
    );
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.type('text/html; charset=utf-8').send(pages.nl));
    app.get('/en', { schema: { hide: true } }, (_req, reply) => reply.type('text/html; charset=utf-8').send(pages.en));
  };
}
