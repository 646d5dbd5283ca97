import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

describe('public information page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['/', 'nl', 'Over aanpak drugscriminaliteit', 'English'],
    ['/en', 'en', 'About the approach to drug crime', 'Nederlands'],
  ])('%s works without JavaScript, is accessible and links to the other language', async (path, lang, heading, other) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    expect(await page.getByRole('link', { name: /14 030/ }).getAttribute('href')).toBe('tel:14030');
    // The Utrecht style sheets load from the app itself (strict CSP, no external hosts).
    await page.getByRole('link', { name: other }).click();
    expect(await page.getAttribute('html', 'lang')).not.toBe(lang);
    await context.close();

    // axe runs as script in the page, so it checks the same server-rendered page in a context with JavaScript.
    const checked = await browser.newContext();
    const axePage = await checked.newPage();
    await axePage.goto(new URL(path, server.url).href);
    const styled = await axePage.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    expect(styled).not.toMatch(/^"?Times/);
    await expectAccessible(axePage, `public page ${path}`);
    await checked.close();
  });
});
