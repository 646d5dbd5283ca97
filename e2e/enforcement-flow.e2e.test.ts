import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, openPage, useServerAndPage, waitForContent } from './browser.js';

/** Today in Amsterdam (YYYY-MM-DD), the day the server counts legal terms in. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

function step(page: Page, name: string) {
  return page.getByRole('region', { name: `Volgende stap: ${name}` });
}

async function takeStep(page: Page, name: string, fill: (region: ReturnType<typeof step>) => Promise<void> = async () => {}): Promise<void> {
  const region = step(page, name);
  await fill(region);
  await region.getByRole('button', { name: `${name} vastleggen` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Vastgelegd: ${name}.` })
    .waitFor();
}

describe('from an inspection finding to a closure decision letter', () => {
  const e2e = useServerAndPage();
  /** The jurist works in a browser context of her own, next to the inspector's. */
  let jurist: Page;
  let newMeasureUrl = '';
  let inspectionNumber = '';
  let number = '';

  beforeAll(async () => {
    await logIn(e2e.page, e2e.server, 'toezicht');
    jurist = (await openPage(e2e.browser)).page;
    await logIn(jurist, e2e.server, 'jurist');
  }, 120_000);

  it('the inspector plans and carries out an inspection, finds a drug lab and proposes a measure', { timeout: 120_000 }, async () => {
    const { page, server } = e2e;
    await page.goto(appUrl(server, '/enforcement/inspections/new'));
    await expectHeading(page, 'Controle plannen');
    await waitForContent(page);
    await page.getByLabel('Soort object').selectOption({ label: 'Woning' });
    await page.getByLabel('Adres (straat, huisnummer, plaats)').fill('Ketenstraat 7, Utrecht');
    await page.getByLabel('Postcode', { exact: true }).fill('3531 KT');
    await page.getByLabel('Huisnummer', { exact: true }).fill('7');
    await page.getByLabel('Geplande datum').fill(today);
    await page.getByRole('checkbox', { name: 'Politie' }).check();
    // The inspector who plans it leads it; the jurist who will prepare the measure joins the team, so she may see it.
    await page
      .getByRole('group', { name: 'Ook in het team' })
      .getByRole('checkbox', { name: /^Joost Jurist \(Jurist\)/ })
      .check();
    await page.getByRole('button', { name: 'Controle plannen' }).click();
    await expectHeading(page, /^Controle C-\d{4}-\d{5}$/);
    await waitForContent(page);
    inspectionNumber = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Controle ', '');

    await page.getByRole('button', { name: 'Controle starten' }).click();
    await page.getByRole('status').filter({ hasText: 'De controle is gestart.' }).waitFor();
    const items = page.locator('ol.dwb-signal-rows > li');
    const first = items.first();
    await first.getByRole('radio', { name: 'Niet in orde', exact: true }).check();
    await first.getByRole('textbox').fill('Drugslab op zolder: 2 kilo amfetamine en grondstoffen aangetroffen.');
    await first.getByRole('button', { name: 'Bevinding opslaan' }).click();
    await first
      .getByRole('status')
      .filter({ hasText: /opgeslagen/ })
      .waitFor();
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

    const complete = page.getByRole('region', { name: 'Controle afronden' });
    await complete.getByRole('radio', { name: 'Maatregel voorstellen' }).check();
    await complete.getByLabel('Toelichting op de uitkomst').fill('Drugslab met handelshoeveelheid harddrugs: sluiting van de woning voorstellen.');
    await complete.getByRole('button', { name: 'Controle afronden' }).click();
    await page.getByRole('status').filter({ hasText: 'De controle is afgerond.' }).waitFor();

    await page.getByRole('link', { name: 'Maatregel voorbereiden' }).click();
    await expectHeading(page, 'Maatregel voorbereiden');
    await waitForContent(page);
    await page.getByText(`Op basis van controle ${inspectionNumber}`).waitFor();
    newMeasureUrl = page.url();
    expect(newMeasureUrl).toMatch(/\/enforcement\/measures\/new\?inspection=[0-9a-f-]{36}$/);
    await expectAccessible(page, 'new measure from the inspection (inspector)');
  });

  it('the jurist creates the measure from the matrix proposal', async () => {
    expect(newMeasureUrl).not.toBe('');
    await jurist.goto(newMeasureUrl);
    await expectHeading(jurist, 'Maatregel voorbereiden');
    await waitForContent(jurist);
    await jurist.getByText(`Op basis van controle ${inspectionNumber}`).waitFor();
    await jurist.getByText(`Herkomst: controle ${inspectionNumber}`).waitFor();
    expect(await jurist.getByLabel('Adres', { exact: true }).inputValue()).toBe('Ketenstraat 7, Utrecht');
    expect(await jurist.getByLabel('Soort pand').inputValue()).toBe('woning');
    expect(await jurist.getByLabel('Datum van het feit').inputValue()).toBe(today);
    await jurist.getByLabel('Soort middel').selectOption({ label: 'Lijst I (harddrugs)' });
    await jurist.getByLabel('Hoeveelheid').selectOption({ label: 'Handelshoeveelheid' });
    const proposal = jurist.getByRole('region', { name: 'Voorstel van de escalatiematrix' });
    await proposal.getByText('Voorstel: Sluiting woning (Opiumwet art. 13b), 3 maanden.').waitFor();
    await proposal.getByText('Dit is het 1e feit binnen de terugkijktermijn.').waitFor();
    expect(await jurist.getByLabel('Grondslag').inputValue()).toBe('opiumwet_13b_woning');
    await jurist.getByLabel('Naam geadresseerde').fill('K. Keten');
    await jurist.getByLabel('Adres geadresseerde').fill('Ketenstraat 7\n3531 KT Utrecht');
    await expectAccessible(jurist, 'new measure with the proposal (jurist)');
    await jurist.getByRole('button', { name: 'Maatregel vastleggen' }).click();
    const created = jurist.getByRole('status').filter({ hasText: /^Maatregel \S+ is vastgelegd\.$/ });
    await created.waitFor();
    number = /^Maatregel (\S+) is vastgelegd\.$/.exec(await created.innerText())?.[1] ?? '';
    await jurist.getByRole('link', { name: `Maatregel ${number} openen` }).click();
    await expectHeading(jurist, `Maatregel ${number}`);
    await waitForContent(jurist);
    const summary = jurist.getByRole('region', { name: 'Samenvatting' });
    await summary.getByRole('link', { name: `Controle ${inspectionNumber}` }).waitFor();
    expect(await summary.innerText()).toContain('3 maanden');
  });

  it('the jurist sends the voornemen, records the zienswijze, the three-step test, the decision and its announcement', { timeout: 120_000 }, async () => {
    expect(number).not.toBe('');
    await takeStep(jurist, 'Onderzoek starten');
    await takeStep(jurist, 'Voornemen voorbereiden');
    await takeStep(jurist, 'Voornemen verzonden', (region) => region.getByLabel('Verzonden op').fill(today));
    await takeStep(jurist, 'Zienswijze ontvangen of geen zienswijze', async (region) => {
      await region.getByRole('radio', { name: 'Ja, de zienswijze is ontvangen' }).check();
      await region.getByLabel('Zienswijze (samenvatting)').fill('De bewoner zegt niets van het lab te weten en vraagt om een waarschuwing.');
      await region.getByLabel('Zienswijze ontvangen op').fill(today);
    });
    const test = jurist.getByRole('region', { name: 'Driestappentoets' });
    await test.getByLabel('Geschikt: de maatregel is geschikt om het doel te bereiken').check();
    await test.getByLabel('Noodzakelijk: een lichter middel volstaat niet').check();
    await test.getByLabel('Evenredig: de gevolgen staan in verhouding tot het doel').check();
    await test.getByLabel('Motivering').fill('Een drugslab brengt gevaar voor omwonenden; sluiting voor drie maanden herstelt de rust en is niet onevenredig.');
    await test.getByRole('button', { name: 'Driestappentoets vastleggen' }).click();
    await jurist.getByRole('status').filter({ hasText: 'De driestappentoets is vastgelegd.' }).waitFor();
    await takeStep(jurist, 'Besluit bekendgemaakt', async (region) => {
      await region.getByLabel('Datum besluit').fill(today);
      await region.getByLabel('Bekendgemaakt op').fill(today);
    });
    await jurist.getByRole('region', { name: 'Stand van zaken' }).getByText('Procedure: Besluit bekendgemaakt').waitFor();
    expect(await jurist.getByRole('table', { name: `Termijnen van maatregel ${number}` }).innerText()).toContain('Bezwaartermijn');
    await expectAccessible(jurist, 'announced measure');
  });

  it('the jurist generates the decision letter and downloads it as a PDF', async () => {
    const letters = jurist.getByRole('region', { name: 'Brieven' });
    await letters.getByLabel('Sjabloon').selectOption({ label: 'Besluit tot sluiting (Opiumwet artikel 13b)' });
    await letters.getByRole('button', { name: 'Brief maken' }).click();
    await letters
      .getByRole('status')
      .filter({ hasText: /is gemaakt \(versie 1\)\.$/ })
      .waitFor();
    const download = letters.getByRole('link', { name: /^Download .*, versie 1 \(PDF\)$/ });
    await download.waitFor();
    await expectAccessible(jurist, 'measure with its decision letter');
    const href = await download.getAttribute('href');
    expect(href).toBeTruthy();
    const response = await jurist.request.get(new URL(href ?? '', e2e.server.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The closure is followed by a new inspection, planned from the measure.
    const followUp = jurist.getByRole('link', { name: 'Hercontrole plannen' });
    expect(await followUp.getAttribute('href')).toMatch(/\/enforcement\/inspections\/new\?measure=[0-9a-f-]{36}$/);
    await followUp.click();
    await expectHeading(jurist, 'Controle plannen');
  });
});
