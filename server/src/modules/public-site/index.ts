import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { en, nl, type PageContent } from './content.js';

const require = createRequire(import.meta.url);
const utrechtCss = dirname(require.resolve('@utrecht/component-library-css/dist/index.css'));
const utrechtTokens = dirname(require.resolve('@utrecht/design-tokens/dist/index.css'));

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Renders the public page as plain HTML in the Utrecht theme: no JavaScript needed. */
export function renderPublicPage(c: PageContent): string {
  const e = escapeHtml;
  const sections = c.sections
    .map(
      (s) =>
        `<section><h2 class="utrecht-heading-2">${e(s.heading)}</h2>${s.paragraphs.map((p) => `<p class="utrecht-paragraph">${e(p)}</p>`).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${c.lang}" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(c.title)} | Gemeente Utrecht</title>
<link rel="stylesheet" href="/assets/utrecht/tokens/index.css">
<link rel="stylesheet" href="/assets/utrecht/css/index.css">
<link rel="stylesheet" href="/assets/public.css">
</head>
<body class="utrecht-document utrecht-document--surface">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">${e(c.skip)}</a>
<div class="utrecht-page">
<header class="utrecht-page-header">
<div class="dwb-public-header"><span class="dwb-logo">Gemeente Utrecht</span>
<a class="utrecht-link" href="${c.otherLanguage.href}" lang="${c.otherLanguage.lang}" hreflang="${c.otherLanguage.lang}">${e(c.otherLanguage.label)}</a></div>
</header>
<main class="utrecht-page-content" id="main">
<article class="utrecht-article">
<h1 class="utrecht-heading-1">${e(c.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(c.intro)}</p>
<h2 class="utrecht-heading-2">${e(c.approachHeading)}</h2>
<ul class="utrecht-unordered-list">${c.approach.map((a) => `<li class="utrecht-unordered-list__item">${e(a)}</li>`).join('')}</ul>
${sections}
<section aria-labelledby="contact">
<h2 class="utrecht-heading-2" id="contact">${e(c.contactHeading)}</h2>
<p class="utrecht-paragraph">${e(c.phoneLabel)}: <a class="utrecht-link utrecht-link--telephone" href="tel:14030">14 030</a><br>${e(c.phoneHours)}</p>
<p class="utrecht-paragraph">${e(c.emailLabel)}: <a class="utrecht-link" href="mailto:secretariaatveiligheid@utrecht.nl">secretariaatveiligheid@utrecht.nl</a></p>
<p class="utrecht-paragraph"><strong>${e(c.emergency)}</strong></p>
</section>
</article>
</main>
<footer class="utrecht-page-footer">
<p class="utrecht-paragraph">${e(c.footer)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link dwb-footer-link" href="/app/">${e(c.staffLink)}</a></p>
</footer>
</div>
</body>
</html>`;
}

const publicCss = `.dwb-public-header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap;padding-block:1rem}
.dwb-logo{font-weight:700;font-size:1.25rem}
.utrecht-page-footer .utrecht-link.dwb-footer-link{color:inherit}
`;

/** Public information pages (no login, no JavaScript) and the Utrecht style sheets they use. */
export function publicSiteModule(_deps: AppDeps): FastifyPluginAsync {
  const pages = { nl: renderPublicPage(nl), en: renderPublicPage(en) };
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
