import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { deadlineCalculatorPages } from '../legal/index.js';
import { en, nl, type PageContent } from './content.js';
import { escapeHtml, renderPublicLayout } from './layout.js';

export { escapeHtml, renderPublicLayout, type PublicPageFrame } from './layout.js';

const require = createRequire(import.meta.url);
const utrechtCss = dirname(require.resolve('@utrecht/component-library-css/dist/index.css'));
const utrechtTokens = dirname(require.resolve('@utrecht/design-tokens/dist/index.css'));

/** Renders the public information page "Aanpak drugscriminaliteit" in the shared frame (see layout.ts). */
export function renderPublicPage(c: PageContent, styleSheets: string[]): string {
  const e = escapeHtml;
  const sections = c.sections
    .map(
      (s) =>
        `<section class="dwb-section"><h2 class="utrecht-heading-2">${e(s.heading)}</h2>${s.paragraphs.map((p) => `<p class="utrecht-paragraph">${e(p)}</p>`).join('')}</section>`,
    )
    .join('\n');
  const main = `<h1 class="utrecht-heading-1 dwb-page-title">${e(c.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(c.intro)}</p>
<section class="dwb-section"><h2 class="utrecht-heading-2">${e(c.approachHeading)}</h2>
<ul class="utrecht-unordered-list">${c.approach.map((a) => `<li class="utrecht-unordered-list__item">${e(a)}</li>`).join('')}</ul></section>
${sections}
<section class="dwb-section"><h2 class="utrecht-heading-2">${e(c.report.heading)}</h2>
<p class="utrecht-paragraph">${e(c.report.text)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${e(c.report.href)}">${e(c.report.link)}</a></p></section>
<section class="dwb-section"><h2 class="utrecht-heading-2">${e(c.deadline.heading)}</h2>
<p class="utrecht-paragraph">${e(c.deadline.text)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${e(c.deadline.href)}">${e(c.deadline.link)}</a></p></section>
<section class="dwb-section" aria-labelledby="contact">
<h2 class="utrecht-heading-2" id="contact">${e(c.contactHeading)}</h2>
<p class="utrecht-paragraph">${e(c.phoneLabel)}: <a class="utrecht-link utrecht-link--telephone" href="tel:14030">14 030</a><br>${e(c.phoneHours)}</p>
<p class="utrecht-paragraph">${e(c.emailLabel)}: <a class="utrecht-link" href="mailto:secretariaatveiligheid@utrecht.nl">secretariaatveiligheid@utrecht.nl</a></p>
<p class="utrecht-paragraph"><strong>${e(c.emergency)}</strong></p>
</section>`;
  return renderPublicLayout({ lang: c.lang, title: c.title, main, otherLanguage: c.otherLanguage }, styleSheets);
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
    // The deadline calculator is the legal module's page; it is served here, outside /api, in the same frame.
    await app.register(deadlineCalculatorPages(deps, (page) => renderPublicLayout(page, sheets)));
  };
}
