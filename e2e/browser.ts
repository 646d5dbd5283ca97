import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from './server.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const webIndex = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

/** Chromium as installed on these machines (override with CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(webIndex)) {
    throw new Error('web/dist is missing: build the web app first (npm run build).');
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh context and page (axe refuses pages made with browser.newPage()). */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  return { context, page };
}

/** URL of a page of the staff app, e.g. appUrl(server, '/users'). */
export function appUrl(server: TestServer, path = '/'): string {
  return new URL(`/app${path}`, server.url).href;
}

/** Asserts the page as it is now has no WCAG 2.1 A/AA violations, with a readable failure message. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` + violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The single h1 of the page, once it shows the expected text. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name }).waitFor();
  } catch (error) {
    // Say what the page shows instead, e.g. an error Alert from the server.
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '(no main element)');
    throw new Error(`Expected an h1 "${String(name)}" at ${page.url()}, but main shows:\n${shown}`, { cause: error });
  }
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** Waits until no "loading" notice is left in the main content. */
export async function waitForContent(page: Page): Promise<void> {
  await page.locator('main .dwb-loading').first().waitFor({ state: 'detached' });
}

export function demoUser(server: TestServer, username: string): { username: string; password: string; totpSecret: string } {
  const user = server.demo.users.find((candidate) => candidate.username === username);
  if (!user) {
    throw new Error(`no demo user ${username}`);
  }
  return user;
}

/**
 * Logs a demo user in through the UI (password, then TOTP), checking each page with axe,
 * and ends on "Mijn werk".
 */
export async function logIn(page: Page, server: TestServer, username: string): Promise<void> {
  const user = demoUser(server, username);
  await page.goto(appUrl(server));
  await expectHeading(page, 'Inloggen');
  await expectAccessible(page, 'login page');
  await page.getByLabel('Gebruikersnaam').fill(user.username);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await expectHeading(page, 'Verificatiecode');
  await expectAccessible(page, 'TOTP page');
  await page.getByLabel('Verificatiecode of herstelcode').fill(server.totp(user.totpSecret));
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await expectHeading(page, 'Mijn werk');
  await waitForContent(page);
}

export interface E2eSession {
  server: TestServer;
  browser: Browser;
  page: Page;
}

/**
 * For one describe block: a fresh server, a browser and one page, closed after the block. Use the
 * returned object's fields inside the tests (they are set in beforeAll).
 */
export function useServerAndPage(): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    session.server = await startTestServer();
    session.browser = await launchBrowser();
    session.page = (await openPage(session.browser)).page;
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
