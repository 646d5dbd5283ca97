import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, launchBrowser, logIn, openPage, waitForContent } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

describe('logging in with password and TOTP', () => {
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

  it('lands the analyst on "Mijn werk" with her open tasks', async () => {
    await logIn(page, server, 'analist');

    expect(await page.title()).toBe('Mijn werk · Dwarsboom');
    await expectAccessible(page, 'Mijn werk');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(3); // header + the two seeded tasks
    const overdue = page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ });
    await expect.poll(() => overdue.textContent()).toMatch(/Te laat/);
    const notOverdue = page.getByRole('row', { name: /Wekelijkse analyse van nieuwe meldingen/ });
    expect(await notOverdue.textContent()).not.toMatch(/Te laat/);
  });

  it('shows only the navigation the role allows, and refuses other pages', async () => {
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Mijn werk']);

    await page.goto(appUrl(server, '/audit'));
    await expectHeading(page, 'Geen toegang');
    await expectAccessible(page, 'forbidden page');
  });

  it('marks a task as done and says so', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn werk' }).click();
    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);

    await page.getByRole('button', { name: /^Markeer als gedaan\W+Voorbereiden RIEC-casusoverleg$/ }).click();
    await page.getByRole('status').filter({ hasText: 'De taak “Voorbereiden RIEC-casusoverleg” is afgerond.' }).waitFor();
    expect(await page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ }).count()).toBe(0);
    await expectAccessible(page, 'Mijn werk after completing a task');

    await page.reload();
    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);
    expect(await page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ }).count()).toBe(0);
    expect(await page.getByRole('row', { name: /Wekelijkse analyse van nieuwe meldingen/ }).count()).toBe(1);
  });

  it('"Overal uitloggen" ends the sessions in other browsers, which then return to the login page', async () => {
    const other = await openPage(browser);
    await logIn(other.page, server, 'analist');

    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    await expectHeading(page, 'Inloggen');
    await page.getByText('Je bent op al je apparaten en browsers uitgelogd.').waitFor();

    // The other browser still shows "Mijn werk"; its next API call answers 401.
    await other.page.getByRole('button', { name: /^Markeer als gedaan\W+Wekelijkse analyse van nieuwe meldingen$/ }).click();
    await expectHeading(other.page, 'Inloggen');
    await other.page.getByText('Je sessie is verlopen. Log opnieuw in om verder te werken.').waitFor();
    await expectAccessible(other.page, 'login page after the session ended');
    await other.context.close();
  });
});
