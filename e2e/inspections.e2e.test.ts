import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, openPage, useServerAndPage, waitForContent } from './browser.js';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function open(page: Page, url: string, heading: string | RegExp): Promise<void> {
  await page.goto(url);
  await expectHeading(page, heading);
  await waitForContent(page);
}

describe('the inspector plans an inspection, records findings and completes it; the beheerder edits a checklist', () => {
  const e2e = useServerAndPage();
  let detailUrl = '';
  let number = '';

  beforeAll(() => logIn(e2e.page, e2e.server, 'toezicht'));

  it('lists the inspections with their status in words', async () => {
    const { page, server } = e2e;
    await open(page, appUrl(server, '/enforcement/inspections'), 'Controles');
    const table = page.getByRole('table', { name: 'Controles op geplande datum' });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Gepland');
    expect(text).toContain('Afgerond');
    expect(text).toContain('Maatregel voorstellen');
    // The measures demo finds the completed demo inspection by this address.
    expect(text).toContain('Fade Masters Barbershop, Oudegracht 200A, 3511 NR Utrecht');
    await expectAccessible(page, 'inspections list');

    await page.getByLabel('Status').selectOption({ label: 'Afgerond' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?status=completed');
    await page.getByRole('status').filter({ hasText: '1 controle gevonden.' }).waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('plans an inspection, explaining missing fields first', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Controle plannen' }).click();
    await expectHeading(page, 'Controle plannen');
    await waitForContent(page);
    await expectAccessible(page, 'plan inspection form');

    await page.getByRole('button', { name: 'Controle plannen' }).click();
    const summary = page.locator('.dwb-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Soort object: Dit veld is verplicht.');
    expect(await summary.innerText()).toContain('Geplande datum: Gebruik de vorm JJJJ-MM-DD.');
    await expectAccessible(page, 'plan inspection form with errors');

    await page.getByLabel('Soort object').selectOption({ label: 'Horeca' });
    await page.getByLabel('Adres (straat, huisnummer, plaats)').fill('Voorstraat 12, Utrecht');
    await page.getByLabel('Postcode', { exact: true }).fill('3512 AK');
    await page.getByLabel('Huisnummer', { exact: true }).fill('12');
    await page.getByLabel('Geplande datum').fill(today);
    await page.getByRole('checkbox', { name: 'Politie' }).check();
    await page.getByRole('button', { name: 'Controle plannen' }).click();
    await expectHeading(page, /^Controle C-\d{4}-\d{5}$/);
    await waitForContent(page);
    number = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Controle ', '');
    detailUrl = page.url();
    await page
      .getByRole('status')
      .filter({ hasText: `Controle ${number} is gepland.` })
      .waitFor();
    await expectAccessible(page, 'planned inspection');
  });

  it('starts it and records findings, refusing "niet in orde" without a note, with a photo', { timeout: 120_000 }, async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: 'Controle starten' }).click();
    await page.getByRole('status').filter({ hasText: 'De controle is gestart.' }).waitFor();
    const items = page.locator('ol.dwb-signal-rows > li');
    const first = items.first();
    await first.getByRole('radio', { name: 'Niet in orde', exact: true }).check();
    await first.getByRole('button', { name: 'Bevinding opslaan' }).click();
    const refused = first.locator('.dwb-error-summary');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Beschrijf wat er niet in orde is.');
    await expectAccessible(page, 'finding refused without a note');

    await first.getByRole('textbox').fill('Exploitatievergunning staat op naam van de vorige exploitant.');
    await first.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await first
      .getByRole('status')
      .filter({ hasText: /opgeslagen/ })
      .waitFor();

    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
      .png()
      .toBuffer();
    await first.locator('input[type="file"]').setInputFiles({ name: 'vergunning.png', mimeType: 'image/png', buffer: photo });
    await first.getByRole('button', { name: 'Foto uploaden' }).click();
    await first.getByRole('link', { name: 'vergunning.jpg downloaden' }).waitFor();

    const count = await items.count();
    for (let i = 1; i < count; i++) {
      const item = items.nth(i);
      await item.getByRole('radio', { name: 'In orde', exact: true }).check();
      await item.getByRole('button', { name: 'Bevinding opslaan' }).click();
      await item
        .getByRole('status')
        .filter({ hasText: /opgeslagen/ })
        .waitFor();
    }
    await expectAccessible(page, 'inspection with findings');
  });

  it('completes it with a proposed measure and offers to prepare the measure', async () => {
    const { page } = e2e;
    const complete = page.getByRole('region', { name: 'Controle afronden' });
    await complete.getByRole('radio', { name: 'Maatregel voorstellen' }).check();
    await complete.getByRole('button', { name: 'Controle afronden' }).click();
    const summary = complete.locator('.dwb-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Licht de uitkomst toe.');
    await expectAccessible(page, 'complete form with errors');
    await complete.getByLabel('Toelichting op de uitkomst').fill('Vergunning niet op naam; exploitant zonder vergunning. Intrekking voorstellen.');
    await complete.getByRole('button', { name: 'Controle afronden' }).click();
    await page.getByRole('status').filter({ hasText: 'De controle is afgerond.' }).waitFor();
    const prepare = page.getByRole('link', { name: 'Maatregel voorbereiden' });
    expect(await prepare.getAttribute('href')).toMatch(/\/enforcement\/measures\/new\?inspection=[0-9a-f-]{36}$/);
    expect(await page.getByRole('button', { name: 'Bevinding opslaan' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Niet in orde');
    await expectAccessible(page, 'completed inspection');

    await page.goto(detailUrl);
    await expectHeading(page, `Controle ${number}`);
    await waitForContent(page);
    expect(await page.locator('main').innerText()).toContain('Maatregel voorstellen');
  });

  it('lets the beheerder add, move and save a checklist item', async () => {
    const { server, browser } = e2e;
    const { context, page } = await openPage(browser);
    try {
      await logIn(page, server, 'beheerder');
      await open(page, appUrl(server, '/enforcement/policy/checklists'), 'Checklists voor controles');
      await expectAccessible(page, 'checklist editor');
      const horeca = page.getByRole('region', { name: 'Horeca' });
      const before = await horeca.locator('ol.dwb-signal-rows > li').count();
      await horeca.getByRole('button', { name: 'Controlepunt toevoegen' }).click();
      const added = horeca.getByRole('group', { name: `Controlepunt ${before + 1}` });
      await added.waitFor();
      await horeca.getByRole('button', { name: 'Checklist opslaan' }).click();
      const summary = horeca.locator('.dwb-error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain(`Controlepunt ${before + 1}, Code`);
      await expectAccessible(page, 'checklist editor with errors');

      await added.getByLabel('Code').fill('terrace');
      await added.getByLabel('Tekst (Nederlands)').fill('Terras binnen de vergunde grenzen');
      await added.getByLabel('Tekst (Engels)').fill('Terrace within the permitted limits');
      await horeca.getByRole('button', { name: `Controlepunt ${before + 1} omhoog` }).click();
      await horeca.getByRole('button', { name: 'Checklist opslaan' }).click();
      await horeca.getByRole('status').filter({ hasText: 'Checklist "Horeca" opgeslagen.' }).waitFor();

      await page.reload();
      await expectHeading(page, 'Checklists voor controles');
      await waitForContent(page);
      const moved = page.getByRole('region', { name: 'Horeca' }).getByRole('group', { name: `Controlepunt ${before}` });
      expect(await moved.getByLabel('Code').inputValue()).toBe('terrace');
    } finally {
      await context.close();
    }
  }, 120_000);
});
