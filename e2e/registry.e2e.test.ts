import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, logIn, waitForContent, useServerAndPage } from './browser.js';

const SEARCH_LABEL = 'Zoek persoon, organisatie, adres, kenteken, IBAN of zaaknummer';

/** Whether the element the locator points at has keyboard focus. */
async function hasFocus(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element === document.activeElement);
}

async function goToRegistry(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Register' }).click();
  await expectHeading(page, 'Register');
}

describe('the analyst searches and maintains the registry', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'analist'));

  it('finds Kevin Janssen with the header search by keyboard only, despite a misspelling', async () => {
    const { page } = e2e;
    const search = page.getByRole('combobox', { name: SEARCH_LABEL });

    // "/" anywhere outside a form field jumps to the search box.
    await page.keyboard.press('/');
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await search.inputValue()).toBe('');

    await page.keyboard.type('Jansen');
    const listbox = page.getByRole('listbox', { name: 'Zoekresultaten' });
    const kevin = listbox.getByRole('option', { name: /Kevin Janssen/ });
    await kevin.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ result(aat|aten)$/ })
      .waitFor({ state: 'attached' });

    // Move down to Kevin's option (the first as a rule) and open it with Enter.
    const options = await listbox.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.includes('Kevin Janssen'));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let step = 0; step <= index; step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await search.getAttribute('aria-activedescendant')).toBe(await kevin.getAttribute('id'));
    expect(await kevin.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Kevin Janssen');
    await waitForContent(page);
    // The query never lands in the URL.
    expect(page.url()).not.toMatch(/jansen/i);
    expect(await search.inputValue()).toBe('');

    const relations = page.getByRole('table', { name: 'Relaties van Kevin Janssen' });
    await relations.waitFor();
    expect(await relations.getByRole('row').filter({ hasText: 'woont op' }).filter({ hasText: 'Kanaalstraat 120' }).count()).toBe(1);
    expect(await relations.getByRole('row').filter({ hasText: 'bekende van' }).filter({ hasText: 'Amrani' }).count()).toBe(1);
    const graph = page.getByRole('img', { name: /^Netwerk van Kevin Janssen met 2 gerelateerde subjecten\./ });
    await graph.waitFor();
    expect(await graph.locator('.dwb-graph__link').count()).toBe(2);
    // The BSN is only shown masked.
    expect(await page.locator('main').innerText()).not.toContain('111222333');
    await expectAccessible(page, 'profile of Kevin Janssen');
  });

  it('shows all hits on the results page after Enter without a chosen option', async () => {
    const { page } = e2e;
    await page.keyboard.press('/');
    await page.keyboard.type('Amrani');
    await page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Register');
    const results = page.getByRole('table', { name: 'Zoekresultaten' });
    await results.waitFor();
    expect(await results.getByRole('link', { name: /Amrani/ }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByLabel('Zoekterm').inputValue()).toBe('Amrani');
    expect(page.url()).not.toMatch(/amrani/i);
    await expectAccessible(page, 'search results page');

    // Escape closes the popup, a second Escape empties the box.
    await page.keyboard.press('/');
    await page.keyboard.type('Fade');
    const search = page.getByRole('combobox', { name: SEARCH_LABEL });
    await page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
  });

  it('records a vehicle: a wrong plate is explained at the field, a right one opens its profile', async () => {
    const { page } = e2e;
    await goToRegistry(page);
    await page.getByRole('link', { name: 'Nieuw subject' }).click();
    await expectHeading(page, 'Nieuw subject');
    await expectAccessible(page, 'create form before choosing a kind');

    await page.getByRole('radio', { name: 'Voertuig' }).check();
    await page.getByLabel('Kenteken', { exact: true }).fill('AB-CD-12-34');
    await page.getByLabel('Bron', { exact: true }).fill('Eigen waarneming');
    await page.getByRole('button', { name: 'Subject vastleggen' }).click();

    const plate = page.getByLabel('Kenteken', { exact: true });
    await expect.poll(() => plate.getAttribute('aria-invalid')).toBe('true');
    const message = page.locator('#new-subject-plate-error');
    expect(await message.innerText()).toContain('Een kenteken bestaat uit 6 letters en cijfers.');
    expect(await plate.getAttribute('aria-describedby')).toContain('new-subject-plate-error');
    // The error summary names the field and links to it.
    await page.getByRole('link', { name: /^Kenteken: Een kenteken bestaat uit 6 letters en cijfers\./ }).waitFor();
    expect(await hasFocus(page, '.dwb-error-summary')).toBe(true);
    await expectAccessible(page, 'create form with a field error');

    await plate.fill('TN-456-Z');
    await page.getByLabel('Omschrijving').fill('Grijze Volkswagen Golf');
    await page.getByRole('button', { name: 'Subject vastleggen' }).click();
    await expectHeading(page, 'TN-456-Z');
    await page.getByRole('status').filter({ hasText: 'Het subject is vastgelegd.' }).waitFor();
    expect(await page.getByText('Grijze Volkswagen Golf').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'profile of the new vehicle');
  });

  it('lists the possible duplicates, with merge and dismiss', async () => {
    const { page } = e2e;
    await goToRegistry(page);
    await page.getByRole('link', { name: 'Mogelijke dubbelen' }).click();
    await expectHeading(page, 'Mogelijke dubbelen');
    await waitForContent(page);

    await page.getByRole('button', { name: 'Opnieuw zoeken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Klaar: \d+ nieuwe mogelijke dubbel/ })
      .waitFor();
    const pairs = page.getByRole('table', { name: 'Open mogelijke dubbelen' });
    await pairs.waitFor();
    const amrani = pairs.getByRole('row').filter({ hasText: 'Mohamed El Amrani' }).filter({ hasText: 'Mohammed el Amrani' });
    expect(await amrani.count()).toBe(1);
    await expectAccessible(page, 'duplicates page');

    // The merge asks which one stays and why, and can be cancelled.
    await amrani.getByRole('button', { name: /^Samenvoegen/ }).click();
    await amrani.getByRole('group', { name: 'Welk subject blijft bestaan?' }).waitFor();
    await expectAccessible(page, 'duplicates page with the merge confirmation');
    await amrani.getByRole('button', { name: 'Annuleren' }).click();
    await amrani.getByRole('button', { name: /^Samenvoegen/ }).waitFor();
  });

  it('imports organisations, keeping the valid rows, and reports the bad line', async () => {
    const { page } = e2e;
    await goToRegistry(page);
    await page.getByRole('link', { name: 'Importeren' }).click();
    await expectHeading(page, 'Importeren');
    await waitForContent(page);
    await expectAccessible(page, 'imports page');

    const csv = [
      'kvknummer;vestigingsnummer;handelsnaam;rechtsvorm;sbi_code;datum_inschrijving',
      '45678901;000045678901;Shisha Lounge Zuilen;Eenmanszaak;5630;2024-01-15',
      '1234;;Foute Regel B.V.;Besloten vennootschap;6820;2020-02-02',
      '56789012;;Telefoonwinkel Overvecht;Eenmanszaak;4742;01-03-2023',
    ].join('\n');
    await page.getByRole('radio', { name: 'Organisaties (CSV)' }).check();
    await page.getByRole('radio', { name: 'Alleen geldige rijen' }).check();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'organisaties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();

    await expectHeading(page, 'Import organisaties.csv');
    const report = page.getByRole('table', { name: 'Fouten per rij' });
    await report.waitFor({ timeout: 30_000 });
    const bad = report.getByRole('row').filter({ hasText: 'kvknummer' });
    expect(await bad.count()).toBe(1);
    expect(await bad.getByRole('rowheader').innerText()).toBe('3');
    expect(await bad.innerText()).toContain('Een KvK-nummer bestaat uit 8 cijfers.');
    const counts = await page.getByRole('region', { name: 'Resultaat' }).innerText();
    expect(counts).toMatch(/Nieuw aangemaakt\s*2/);
    expect(counts).toMatch(/Fout\s*1/);
    await expectAccessible(page, 'import report');

    // The import is listed among my earlier imports.
    await page.getByRole('link', { name: 'Terug naar Importeren' }).click();
    await expectHeading(page, 'Importeren');
    await page.getByRole('table', { name: 'Eerdere imports, nieuwste eerst' }).getByRole('link', { name: 'organisaties.csv' }).waitFor();
  });
});

describe('the beheerder manages areas and SBI codes', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'beheerder'));

  it('offers the reference pages in the navigation, without the register or the header search', async () => {
    const nav = e2e.page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Mijn werk',
      'Gebruikers',
      'Gebieden',
      'SBI-codes',
      'Gelijkgestelde dagen',
      'Meldingcategorieën',
      'Handhavingsbeleid',
      'Jongerenaanpak: criteria',
    ]);
    expect(await e2e.page.getByRole('combobox', { name: SEARCH_LABEL }).count()).toBe(0);
  });

  it('shows the wijken and buurten and the boundary upload', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebieden' }).click();
    await expectHeading(page, 'Gebieden');
    await waitForContent(page);
    const areas = page.getByRole('table', { name: 'Wijken en buurten' });
    await areas.waitFor();
    expect(await areas.getByRole('row').filter({ hasText: 'WK034401' }).count()).toBe(1);
    await page.getByLabel('GeoJSON-bestand').waitFor();
    await expectAccessible(page, 'areas page');
  });

  it('marks an SBI code as risk sector and saves the row', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'SBI-codes' }).click();
    await expectHeading(page, 'SBI-codes');
    await waitForContent(page);
    const codes = page.getByRole('table', { name: 'SBI-codes' });
    await codes.waitFor();
    await expectAccessible(page, 'SBI codes page');

    const restaurants = page.getByRole('checkbox', { name: 'Risicobranche: SBI-code 5610', exact: true });
    expect(await restaurants.isChecked()).toBe(false);
    await restaurants.check();
    await page.getByRole('button', { name: /^Opslaan\W+SBI-code 5610$/ }).click();
    await page.getByRole('status').filter({ hasText: 'SBI-code 5610 is opgeslagen.' }).waitFor();

    await page.reload();
    await expectHeading(page, 'SBI-codes');
    await waitForContent(page);
    expect(await page.getByRole('checkbox', { name: 'Risicobranche: SBI-code 5610', exact: true }).isChecked()).toBe(true);
  });
});
