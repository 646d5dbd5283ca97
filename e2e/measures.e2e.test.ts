import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, useServerAndPage, waitForContent } from './browser.js';

/** Today in Amsterdam (YYYY-MM-DD), the day the server counts legal terms in. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function daysAgo(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The form of one next step on the measure page, found by its heading. */
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

describe('the jurist prepares a measure and follows it through announcement, objection and court', () => {
  const e2e = useServerAndPage();
  let measureUrl = '';
  let number = '';

  beforeAll(() => logIn(e2e.page, e2e.server, 'jurist'));

  it('lists the measures with their status in words, filters kept in the URL, and opens a demo measure', async () => {
    const { page } = e2e;
    await page.goto(appUrl(e2e.server, '/enforcement/measures'));
    await expectHeading(page, 'Maatregelen');
    await waitForContent(page);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ maatregel(en)? op deze pagina\.$/ })
      .waitFor();
    await expectAccessible(page, 'measures list');

    const table = page.getByRole('table', { name: 'Maatregelen, vroegste termijn eerst' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    for (const row of await table.locator('tr.dwb-row--overdue').all()) {
      expect(await row.innerText()).toContain('Te laat');
    }
    const first = table.getByRole('row').nth(1).getByRole('link');
    const demoNumber = await first.innerText();
    await first.click();
    await expectHeading(page, `Maatregel ${demoNumber}`);
    await waitForContent(page);
    await page
      .getByRole('region', { name: 'Stand van zaken' })
      .getByText(/^Procedure: /)
      .waitFor();
    expect(await page.getByRole('region', { name: 'Samenvatting' }).innerText()).toMatch(/Artikel\s/);
    await expectAccessible(page, 'demo measure');
    await page.getByRole('link', { name: 'Terug naar Maatregelen' }).click();
    await expectHeading(page, 'Maatregelen');
    await waitForContent(page);

    await page.getByLabel('Soort maatregel').selectOption({ label: 'Sluiting' });
    await page.getByLabel('Alleen maatregelen waarbij ik betrokken ben').check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=closure&mine=true');
    await page.reload();
    await expectHeading(page, 'Maatregelen');
    await waitForContent(page);
    expect(await page.getByLabel('Alleen maatregelen waarbij ik betrokken ben').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('prepares a measure from the matrix proposal; deviating needs a motivation', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Maatregel voorbereiden' }).click();
    await expectHeading(page, 'Maatregel voorbereiden');
    await waitForContent(page);
    await page.getByText('Toets hem altijd aan de eigen beleidsregel van de gemeente', { exact: false }).first().waitFor();

    // Submitting with gaps explains each one at its field.
    await page.getByLabel('Verantwoordelijke jurist').selectOption({ label: 'Kies een optie' });
    await page.getByRole('button', { name: 'Maatregel vastleggen' }).click();
    await page.getByRole('link', { name: /^Adres: Vul het adres van het pand in\./ }).waitFor();
    await page.getByRole('link', { name: /^Grondslag: Kies een grondslag\./ }).waitFor();
    await page.getByRole('link', { name: /^Verantwoordelijke jurist: Kies de verantwoordelijke jurist\./ }).waitFor();
    expect(await page.getByLabel('Adres', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new measure form with errors');

    await page.getByLabel('Herkomst').selectOption({ label: 'Bestuurlijke rapportage van de politie' });
    await page.getByLabel('Adres', { exact: true }).fill('Proefstraat 13, 3511 AA Utrecht');
    await page.getByLabel('Soort pand').selectOption({ label: 'Woning' });
    await page.getByLabel('Soort middel').selectOption({ label: 'Lijst I (harddrugs)' });
    await page.getByLabel('Hoeveelheid').selectOption({ label: 'Handelshoeveelheid' });
    await page.getByLabel('Datum van het feit').fill(daysAgo(10));
    await page.getByLabel('Feiten').fill('Bij een doorzoeking zijn 40 gram cocaïne en een weegschaal aangetroffen.');
    await page.getByLabel('Naam geadresseerde').fill('J. de Proef');
    await page.getByLabel('Adres geadresseerde').fill('Proefstraat 13\n3511 AA Utrecht');

    const proposal = page.getByRole('region', { name: 'Voorstel van de escalatiematrix' });
    await proposal.getByText('Voorstel: Sluiting woning (Opiumwet art. 13b), 3 maanden.').waitFor();
    await proposal.getByText('Dit is het 1e feit binnen de terugkijktermijn.').waitFor();
    await proposal.getByText(/^Waarom: /).waitFor();
    expect(await page.getByLabel('Duur in maanden').inputValue()).toBe('3');
    expect(await page.getByLabel('Motivering afwijking').count()).toBe(0);
    await expectAccessible(page, 'new measure form with a proposal');

    // Another duration than proposed asks for a motivation.
    await page.getByLabel('Duur in maanden').fill('6');
    await page.getByLabel('Motivering afwijking').waitFor();
    await page.getByLabel('Verantwoordelijke jurist').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Maatregel vastleggen' }).click();
    await page.getByRole('link', { name: /^Motivering afwijking: Motiveer waarom je afwijkt/ }).waitFor();
    await page.getByLabel('Duur in maanden').fill('3');
    expect(await page.getByLabel('Motivering afwijking').count()).toBe(0);
    await page.getByRole('button', { name: 'Maatregel vastleggen' }).click();

    const created = page.getByRole('status').filter({ hasText: /^Maatregel \S+ is vastgelegd\.$/ });
    await created.waitFor();
    number = /^Maatregel (\S+) is vastgelegd\.$/.exec(await created.innerText())?.[1] ?? '';
    expect(number).not.toBe('');
    await page.getByRole('link', { name: `Maatregel ${number} openen` }).click();
    await expectHeading(page, `Maatregel ${number}`);
    await waitForContent(page);
    measureUrl = page.url();
    const summary = page.getByRole('region', { name: 'Samenvatting' });
    expect(await summary.innerText()).toContain('Opiumwet art. 13b lid 1');
    expect(await summary.innerText()).toContain('3 maanden');
    await expectAccessible(page, 'new measure page');
  });

  it('refuses steps out of order or without motivation with the server’s message, then records the test and announces', async () => {
    const { page } = e2e;
    expect(measureUrl).not.toBe('');
    await takeStep(page, 'Onderzoek starten');
    await takeStep(page, 'Voornemen voorbereiden');
    await takeStep(page, 'Voornemen verzonden', (region) => region.getByLabel('Verzonden op').fill(today()));
    expect(await page.getByRole('table', { name: `Termijnen van maatregel ${number}` }).innerText()).toContain('Zienswijze');

    // "Geen zienswijze" while the term runs: refused by the server, with its reason.
    const opinion = step(page, 'Zienswijze ontvangen of geen zienswijze');
    await opinion.getByRole('radio', { name: 'Nee, er is geen zienswijze gegeven' }).check();
    await opinion.getByRole('button', { name: 'Zienswijze ontvangen of geen zienswijze vastleggen' }).click();
    await opinion
      .getByText(/De zienswijzetermijn loopt nog tot en met/)
      .first()
      .waitFor();
    await expectAccessible(page, 'refused step');

    // Withdrawing without a motivation: refused at the field.
    const withdraw = step(page, 'Maatregel intrekken');
    await withdraw.getByRole('button', { name: 'Maatregel intrekken vastleggen' }).click();
    await withdraw.getByText('Motiveer waarom de maatregel wordt ingetrokken.').first().waitFor();
    expect(await withdraw.getByLabel('Motivering').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'unmotivated withdrawal');

    await takeStep(page, 'Zienswijze ontvangen of geen zienswijze', async (region) => {
      await region.getByRole('radio', { name: 'Ja, de zienswijze is ontvangen' }).check();
      await region.getByLabel('Zienswijze (samenvatting)').fill('Betrokkene stelt dat de drugs van een logé waren.');
      await region.getByLabel('Zienswijze ontvangen op').fill(today());
    });

    // The decision cannot be announced before the three-step test.
    const steps = page.getByRole('region', { name: 'Volgende stappen' });
    await steps.getByText(/Kan nog niet: Het besluit kan pas worden bekendgemaakt als een jurist de driestappentoets heeft vastgelegd/).waitFor();
    expect(await step(page, 'Besluit bekendgemaakt').count()).toBe(0);

    const test = page.getByRole('region', { name: 'Driestappentoets' });
    await test.getByLabel('Geschikt: de maatregel is geschikt om het doel te bereiken').check();
    await test.getByLabel('Noodzakelijk: een lichter middel volstaat niet').check();
    await test.getByLabel('Evenredig: de gevolgen staan in verhouding tot het doel').check();
    await test.getByLabel('Motivering').fill('Te kort.');
    await test.getByRole('button', { name: 'Driestappentoets vastleggen' }).click();
    await test.getByText('Motiveer de driestappentoets in minstens 30 tekens.').first().waitFor();
    await expectAccessible(page, 'three-step test with an error');
    await test
      .getByLabel('Motivering')
      .fill('Harddrugs in handelshoeveelheid in een woning; een waarschuwing volstaat niet en drie maanden sluiting is evenredig.');
    await test.getByRole('button', { name: 'Driestappentoets vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De driestappentoets is vastgelegd.' }).waitFor();
    await test.getByText('De toets is volledig: het besluit mag worden bekendgemaakt.').waitFor();

    await takeStep(page, 'Besluit bekendgemaakt', async (region) => {
      await region.getByLabel('Datum besluit').fill(today());
      await region.getByLabel('Bekendgemaakt op').fill(today());
      expect(await region.getByLabel('Begunstigingstermijn in dagen').inputValue()).toBe('14');
    });
    const status = page.getByRole('region', { name: 'Stand van zaken' });
    await status.getByText('Procedure: Besluit bekendgemaakt').waitFor();
    await status.getByText('Bezwaar en beroep: Bezwaartermijn loopt').waitFor();
    const deadlines = await page.getByRole('table', { name: `Termijnen van maatregel ${number}` }).innerText();
    expect(deadlines).toContain('Bezwaartermijn');
    expect(deadlines).toContain('Begunstigingstermijn');
    const history = await page.getByRole('region', { name: 'Geschiedenis' }).innerText();
    expect(history.indexOf('Besluit bekendgemaakt')).toBeLessThan(history.indexOf('Intake'));
    await expectAccessible(page, 'announced measure');
  });
  it('records an objection, extends the decision term once and tracks a court step with its ruling', async () => {
    const { page } = e2e;
    expect(number).not.toBe('');
    await takeStep(page, 'Bezwaar ontvangen', async (region) => {
      await region.getByLabel('Bezwaar ontvangen op').fill(today());
      await region.getByLabel('Een adviescommissie bezwaarschriften adviseert (beslistermijn twaalf weken)').check();
    });
    await page.getByRole('region', { name: 'Stand van zaken' }).getByText('Bezwaar en beroep: Bezwaar in behandeling').waitFor();
    expect(await page.getByRole('table', { name: `Termijnen van maatregel ${number}` }).innerText()).toContain('Beslistermijn bezwaar');

    const extension = page.getByRole('region', { name: 'Beslistermijn verlengen' });
    await extension.getByLabel('Motivering').fill('Het advies van de commissie laat op zich wachten.');
    await extension.getByRole('button', { name: 'Beslistermijn verlengen' }).click();
    await page.getByRole('status').filter({ hasText: 'De beslistermijn is verlengd.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Beslistermijn verlengen' }).count()).toBe(0);

    // An appeal before the decision on the objection is refused with the server's reason.
    const court = page.getByRole('region', { name: 'Gerechtelijke stap vastleggen' });
    await court.getByLabel('Soort').selectOption({ label: 'Beroep' });
    await court.getByLabel('Ingediend op').fill(today());
    await court.getByRole('button', { name: 'Gerechtelijke stap vastleggen' }).click();
    await court
      .getByText(/Beroep kan pas na de beslissing op bezwaar/)
      .first()
      .waitFor();
    await expectAccessible(page, 'refused court step');

    await court.getByLabel('Soort').selectOption({ label: 'Voorlopige voorziening' });
    await court.getByLabel('Rechtbank of Raad van State').fill('Rechtbank Midden-Nederland');
    await court.getByLabel('Zaaknummer').fill('UTR 26/999');
    await court.getByRole('button', { name: 'Gerechtelijke stap vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De gerechtelijke stap is vastgelegd.' }).waitFor();
    const steps = page.getByRole('table', { name: `Gerechtelijke stappen bij maatregel ${number}` });
    expect(await steps.getByRole('row', { name: /^Voorlopige voorziening / }).innerText()).toContain('Nog geen uitspraak');

    const ruling = page.getByRole('region', { name: 'Zitting en uitspraak: Voorlopige voorziening (UTR 26/999)' });
    await ruling.getByLabel('Datum uitspraak').fill(today());
    await ruling.getByLabel('Uitkomst').selectOption({ label: 'Afgewezen (ongegrond)' });
    await ruling.getByRole('button', { name: 'Zitting en uitspraak opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Zitting en uitspraak zijn opgeslagen.' }).waitFor();
    expect(await steps.getByRole('row', { name: /^Voorlopige voorziening / }).innerText()).toContain('Afgewezen (ongegrond)');
    await expectAccessible(page, 'measure with an objection and a court step');
  });
});

describe('the jurist keeps the enforcement policy', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'jurist'));

  it('edits a row of the escalation matrix, refusing bad input at its field', async () => {
    const { page } = e2e;
    await page.goto(appUrl(e2e.server, '/enforcement/policy/matrix'));
    await expectHeading(page, 'Escalatiematrix');
    await waitForContent(page);
    await page.getByText(/Toets hem aan de beleidsregel artikel 13b Opiumwet/).waitFor();
    const table = page.getByRole('table', { name: 'Woning — Lijst I (harddrugs)' });
    const row = table.getByRole('row', { name: /^Handelshoeveelheid 2e feit / });
    expect(await row.innerText()).toContain('6 maanden');
    await expectAccessible(page, 'escalation matrix');

    await row.getByRole('button', { name: /^Rij wijzigen/ }).click();
    const form = page.getByRole('region', { name: 'Rij wijzigen' });
    await form.getByLabel('Het hoeveelste feit (1–9)').fill('0');
    await form.getByRole('button', { name: 'Rij opslaan' }).click();
    await page.getByRole('link', { name: /^Het hoeveelste feit \(1–9\): Vul een heel getal in van 1 tot en met 9\./ }).waitFor();
    await expectAccessible(page, 'matrix row form with an error');
    await form.getByLabel('Het hoeveelste feit (1–9)').fill('2');
    await form.getByLabel('Duur in maanden').fill('9');
    await form.getByRole('button', { name: 'Rij opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De rij is opgeslagen.' }).waitFor();
    await expect.poll(async () => row.innerText()).toContain('9 maanden');

    // A row for a combination the default matrix lacks, added and deleted again.
    await page.getByRole('button', { name: 'Rij toevoegen' }).click();
    const add = page.getByRole('region', { name: 'Rij toevoegen' });
    await add.getByLabel('Soort pand').selectOption({ label: 'Erf' });
    await add.getByLabel('Soort middel').selectOption({ label: 'Lijst II (softdrugs)' });
    await add.getByLabel('Hoeveelheid').selectOption({ label: 'Handelshoeveelheid' });
    await add.getByLabel('Maatregel').selectOption({ label: 'Waarschuwing' });
    await add.getByRole('button', { name: 'Rij opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De rij is opgeslagen.' }).waitFor();
    const added = page.getByRole('table', { name: 'Erf — Lijst II (softdrugs)' });
    expect(await added.getByRole('row', { name: /^Handelshoeveelheid 1e feit / }).innerText()).toContain('Geen duur');
    await added.getByRole('button', { name: 'Rij verwijderen' }).click();
    await added.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De rij is verwijderd.' }).waitFor();
    expect(await added.count()).toBe(0);
    await expectAccessible(page, 'escalation matrix after changes');
  });

  it('shows the legal bases and saves a changed opinion term', async () => {
    const { page } = e2e;
    await page.goto(appUrl(e2e.server, '/enforcement/policy/legal-bases'));
    await expectHeading(page, 'Grondslagen');
    await waitForContent(page);
    const table = page.getByRole('table', { name: 'Grondslagen voor maatregelen' });
    const row = table.getByRole('row').filter({ hasText: 'Sluiting woning (Opiumwet art. 13b)' });
    expect(await row.innerText()).toContain('Opiumwet art. 13b lid 1');
    await expectAccessible(page, 'legal bases');
    await row.getByRole('button', { name: 'Sluiting woning (Opiumwet art. 13b) wijzigen' }).click();
    const form = page.getByRole('region', { name: 'Sluiting woning (Opiumwet art. 13b) wijzigen' });
    await form.getByLabel('Zienswijze (dagen)').fill('');
    await form.getByRole('button', { name: 'Grondslag opslaan' }).click();
    await page.getByRole('link', { name: /^Zienswijze \(dagen\): Vul een heel aantal dagen in/ }).waitFor();
    await expectAccessible(page, 'legal basis form with an error');
    await form.getByLabel('Zienswijze (dagen)').fill('21');
    await form.getByRole('button', { name: 'Grondslag opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Grondslag Sluiting woning (Opiumwet art. 13b) is opgeslagen.' }).waitFor();
    expect(await row.innerText()).toContain('21 dagen');
  });
});
