import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, logIn, waitForContent, useServerAndPage } from './browser.js';

const NAV = 'Hoofdnavigatie';

async function navigateTo(page: Page, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: label, exact: true }).click();
  await expectHeading(page, heading);
  await waitForContent(page);
}

/** Whether the element the locator points at has keyboard focus. */
async function hasFocus(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element === document.activeElement);
}

describe('the analyst enters a cannabis report and triages it', () => {
  const e2e = useServerAndPage();
  /** The signal entered in the second test, triaged in the third. */
  let number = '';

  beforeAll(() => logIn(e2e.page, e2e.server, 'analist'));

  it('shows the queue with its filters, overdue signals marked in words', async () => {
    const { page } = e2e;
    await navigateTo(page, 'Meldingen');
    const queue = page.getByRole('table', { name: 'Meldingen, te laat en vroegste termijn eerst' });
    await queue.waitFor();
    expect(await queue.getByRole('row').count()).toBeGreaterThan(1);
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ melding(en)? op deze pagina\.$/ })
      .waitFor();
    // Overdue rows say so in text, not only in colour.
    for (const row of await queue.locator('tr.dwb-row--overdue').all()) {
      expect(await row.innerText()).toContain('Te laat');
    }
    await expectAccessible(page, 'signals queue');

    // The filters are a GET-style form: they land in the URL and survive a reload.
    await page.getByLabel('Toegewezen aan').selectOption({ label: 'Nog niemand' });
    await page.getByLabel('Alleen meldingen die te laat zijn').check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?assigned=unassigned&overdue=true');
    await page.reload();
    await expectHeading(page, 'Meldingen');
    await waitForContent(page);
    expect(await page.getByLabel('Alleen meldingen die te laat zijn').isChecked()).toBe(true);
    const overdueRows = page.getByRole('table', { name: 'Meldingen, te laat en vroegste termijn eerst' }).getByRole('row');
    expect(await overdueRows.count()).toBeGreaterThan(1);
    for (const row of (await overdueRows.all()).slice(1)) {
      const text = await row.innerText();
      expect(text).toContain('Te laat');
      expect(text).toMatch(/\tNiemand$/);
    }
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('enters a hennepinformatiebericht with one find and one person, explaining errors at the fields', async () => {
    const { page } = e2e;
    await navigateTo(page, 'Meldingen');
    await page.getByRole('link', { name: 'Nieuwe melding invoeren' }).click();
    await expectHeading(page, 'Nieuwe melding');
    await waitForContent(page);
    await page.getByRole('radio', { name: 'Hennepinformatiebericht' }).check();
    await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Hennepkwekerij' });
    await page.getByRole('group', { name: 'Vragen bij Hennepkwekerij' }).waitFor();
    await page.getByRole('button', { name: 'Vondst toevoegen' }).click();
    const find = page.getByRole('group', { name: 'Vondst 1' });
    await find.waitFor();
    // Focus moves to the new row.
    expect(await hasFocus(page, '[id="new-signal-partnerReport.finds.0.kind"]')).toBe(true);
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const person = page.getByRole('group', { name: 'Persoon 1' });
    await person.waitFor();
    await expectAccessible(page, 'new signal form with a find and a person');

    // Submitting with gaps explains each one at its field, and the summary links to them.
    await find.getByLabel('Hoeveelheid').fill('veel');
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();
    const quantity = find.getByLabel('Hoeveelheid');
    await expect.poll(() => quantity.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[id="new-signal-partnerReport.finds.0.quantity-error"]').innerText()).toContain('Vul een hoeveelheid in');
    await page.getByRole('link', { name: /^Vondst 1, Hoeveelheid: Vul een hoeveelheid in/ }).waitFor();
    await page.getByRole('link', { name: /^Kenmerk: Vul het kenmerk van de rapportage in\./ }).waitFor();
    await page.getByRole('link', { name: /^Wat viel u op\?: Beantwoord deze vraag\./ }).waitFor();
    expect(await hasFocus(page, '.dwb-error-summary')).toBe(true);
    await expectAccessible(page, 'new signal form with field errors');

    await page.getByLabel('Beschrijving', { exact: true }).fill('Doorzoeking na melding van stroomstoring: kwekerij met 80 planten in de slaapkamer.');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-01');
    await page.getByLabel('Postcode').fill('3531 CJ');
    await page.getByLabel('Huisnummer').fill('120');
    await page
      .getByRole('group', { name: /^Wat viel u op\?/ })
      .getByRole('checkbox', { name: 'Hennepgeur' })
      .check();
    await page.getByLabel('Kenmerk', { exact: true }).fill('PL0900-2026-E2E');
    await page.getByLabel('Datum doorzoeking').fill('2026-03-01');
    await page.getByLabel('Er is stroom illegaal afgetapt').check();
    await find.getByLabel('Wat is er aangetroffen').selectOption({ label: 'Hennepplanten' });
    await quantity.fill('80');
    await find.getByLabel('Eenheid').selectOption({ label: 'stuks' });
    await person.getByLabel('Naam').fill('P. Jansen');
    await person.getByLabel('Rol').selectOption({ label: 'Huurder' });
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();

    const created = page.getByRole('status').filter({ hasText: /^Melding \S+ is vastgelegd\.$/ });
    await created.waitFor();
    number = /^Melding (\S+) is vastgelegd\.$/.exec(await created.innerText())?.[1] ?? '';
    expect(number).not.toBe('');
    await expectAccessible(page, 'new signal recorded');

    await page.getByRole('link', { name: `Melding ${number} openen` }).click();
    await expectHeading(page, `Melding ${number}`);
    await waitForContent(page);
    const finds = page.getByRole('table', { name: 'Aangetroffen bij de doorzoeking' });
    await finds.waitFor();
    expect(await finds.getByRole('row').filter({ hasText: 'Hennepplanten' }).innerText()).toContain('80 stuks');
    expect(await page.getByRole('table', { name: 'Aangetroffen personen' }).getByRole('row').filter({ hasText: 'P. Jansen' }).innerText()).toContain('Huurder');
  });

  it('assigns the signal to herself, takes it in hand, notes, and closes it only with an outcome', async () => {
    const { page } = e2e;
    expect(number).not.toBe('');
    await expectAccessible(page, 'signal detail');

    await page.getByRole('button', { name: 'Aan mij toewijzen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^De melding is toegewezen aan / })
      .waitFor();
    expect(await page.getByRole('region', { name: 'Toewijzing' }).innerText()).toMatch(/Behandelaar: /);

    await page.getByLabel('Nieuwe status').selectOption({ label: 'In behandeling' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByRole('status').filter({ hasText: 'De status is gewijzigd in “In behandeling”.' }).waitFor();

    await page.getByLabel('Nieuwe notitie').fill('Woningcorporatie gebeld: huurder staat sinds 2024 op dit adres.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De notitie is toegevoegd.' }).waitFor();
    await page.getByText('Woningcorporatie gebeld: huurder staat sinds 2024 op dit adres.').waitFor();

    // Closing needs an outcome: the error is shown at the radio group and in the summary.
    await page.getByLabel('Nieuwe status').selectOption({ label: 'Afgehandeld' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    const outcome = page.getByRole('group', { name: 'Uitkomst' });
    await outcome.getByText('Kies de uitkomst: leidde de melding tot opvolging of niet?').waitFor();
    await page.getByRole('link', { name: /^Uitkomst: Kies de uitkomst/ }).waitFor();
    expect(await outcome.getByRole('radio', { name: 'Leidde tot opvolging' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'signal detail with a status error');

    await outcome.getByRole('radio', { name: 'Leidde tot opvolging' }).check();
    await page.getByLabel('Toelichting').fill('Overgedragen aan handhaving voor een sluiting.');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByRole('status').filter({ hasText: 'De status is gewijzigd in “Afgehandeld”.' }).waitFor();

    const history = page.getByRole('table', { name: `Statuswijzigingen van melding ${number}` });
    const rows = history.getByRole('row');
    expect(await rows.filter({ hasText: 'In behandeling' }).count()).toBeGreaterThanOrEqual(1);
    const closing = rows.filter({ hasText: 'Leidde tot opvolging' });
    expect(await closing.count()).toBe(1);
    expect(await closing.innerText()).toContain('Overgedragen aan handhaving voor een sluiting.');
    await expectAccessible(page, 'closed signal');

    // It is now among the analyst's own signals, with every status.
    await page.getByRole('link', { name: 'Terug naar Meldingen' }).click();
    await expectHeading(page, 'Meldingen');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Alle meldingen, ook afgehandelde' });
    await page.getByLabel('Toegewezen aan').selectOption({ label: 'Mij' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const mine = page.getByRole('table', { name: 'Meldingen, te laat en vroegste termijn eerst' }).getByRole('row').filter({ hasText: number });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Afgehandeld');
  });
  it('records the address in the registry, proposes follow-up and merges a duplicate (demo reports at 3531 CJ 120)', async () => {
    const { page } = e2e;
    await navigateTo(page, 'Meldingen');
    await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Hennepkwekerij' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const rows = page.getByRole('table', { name: 'Meldingen, te laat en vroegste termijn eerst' }).getByRole('row').filter({ hasText: '3531 CJ 120' });
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const link = rows.first().getByRole('link');
    const first = await link.innerText();
    await link.click();
    await expectHeading(page, `Melding ${first}`);
    await waitForContent(page);

    await page.getByLabel('Soort pand').selectOption({ label: 'Woning' });
    await page.getByRole('button', { name: 'Adres vastleggen in register' }).click();
    await page.getByRole('status').filter({ hasText: 'Het adres is vastgelegd in het register en gekoppeld.' }).waitFor();
    const links = page.getByRole('table', { name: `Subjecten gekoppeld aan melding ${first}` });
    expect(await links.getByRole('row').filter({ hasText: 'Locatie' }).count()).toBe(1);

    const proposal = page.getByRole('group', { name: 'Opvolging voorstellen' });
    await proposal.getByRole('radio', { name: 'Controle of inspectie' }).check();
    const assignee = proposal.getByLabel('Voor wie');
    const analyst = await assignee
      .locator('option')
      .filter({ hasText: /^Anouk Analist/ })
      .getAttribute('value');
    await assignee.selectOption(analyst ?? '');
    await proposal.getByLabel('Voorstel').fill('Controle met netbeheerder op illegale aftap.');
    await page.getByRole('button', { name: 'Opvolging voorstellen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^De opvolging is voorgesteld; Anouk Analist heeft er een taak voor gekregen\.$/ })
      .waitFor();
    expect(await page.getByRole('table', { name: `Voorgestelde opvolging van melding ${first}` }).innerText()).toContain('Controle met netbeheerder');

    const duplicates = page.getByRole('region', { name: 'Mogelijke dubbele meldingen' });
    const candidate = duplicates.getByRole('listitem').first();
    const other = (await candidate.getByRole('link').innerText()).replace(/^Melding /, '');
    await candidate.getByRole('button', { name: /^Samenvoegen met deze melding/ }).click();
    await candidate.getByRole('button', { name: 'Samenvoegen bevestigen' }).click();
    await candidate.getByText('Zeg waarom dit dezelfde melding is.').first().waitFor();
    await expectAccessible(page, 'merge confirmation with an error');
    await candidate.getByLabel('Waarom is dit dezelfde melding?').fill('Zelfde adres, zelfde waarneming van de hennepgeur.');
    await candidate.getByRole('button', { name: 'Samenvoegen bevestigen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `De melding is samengevoegd met melding ${other}.` })
      .waitFor();
    await page.getByRole('link', { name: `Naar melding ${other}` }).click();
    await expectHeading(page, `Melding ${other}`);
    await waitForContent(page);
    await page
      .getByRole('region', { name: 'Samengevoegde meldingen' })
      .getByRole('link', { name: `Melding ${first}` })
      .waitFor();
  });
});

describe('the beheerder maintains the signal categories', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'beheerder'));

  it('lists the categories with the settings and the retention run', async () => {
    const { page } = e2e;
    await navigateTo(page, 'Meldingcategorieën');
    const categories = page.getByRole('table', { name: 'Categorieën, in de volgorde van het meldformulier' });
    await categories.waitFor();
    expect(await categories.getByRole('row').filter({ hasText: 'Hennepkwekerij' }).innerText()).toContain('3 werkdagen');
    await page.getByLabel('Bewaartermijn afgehandelde meldingen (maanden)').waitFor();
    await expectAccessible(page, 'signal categories page');

    await page.getByRole('button', { name: 'Bewaartermijn nu toepassen' }).click();
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ melding(en)? vernietigd/ })
      .waitFor();
    await expectAccessible(page, 'signal categories page after the retention run');
  });

  it('edits a category: a broken question is refused at its field, a new deadline is saved', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Hennepkwekerij' }).click();
    await expectHeading(page, 'Categorie Hennepkwekerij');
    await waitForContent(page);
    expect(await page.getByLabel('Termijn in dagen').inputValue()).toBe('3');
    await expectAccessible(page, 'category editor');

    await page.getByLabel('Termijn in dagen').fill('4');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const question = page.getByRole('group', { name: 'Vraag 3' });
    await question.waitFor();
    await question.getByLabel('Sleutel').fill('floor');
    await question.getByLabel('Soort antwoord').selectOption({ label: 'Eén keuze uit een lijst' });
    await question.getByLabel('Vraag (Nederlands)').fill('Op welke verdieping?');
    await question.getByLabel('Vraag (Engels)').fill('Which floor?');
    await question.getByLabel('Keuzes').fill('attic|Zolder|Attic\nground Begane grond');
    await page.getByRole('button', { name: 'Categorie opslaan' }).click();
    await page.getByRole('link', { name: /^Vraag 3, Keuzes: Regel 2/ }).waitFor();
    expect(await question.getByLabel('Keuzes').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'category editor with a field error');

    await question.getByLabel('Keuzes').fill('attic|Zolder|Attic\nground|Begane grond|Ground floor');
    await page.getByRole('button', { name: 'Categorie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De categorie is opgeslagen.' }).waitFor();

    await page.getByRole('link', { name: 'Terug naar Meldingcategorieën' }).click();
    await expectHeading(page, 'Meldingcategorieën');
    const row = page.getByRole('table', { name: 'Categorieën, in de volgorde van het meldformulier' }).getByRole('row').filter({ hasText: 'Hennepkwekerij' });
    await expect.poll(() => row.innerText()).toContain('4 werkdagen');
    // Columns after the name: code, deadline, urgency, confidentiality, questions, active, order.
    expect((await row.getByRole('cell').allTextContents())[4]).toBe('3');
  });
});
