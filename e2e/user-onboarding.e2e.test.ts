import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, launchBrowser, logIn, openPage, waitForContent } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

const NEW_USER = {
  username: 'tineke.toezicht',
  displayName: 'Tineke Toezicht',
  email: 'tineke.toezicht@utrecht.example',
  newPassword: 'Zes hoge bomen in de Biltstraat',
};

describe('a new colleague from account creation to "Mijn werk"', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let temporaryPassword = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the administrator create the account and see the temporary password once', async () => {
    ({ page } = await openPage(browser));
    await logIn(page, server, 'beheerder');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gebruikers' }).click();
    await expectHeading(page, 'Gebruikers');
    await waitForContent(page);
    await expectAccessible(page, 'Gebruikers');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Gebruiker aanmaken' }) });
    await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    // Client-side validation: every field is required, and the summary links to the fields.
    const summary = page.locator('.dwb-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').count()).toBe(6);
    expect(await form.getByLabel('Gebruikersnaam').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'create-user form with errors');

    await form.getByLabel('Gebruikersnaam').fill(NEW_USER.username);
    await form.getByLabel('Volledige naam').fill(NEW_USER.displayName);
    await form.getByLabel('E-mailadres').fill(NEW_USER.email);
    await form.getByLabel('Rol').selectOption({ label: 'Toezichthouder' });
    await form.getByLabel('Organisatie').selectOption({ label: 'Gemeente Utrecht' });
    await form.getByLabel('Hoogste vertrouwelijkheidsniveau').selectOption({ label: 'Vertrouwelijk' });
    await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();

    await page.getByRole('heading', { name: `Tijdelijk wachtwoord voor ${NEW_USER.username}` }).waitFor();
    temporaryPassword = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(NEW_USER.username) }).count()).toBe(1);
    await expectAccessible(page, 'Gebruikers with temporary password');

    await page.getByRole('button', { name: 'Ik heb het wachtwoord doorgegeven' }).click();
    expect(await page.getByTestId('temporary-password').count()).toBe(0);

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expectHeading(page, 'Inloggen');
    await page.getByText('Je bent uitgelogd.').waitFor();
    await expectAccessible(page, 'login page after logout');
  });

  it('makes the new user change the password, enrol TOTP and store recovery codes', async () => {
    expect(temporaryPassword).not.toBe('');
    await page.goto(appUrl(server));
    await expectHeading(page, 'Inloggen');
    await page.getByLabel('Gebruikersnaam').fill(NEW_USER.username);
    await page.getByLabel('Wachtwoord').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await expectHeading(page, 'Kies een nieuw wachtwoord');
    await expectAccessible(page, 'password change page');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_USER.newPassword);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${NEW_USER.newPassword}!`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    const repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
    await expect.poll(() => repeat.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await repeat.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toBe('De twee wachtwoorden zijn niet gelijk.');
    await expectAccessible(page, 'password change page with errors');

    // The server's password policy answers with errors[].path = body.newPassword: shown at that field.
    const newPassword = page.getByLabel('Nieuw wachtwoord', { exact: true });
    await newPassword.fill(`${NEW_USER.username}-2026`);
    await repeat.fill(`${NEW_USER.username}-2026`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => newPassword.getAttribute('aria-invalid')).toBe('true');
    const serverMessageId = ((await newPassword.getAttribute('aria-describedby')) ?? '').split(' ').at(-1);
    expect(await page.locator(`[id="${serverMessageId}"]`).textContent()).toBe('Het wachtwoord mag uw gebruikersnaam niet bevatten.');
    expect(await repeat.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page, 'password change page with a server-side field error');

    await newPassword.fill(NEW_USER.newPassword);
    await repeat.fill(NEW_USER.newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

    await expectHeading(page, 'Tweestapsverificatie instellen');
    await page.getByRole('img', { name: 'QR-code om Dwarsboom aan je authenticator-app toe te voegen' }).waitFor();
    await expectAccessible(page, 'TOTP enrolment page');
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('Verificatiecode uit de app').fill(server.totp(secret));
    await page.getByRole('button', { name: 'Tweestapsverificatie inschakelen' }).click();

    await expectHeading(page, 'Bewaar je herstelcodes');
    const codes = await page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    }
    await expectAccessible(page, 'recovery codes page');
    await page.getByRole('button', { name: 'Ik heb ze bewaard, ga verder' }).click();

    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);
    await page.getByRole('heading', { level: 2, name: 'Geen openstaande taken' }).waitFor();
    await page.getByText(/Je hebt geen openstaande taken\. Taken verschijnen hier zodra/).waitFor();
    expect(await page.getByText('Ingelogd als Tineke Toezicht').count()).toBe(1);
    await expectAccessible(page, 'Mijn werk of the new user');
  });
});
