import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, openPage, useServerAndPage, waitForContent } from './browser.js';

/** Today in Amsterdam (YYYY-MM-DD), the day the server counts in. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const inThreeWeeks = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(Date.now() + 21 * 86_400_000),
);

/** Selects the option whose text contains `text` (option labels carry more than the number or name). */
async function selectContaining(select: Locator, text: string): Promise<void> {
  // The options may arrive a moment after the status message of the step before (the section reloads its data).
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached' });
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => o.includes(text));
  if (!label) throw new Error(`no option with "${text}" in [${options.join(' | ')}]`);
  await select.selectOption({ label });
}

async function status(page: Page, text: string | RegExp): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/**
 * Issue 6 end to end: a school refers a pupil, the regisseur takes the referral on, does the intake, accepts and makes a
 * plan, a case conference records a decision, the trajectory moves to nazorg and the 3-month follow-up task appears
 * in "Mijn werk". Each actor works in a browser context of their own; axe-core checks every page on the way.
 */
describe('from a school referral to the 3-month follow-up task', () => {
  const e2e = useServerAndPage();
  let regisseur: Page;
  let trajectoryUrl = '';
  let number = '';

  beforeAll(async () => {
    await logIn(e2e.page, e2e.server, 'school');
    regisseur = (await openPage(e2e.browser)).page;
    await logIn(regisseur, e2e.server, 'pga');
  }, 120_000);

  it('the school refers a pupil; a referral without a legal basis is refused with a clear message', { timeout: 120_000 }, async () => {
    const { page, server } = e2e;
    await page.goto(appUrl(server, '/careers'));
    await expectHeading(page, 'Jongerenaanpak');
    await waitForContent(page);
    await expectAccessible(page, 'caseload of a school partner');
    await page.getByRole('link', { name: 'Jongere aanmelden' }).click();
    await expectHeading(page, 'Jongere aanmelden');
    await waitForContent(page);
    await page.getByLabel('Voornamen').fill('Noor');
    await page.getByLabel('Achternaam').fill('Flowtest');
    await page.getByLabel('Geboortedatum').fill('2011-03-14');
    await page.getByLabel('Waarom meld je de jongere aan?').fill('Verzuimt, wordt na school opgewacht door oudere jongens met een scooter.');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = page.locator('.dwb-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Grondslag');
    await expectAccessible(page, 'referral form with errors');
    await page.getByLabel('Grondslag').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(page, /^JA-\d{4}-\d{5}: Noor Flowtest$/);
    trajectoryUrl = page.url();
    number = (await page.getByRole('heading', { level: 1 }).innerText()).split(':')[0]!;
    await waitForContent(page);
    await expectAccessible(page, 'trajectory page as referrer');
  });

  it('the regisseur takes it on, does the intake, accepts and makes a plan with an action for the school', { timeout: 120_000 }, async () => {
    const page = regisseur;
    await page.goto(appUrl(e2e.server, '/careers'));
    await expectHeading(page, 'Jongerenaanpak');
    await page.getByRole('table', { name: 'Wachtrij intake' }).waitFor();
    await expectAccessible(page, 'caseload of the regisseur');
    await page.getByRole('button', { name: `Zelf oppakken: ${number}` }).click();
    await status(page, 'jouw naam');
    await page.goto(trajectoryUrl);
    await expectHeading(page, new RegExp(`^${number}`));
    await waitForContent(page);
    await page.getByRole('heading', { level: 2, name: 'Intake' }).waitFor();
    for (const radio of await page.getByLabel('Voldaan', { exact: true }).all()) await radio.check();
    await page.getByLabel('Ja, geïnformeerd').check();
    await page.getByLabel('Doelgroep').selectOption({ label: 'Jonge aanwas' });
    await page.getByRole('button', { name: 'Intake opslaan' }).click();
    await status(page, 'De intake is opgeslagen.');
    await page.getByLabel('Aannemen').check();
    await page.getByLabel('Toelichting bij het besluit').fill('Alle criteria gelden; de jongere en zijn moeder zijn geïnformeerd.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await status(page, 'Het intakebesluit is vastgelegd.');
    await expectAccessible(page, 'trajectory in phase plan');

    const goalForm = page.getByRole('group', { name: 'Nieuw doel' });
    await goalForm.getByLabel('Leefgebied').selectOption({ label: 'School of opleiding' });
    await goalForm.getByLabel('Doel', { exact: true }).fill('Weer elke dag naar school, en het schooljaar afmaken.');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await status(page, 'Het doel is toegevoegd.');
    const actionForm = page.getByRole('group', { name: 'Nieuwe actie' });
    await selectContaining(actionForm.getByLabel('Bij doel'), 'Weer elke dag naar school');
    await actionForm.getByLabel('Actie', { exact: true }).fill('Wekelijks gesprek met mentor over aanwezigheid.');
    await selectContaining(actionForm.getByLabel('Verantwoordelijke'), 'Sanne Mentor');
    await actionForm.getByLabel('Uiterlijk op').fill(inThreeWeeks);
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await status(page, /Sanne Mentor/);
    await page.getByLabel('Naar fase').selectOption({ label: 'Uitvoering' });
    await page.getByRole('button', { name: 'Fase wijzigen' }).click();
    await status(page, 'Uitvoering');
    await expectAccessible(page, 'trajectory with a plan');
  });

  it('a case conference puts it on the agenda and records a decision; the minutes are there as PDF', { timeout: 120_000 }, async () => {
    const page = regisseur;
    await page.goto(appUrl(e2e.server, '/careers/case-conferences/new'));
    await expectHeading(page, 'Casusoverleg plannen');
    await waitForContent(page);
    await page.getByLabel('Titel').fill('Casusoverleg Overvecht');
    await page.getByLabel('Datum').fill(today);
    await page.getByRole('button', { name: 'Plannen' }).click();
    await expectHeading(page, /Casusoverleg Overvecht/);
    await waitForContent(page);
    await selectContaining(page.getByLabel('Traject', { exact: true }), number);
    await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await status(page, 'Het traject staat op de agenda.');
    await page.getByLabel('Nieuw besluit').fill('School en jongerenwerk zoeken samen een sportclub; over zes weken terugkoppelen.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('School en jongerenwerk zoeken samen een sportclub').first().waitFor();
    await expectAccessible(page, 'case conference with a decision');
    const minutes = page.getByRole('link', { name: /Notulen/ });
    expect(await minutes.getAttribute('href')).toMatch(/minutes\.pdf$/);
  });

  it('the school sees the decision and its task, read-only, and nothing of the shielded life domains', { timeout: 120_000 }, async () => {
    const { page, server } = e2e;
    await page.goto(trajectoryUrl);
    await expectHeading(page, new RegExp(`^${number}`));
    await waitForContent(page);
    await page.getByText('School en jongerenwerk zoeken samen een sportclub').first().waitFor();
    expect(await page.getByRole('button', { name: 'Fase wijzigen' }).count()).toBe(0);
    await page
      .getByText(/Afgeschermd/)
      .first()
      .waitFor();
    await expectAccessible(page, 'trajectory as a team partner');
    await page.goto(appUrl(server, '/'));
    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);
    expect(await page.locator('main').innerText()).toContain('Wekelijks gesprek met mentor');
  });

  it('the regisseur moves it to nazorg, and the 3-month follow-up task appears in "Mijn werk"', { timeout: 120_000 }, async () => {
    const page = regisseur;
    await page.goto(trajectoryUrl);
    await expectHeading(page, new RegExp(`^${number}`));
    await waitForContent(page);
    await page.getByLabel('Naar fase').selectOption({ label: 'Nazorg' });
    await page.getByRole('button', { name: 'Fase wijzigen' }).click();
    await page.locator('.dwb-error-summary').waitFor();
    await page.getByLabel('Reden', { exact: true }).selectOption({ label: 'Doelen bereikt' });
    await page.getByRole('button', { name: 'Fase wijzigen' }).click();
    await status(page, 'Nazorg');
    await page.getByRole('table', { name: 'Nazorgcontacten' }).waitFor();
    await expectAccessible(page, 'trajectory in nazorg');
    await page.goto(appUrl(e2e.server, '/'));
    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);
    const work = await page.locator('main').innerText();
    expect(work).toContain(`Nazorgcontact na 3 maanden: ${number}`);
    expect(work).toContain(`Nazorgcontact na 6 maanden: ${number}`);
    expect(work).toContain(`Nazorgcontact na 12 maanden: ${number}`);
  });
});

describe('figures and prevention', () => {
  const e2e = useServerAndPage();

  it('management sees the figures with small numbers as "< 5", and no trajectory', { timeout: 120_000 }, async () => {
    const { page, server } = e2e;
    await logIn(page, server, 'management');
    await page.goto(appUrl(server, '/careers/overview'));
    await expectHeading(page, 'Cijfers jongerenaanpak');
    await waitForContent(page);
    expect(await page.locator('main').innerText()).toContain('< 5');
    await expectAccessible(page, 'careers overview for management');
    await page.goto(appUrl(server, '/careers'));
    await waitForContent(page);
    expect(await page.locator('main').innerText()).not.toMatch(/JA-\d{4}-\d{5}/);
  });
});
