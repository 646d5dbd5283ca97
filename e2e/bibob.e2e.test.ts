import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, useServerAndPage, waitForContent } from './browser.js';

/** Today in Amsterdam as YYYY-MM-DD (the date fields and the server's "not in the future"). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('the jurist records the LBB advice on a Bibob screening and decides', () => {
  const e2e = useServerAndPage();
  let screeningUrl = '';

  beforeAll(() => logIn(e2e.page, e2e.server, 'jurist'));

  it('lists the demo screenings the jurist is responsible for', async () => {
    const { page, server } = e2e;
    await page.goto(appUrl(server, '/enforcement/bibob'));
    await expectHeading(page, 'Bibob-screeningen');
    await waitForContent(page);
    const table = page.getByRole('table', { name: 'Bibob-screeningen, eerste beslisdatum bovenaan' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Nachtcafé De Kromme Haring' });
    expect(await row.innerText()).toContain('Advies LBB gevraagd');
    await expectAccessible(page, 'bibob list');

    await row.getByRole('link').click();
    await expectHeading(page, /^Bibob-screening B-\d{4}-\d{5}$/);
    await waitForContent(page);
    screeningUrl = page.url();
  });

  it('shows the waiting screening: the suspension in words, the deadlines with the engine’s reasons, the letters', async () => {
    const { page } = e2e;
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain('De beslistermijn is opgeschort sinds het adviesverzoek');
    const deadlines = page.getByRole('table', { name: /Termijnen van deze screening/ });
    expect(await deadlines.innerText()).toContain('Adviestermijn van het LBB');
    expect(await deadlines.innerText()).toContain('Awb art. 6:8');
    await page.getByRole('heading', { level: 2, name: 'Brieven' }).waitFor();
    await expectAccessible(page, 'bibob screening waiting for advice');
  });

  it('records the advice of the LBB, which the page says does not bind', async () => {
    const { page } = e2e;
    const step = page.locator('form').filter({ has: page.getByRole('button', { name: 'Stap zetten' }) });
    // Only one step is possible: it is chosen already.
    expect(await step.getByLabel('Naar').inputValue()).toBe('lbb_advised');
    await expect.poll(() => step.innerText()).toContain('vergewisplicht, Awb 3:9');
    await step.getByRole('radio', { name: 'Gevaar in mindere mate' }).check();
    await step.getByLabel('Advies ontvangen op').fill(today());
    await step
      .getByLabel('Samenvatting van het advies')
      .fill('Mindere mate van gevaar: de investeerder heeft banden met een veroordeelde; herkomst deels verklaard.');
    await step.getByRole('button', { name: 'Stap zetten' }).click();
    await page.getByRole('status').filter({ hasText: 'De screening staat nu op: Advies LBB ontvangen.' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('De beslistermijn was opgeschort van');
    expect(await page.locator('main').innerText()).toContain('Het advies van het LBB bindt het bestuursorgaan niet.');
    await expectAccessible(page, 'bibob screening with advice');
  });

  it('refuses granting with conditions without conditions, then decides with them', async () => {
    const { page } = e2e;
    const step = page.locator('form').filter({ has: page.getByRole('button', { name: 'Stap zetten' }) });
    expect(await step.getByLabel('Naar').inputValue()).toBe('decision');
    await step.getByRole('radio', { name: 'Verlenen onder voorschriften' }).check();
    await step.getByLabel('Datum van het besluit').fill(today());
    await step.getByRole('button', { name: 'Stap zetten' }).click();
    const summary = page.locator('.utrecht-alert').filter({ hasText: 'Verlenen onder voorschriften vraagt de voorschriften' }).first();
    await summary.waitFor();
    await expectAccessible(page, 'bibob decision with errors');
    expect(await page.getByRole('heading', { level: 2, name: 'Besluit' }).count()).toBe(1);

    await step
      .getByRole('textbox', { name: 'Voorschriften' })
      .fill('Geen wijziging in de leidinggevenden zonder voorafgaande toestemming; jaarlijks de financiering overleggen.');
    await step.getByRole('button', { name: 'Stap zetten' }).click();
    await page.getByRole('status').filter({ hasText: 'De screening staat nu op: Besluit genomen.' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('Verlenen onder voorschriften');
    expect(main).toContain('Gehaald');
    await expectAccessible(page, 'bibob screening decided');
    expect(page.url()).toBe(screeningUrl);
  });

  it('refuses a refusal without a motivation of 50 characters, on the new-screening page too', async () => {
    const { page, server } = e2e;
    await page.goto(appUrl(server, '/enforcement/bibob/new'));
    await expectHeading(page, 'Bibob-screening starten');
    await waitForContent(page);
    await expectAccessible(page, 'new bibob screening');
    await page.getByLabel('Soort vergunning').selectOption({ label: 'Alcoholwetvergunning' });
    await page.getByLabel('Naam van de aanvrager').fill('Slijterij Het Vat V.O.F.');
    await page.getByLabel('Inrichting (adres of naam)').fill('Twijnstraat 12, Utrecht');
    await page.getByLabel('Aanvraag ontvangen op').fill(today());
    await page.getByRole('button', { name: 'Screening starten' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Screening B-\d{4}-\d{5} is gestart\./ })
      .waitFor();
    await expectHeading(page, /^Bibob-screening B-\d{4}-\d{5}$/);

    // Questionnaire refused: recorded, and the own investigation may start.
    await page.getByRole('radio', { name: 'Natuurlijk persoon' }).check();
    await page.getByLabel('Geweigerd of onvolledig?').selectOption({ label: 'Geweigerd' });
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De vragenlijst is opgeslagen.' }).waitFor();
    const step = page.locator('form').filter({ has: page.getByRole('button', { name: 'Stap zetten' }) });
    await step.getByRole('button', { name: 'Stap zetten' }).click();
    await page.getByRole('status').filter({ hasText: 'De screening staat nu op: Eigen onderzoek.' }).waitFor();
    await page.getByLabel('Bevindingen').fill('Aanvrager weigerde de vragenlijst; register: eerdere slijterij gesloten.');
    await page.getByRole('button', { name: 'Bevindingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De bevindingen zijn opgeslagen.' }).waitFor();

    await step.getByLabel('Naar').selectOption({ label: 'Besluit genomen' });
    await step.getByRole('radio', { name: 'Weigeren' }).check();
    await step.getByLabel('Datum van het besluit').fill(today());
    await step.getByLabel('Motivering').fill('Ernstig gevaar.');
    await step.getByRole('button', { name: 'Stap zetten' }).click();
    await page.locator('.utrecht-alert').filter({ hasText: 'Motiveer in ten minste 50 tekens' }).first().waitFor();
    expect(await page.locator('main').innerText()).toContain('De screening staat op: Eigen onderzoek.');
    await expectAccessible(page, 'bibob refusal with errors');
  });
});
