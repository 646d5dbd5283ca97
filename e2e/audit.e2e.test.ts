import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, logIn, waitForContent, useServerAndPage } from './browser.js';

describe('the privacy officer reviews the audit trail and the processing log', () => {
  const e2e = useServerAndPage();

  const navigateTo = async (label: string) => {
    await e2e.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: label }).click();
    await expectHeading(e2e.page, label);
    await waitForContent(e2e.page);
  };

  beforeAll(() => logIn(e2e.page, e2e.server, 'privacy'));

  it('offers the audit pages in the navigation', async () => {
    const links = await e2e.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Mijn werk', 'Audittrail', 'Verwerkingenlogboek', 'Verwerkingsregister']);
  });

  it('shows the audit trail, verifies the chain and filters by user', async () => {
    await navigateTo('Audittrail');
    const events = e2e.page.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    await events.waitFor();
    expect(await events.getByRole('row').filter({ hasText: 'privacy' }).filter({ hasText: 'login' }).count()).toBeGreaterThan(0);
    await expectAccessible(e2e.page, 'Audittrail');

    await e2e.page.getByRole('button', { name: 'Keten controleren' }).click();
    const verdict = e2e.page.getByRole('status').filter({ hasText: /De keten is intact\. \d+ gebeurtenissen gecontroleerd\./ });
    await verdict.waitFor();
    await expectAccessible(e2e.page, 'Audittrail with the verification result');

    await e2e.page.getByLabel('Gebruiker (id of gebruikersnaam)').fill('management');
    await e2e.page.getByRole('button', { name: 'Zoeken' }).click();
    await e2e.page.waitForURL(/actor=management/);
    await e2e.page.getByText('Er zijn geen gebeurtenissen die aan de filters voldoen.').waitFor();

    await e2e.page.getByRole('button', { name: 'Filters wissen' }).click();
    await e2e.page.waitForURL((url) => !url.search.includes('actor='));
    await events.waitFor();
  });

  it('shows the processing log', async () => {
    await navigateTo('Verwerkingenlogboek');
    await e2e.page.getByRole('group', { name: 'Verwerkingen zoeken' }).waitFor();
    const table = e2e.page.getByRole('table', { name: 'Verwerkingen' });
    const empty = e2e.page.getByText('Er zijn geen verwerkingen gevonden die aan de zoekvraag voldoen.');
    await table.or(empty).waitFor();
    expect(await e2e.page.getByLabel('Verwerkingsactiviteit').locator('option').count()).toBeGreaterThan(1);
    await expectAccessible(e2e.page, 'Verwerkingenlogboek');
  });

  it('shows the register of processing activities', async () => {
    await navigateTo('Verwerkingsregister');
    const register = e2e.page.getByRole('table', { name: 'Verwerkingsactiviteiten' });
    await register.waitFor();
    expect(await register.getByRole('row', { name: /Beheer van gebruikersaccounts/ }).count()).toBe(1);
    await expectAccessible(e2e.page, 'Verwerkingsregister');
  });
});
