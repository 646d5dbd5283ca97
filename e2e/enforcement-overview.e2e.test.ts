import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, openPage, useServerAndPage, waitForContent } from './browser.js';

const NAV = 'Hoofdnavigatie';

/** Waits for the three overview requests of the landing page to settle (each section shows its loading notice until then). */
async function settled(page: Page): Promise<void> {
  await waitForContent(page);
  await page.locator('main .dwb-loading').first().waitFor({ state: 'detached' });
}

describe('the enforcement landing page', () => {
  const e2e = useServerAndPage();
  let management: Page;
  let lawyer: Page;

  beforeAll(async () => {
    await logIn(e2e.page, e2e.server, 'analist');
    management = (await openPage(e2e.browser)).page;
    await logIn(management, e2e.server, 'management');
    lawyer = (await openPage(e2e.browser)).page;
    await logIn(lawyer, e2e.server, 'jurist');
  });

  it('shows the analyst the sections, the deadlines with "Te laat" in words, the closures and the figures', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Handhaving', exact: true }).click();
    await expectHeading(page, 'Handhaving');
    await settled(page);

    const sections = page.getByRole('navigation', { name: 'Onderdelen van handhaving' });
    for (const name of ['Controles', 'Maatregelen', 'Bibob-toetsen', 'Termijn berekenen']) {
      await sections.getByRole('link', { name, exact: true }).waitFor();
    }
    // The analyst keeps no policy (no enforcement:manage).
    expect(await sections.getByRole('link', { name: 'Handhavingsbeleid' }).count()).toBe(0);
    expect(await sections.getByRole('link', { name: 'Termijn berekenen' }).getAttribute('href')).toBe('/termijn-berekenen');

    for (const heading of ['Termijnen', 'Sluitingen die nu gelden', 'Aantallen']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    const deadlines = page.getByRole('table', { name: 'Termijnen, te laat en vroegste eerst' });
    if ((await deadlines.count()) > 0) {
      for (const row of await deadlines.locator('tr.dwb-row--overdue').all()) {
        expect(await row.innerText()).toContain('Te laat');
      }
    } else {
      await page.getByText('Geen open termijnen in deze periode.').waitFor();
    }
    await page.getByText('Alle zaken van de gemeente.').waitFor();
    await expectAccessible(page, 'enforcement landing page (analyst)');

    // The deadline filters go into the URL and survive a reload.
    await page.getByLabel('Aflopend binnen').selectOption({ label: '30 dagen' });
    await page.getByLabel('Soort termijn').selectOption({ label: 'Bezwaartermijn' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?days=30&kind=objection');
    await page.reload();
    await expectHeading(page, 'Handhaving');
    await settled(page);
    expect(await page.getByLabel('Aflopend binnen').inputValue()).toBe('30');
    expect(await page.getByLabel('Soort termijn').inputValue()).toBe('objection');
    await expectAccessible(page, 'enforcement landing page with deadline filters');
  });

  it('shows management the figures only, with small numbers hidden', async () => {
    // Management has no records:read, so no "Handhaving" in the navigation yet: the page is reached by its address.
    await management.goto(appUrl(e2e.server, '/enforcement'));
    await expectHeading(management, 'Handhaving');
    await settled(management);
    await management.getByRole('heading', { level: 2, name: 'Aantallen' }).waitFor();
    await management.getByText('Aantallen van 1 tot en met 4 staan er als “< 5”', { exact: false }).waitFor();
    expect(await management.getByRole('heading', { level: 2, name: 'Termijnen' }).count()).toBe(0);
    expect(await management.getByRole('heading', { level: 2, name: 'Sluitingen die nu gelden' }).count()).toBe(0);
    const sections = management.getByRole('navigation', { name: 'Onderdelen van handhaving' });
    expect(await sections.getByRole('link', { name: 'Maatregelen' }).count()).toBe(0);
    await expectAccessible(management, 'enforcement landing page (management)');
  });

  it('gives the jurist the policy landing page with links to each part of the policy', async () => {
    await lawyer.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Handhaving', exact: true }).click();
    await expectHeading(lawyer, 'Handhaving');
    await settled(lawyer);
    await lawyer.getByText('Alleen de zaken die je mag inzien.').waitFor();
    await lawyer.getByRole('navigation', { name: 'Onderdelen van handhaving' }).getByRole('link', { name: 'Handhavingsbeleid' }).click();
    await expectHeading(lawyer, 'Handhavingsbeleid');
    const links = lawyer.getByRole('navigation', { name: 'Onderdelen van het handhavingsbeleid' });
    for (const [name, path] of [
      ['Grondslagen', '/app/enforcement/policy/legal-bases'],
      ['Escalatiematrix', '/app/enforcement/policy/matrix'],
      ['Checklists voor controles', '/app/enforcement/policy/checklists'],
      ['Briefsjablonen', '/app/enforcement/policy/letter-templates'],
    ] as const) {
      expect(await links.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(path);
    }
    await expectAccessible(lawyer, 'enforcement policy landing page');
  });
});
