import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, useServerAndPage, waitForContent } from './browser.js';

describe('the public deadline calculator', () => {
  const e2e = useServerAndPage();

  /** Runs axe on a server-rendered page: axe is a script, so in a context with JavaScript. */
  const expectPageAccessible = async (path: string, label: string) => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(new URL(path, e2e.server.url).href);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expectAccessible(page, label);
    await context.close();
  };

  const submit = async (page: Page, button: string) => {
    const response = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('?'));
    await page.getByRole('button', { name: button }).click();
    const status = (await response).status();
    await page.waitForLoadState();
    return status;
  };

  it('computes six weeks from 7 March 2025 without JavaScript, past Good Friday and Easter Monday', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(new URL('/', e2e.server.url).href);
    await page.getByRole('link', { name: 'Termijn berekenen' }).click();
    await expectHeading(page, 'Termijn berekenen');
    expect(page.url()).toBe(new URL('/termijn-berekenen', e2e.server.url).href);

    await page.getByLabel('Datum van de bekendmaking of gebeurtenis').fill('2025-03-07');
    await page.getByLabel('Termijn', { exact: true }).selectOption({ label: 'Bezwaar of beroep: 6 weken' });
    expect(await submit(page, 'Berekenen')).toBe(200);

    const result = page.getByRole('region', { name: 'Uitkomst' });
    expect(await result.getByRole('paragraph').first().textContent()).toBe('De laatste dag van de termijn is dinsdag 22 april 2025.');
    expect(await result.getByRole('definition').allInnerTexts()).toEqual([
      'vrijdag 7 maart 2025',
      '6 weken (P6W)',
      'zaterdag 8 maart 2025',
      'vrijdag 18 april 2025',
      'dinsdag 22 april 2025\n46 dagen, de eerste en de laatste dag meegeteld',
    ]);
    const reasons = await result.getByRole('listitem').allTextContents();
    expect(reasons).toHaveLength(5);
    expect(reasons.join('\n')).toContain('vrijdag 18 april 2025 is Goede Vrijdag');
    expect(reasons.join('\n')).toContain('maandag 21 april 2025 is Tweede Paasdag');
    await result.getByText(/Awb artikel 6:9/).waitFor();
    expect(await result.getByRole('link', { name: '14 030' }).getAttribute('href')).toBe('tel:14030');
    // The form keeps the input for another calculation.
    expect(await page.getByLabel('Datum van de bekendmaking of gebeurtenis').inputValue()).toBe('2025-03-07');
    await context.close();

    await expectPageAccessible(new URL(page.url()).pathname + new URL(page.url()).search, 'calculator result');
  });

  it('shows an error summary and the message at the field for an invalid date, with status 400', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(new URL('/termijn-berekenen', e2e.server.url).href);
    // The date picker takes only real dates: submit without one.
    expect(await submit(page, 'Berekenen')).toBe(400);
    expect(await page.title()).toBe('Fout: Termijn berekenen | Gemeente Utrecht');
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    await summary.getByRole('link', { name: 'Vul de datum van de bekendmaking of gebeurtenis in.' }).click();
    expect(page.url()).toMatch(/#deadline-from$/);
    expect(await page.locator('#deadline-from-error').textContent()).toBe('Fout: Vul de datum van de bekendmaking of gebeurtenis in.');
    expect(await page.getByLabel('Datum van de bekendmaking of gebeurtenis').getAttribute('aria-invalid')).toBe('true');

    // A browser without a date picker sends what was typed.
    const typed = await page.goto(new URL('/termijn-berekenen?from=2025-02-30&term=objection', e2e.server.url).href);
    expect(typed?.status()).toBe(400);
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Geef een bestaande datum/ })
      .waitFor();
    await context.close();

    await expectPageAccessible('/termijn-berekenen?from=2025-02-30&term=other&period=6+weeks', 'calculator with errors');
  });

  it('works in English too', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(new URL('/en', e2e.server.url).href);
    await page.getByRole('link', { name: 'Calculate a deadline' }).click();
    await expectHeading(page, 'Deadline calculator');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByLabel('Date of the announcement or event').fill('2025-03-07');
    await page.getByLabel('Term', { exact: true }).selectOption({ label: 'Objection (bezwaar) or appeal (beroep): 6 weeks' });
    expect(await submit(page, 'Calculate')).toBe(200);
    const result = page.getByRole('region', { name: 'Result' });
    expect(await result.getByRole('paragraph').first().textContent()).toBe('The last day of the term is Tuesday 22 April 2025.');
    const reasons = (await result.getByRole('listitem').allTextContents()).join('\n');
    expect(reasons).toContain('Friday 18 April 2025 is Good Friday');
    expect(reasons).toContain('Monday 21 April 2025 is Easter Monday');

    // The language link keeps the calculation.
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expectHeading(page, 'Termijn berekenen');
    await page.getByText('De laatste dag van de termijn is dinsdag 22 april 2025.').waitFor();
    await context.close();

    await expectPageAccessible('/en/deadline-calculator', 'English calculator');
    await expectPageAccessible('/en/deadline-calculator?from=2025-03-07&term=objection', 'English calculator result');
    await expectPageAccessible('/en/deadline-calculator?from=&term=other&period=', 'English calculator with errors');
  });
});

describe('the beheerder keeps the days equal to holidays', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'beheerder'));

  it('adds the Friday after Ascension Day 2028, which the calculator then uses, and deletes it again', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gelijkgestelde dagen' }).click();
    await expectHeading(page, 'Gelijkgestelde dagen');
    await waitForContent(page);
    const table = page.getByRole('table', { name: 'Vastgelegde dagen' });
    await table.waitFor();
    // The seeded days: the Fridays after Ascension Day 2025–2027.
    expect(await table.getByRole('row').filter({ hasText: 'vrijdag 30 mei 2025' }).count()).toBe(1);
    await expectAccessible(page, 'equal days page');

    await page.getByLabel('Datum', { exact: true }).fill('2028-05-26');
    await page.getByLabel('Naam', { exact: true }).fill('Vrijdag na Hemelvaartsdag');
    await page.getByLabel('Bron', { exact: true }).fill('Besluit gelijkgestelde dagen 2028 (test)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'vrijdag 26 mei 2028 is opgeslagen.' }).waitFor();
    const row = table.getByRole('row').filter({ hasText: 'vrijdag 26 mei 2028' });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toContain('Vrijdag na Hemelvaartsdag');
    expect(cells).toContain('Besluit gelijkgestelde dagen 2028 (test)');
    await expectAccessible(page, 'equal days page after adding a day');

    // The public calculator counts it: four weeks from Friday 28 April 2028 would end on it.
    const calculator = await e2e.browser.newContext({ javaScriptEnabled: false });
    const publicPage = await calculator.newPage();
    await publicPage.goto(new URL('/termijn-berekenen?from=2028-04-28&term=other&period=P4W', e2e.server.url).href);
    await publicPage.getByText('De laatste dag van de termijn is maandag 29 mei 2028.').waitFor();
    await publicPage.getByText(/vrijdag 26 mei 2028 is Vrijdag na Hemelvaartsdag \(gelijkgesteld bij Koninklijk Besluit\)/).waitFor();
    await calculator.close();

    await row.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByText('vrijdag 26 mei 2028 (Vrijdag na Hemelvaartsdag) verwijderen?', { exact: false }).waitFor();
    await expectAccessible(page, 'equal days page asking to confirm');
    await row.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await page.getByRole('status').filter({ hasText: 'vrijdag 26 mei 2028 is verwijderd.' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'vrijdag 26 mei 2028' }).count()).toBe(0);

    await page.goto(appUrl(e2e.server, '/admin/legal-days'));
    await expectHeading(page, 'Gelijkgestelde dagen');
    await waitForContent(page);
    expect(await page.getByRole('table', { name: 'Vastgelegde dagen' }).getByRole('row').filter({ hasText: '2028' }).count()).toBe(0);
  });
});
