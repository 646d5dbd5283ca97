import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, launchBrowser, logIn, openPage, waitForContent } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

describe('the privacy officer reviews the audit trail and the processing log', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  const navigateTo = async (label: string) => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: label }).click();
    await expectHeading(page, label);
    await waitForContent(page);
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    ({ page } = await openPage(browser));
    await logIn(page, server, 'privacy');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers the audit pages in the navigation', async () => {
    const links = await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Mijn werk', 'Audittrail', 'Verwerkingenlogboek', 'Verwerkingsregister']);
  });

  it('shows the audit trail, verifies the chain and filters by user', async () => {
    await navigateTo('Audittrail');
    const events = page.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    await events.waitFor();
    expect(await events.getByRole('row').filter({ hasText: 'privacy' }).filter({ hasText: 'login' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'Audittrail');

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    const verdict = page.getByRole('status').filter({ hasText: /De keten is intact\. \d+ gebeurtenissen gecontroleerd\./ });
    await verdict.waitFor();
    await expectAccessible(page, 'Audittrail with the verification result');

    await page.getByLabel('Gebruiker (id of gebruikersnaam)').fill('analist');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/actor=analist/);
    await page.getByText('Er zijn geen gebeurtenissen die aan de filters voldoen.').waitFor();

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => !url.search.includes('actor='));
    await events.waitFor();
  });

  it('shows the processing log', async () => {
    await navigateTo('Verwerkingenlogboek');
    await page.getByRole('group', { name: 'Verwerkingen zoeken' }).waitFor();
    const table = page.getByRole('table', { name: 'Verwerkingen' });
    const empty = page.getByText('Er zijn geen verwerkingen gevonden die aan de zoekvraag voldoen.');
    await table.or(empty).waitFor();
    expect(await page.getByLabel('Verwerkingsactiviteit').locator('option').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'Verwerkingenlogboek');
  });

  it('shows the register of processing activities', async () => {
    await navigateTo('Verwerkingsregister');
    const register = page.getByRole('table', { name: 'Verwerkingsactiviteiten' });
    await register.waitFor();
    expect(await register.getByRole('row', { name: /Beheer van gebruikersaccounts/ }).count()).toBe(1);
    await expectAccessible(page, 'Verwerkingsregister');
  });
});
