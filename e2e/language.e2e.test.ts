import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, demoUser, expectAccessible, expectHeading, launchBrowser, openPage, waitForContent } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

describe('switching the interface language', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    ({ page } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows Dutch by default and English after choosing it', async () => {
    await page.goto(appUrl(server));
    await expectHeading(page, 'Inloggen');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const languages = page.getByRole('group', { name: 'Taal' });
    expect(await languages.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    await languages.getByRole('button', { name: 'English' }).click();

    await expectHeading(page, 'Log in');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Log in · Dwarsboom');
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);
    const switcher = page.getByRole('group', { name: 'Language' });
    expect(await switcher.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'English login page');
  });

  it('keeps English through the login flow and after a reload', async () => {
    const user = demoUser(server, 'management');
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    await expectHeading(page, 'Verification code');
    await page.getByLabel('Verification code or recovery code').fill(server.totp(user.totpSecret));
    await page.getByRole('button', { name: 'Log in' }).click();

    await expectHeading(page, 'My work');
    await waitForContent(page);
    await page.getByText(/You have no open tasks\./).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).toEqual(['My work']);
    expect(await page.getByRole('button', { name: 'Log out everywhere' }).count()).toBe(1);
    await expectAccessible(page, 'English My work');

    await page.reload();
    await expectHeading(page, 'My work');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
    await expectHeading(page, 'Mijn werk');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Mijn werk · Dwarsboom');
  });
});
