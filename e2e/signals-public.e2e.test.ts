import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, useServerAndPage } from './browser.js';

/** A photo as a phone would send it (with a GPS position in its EXIF). */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 90, channels: 3, background: '#2a6' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'LeakCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' } })
    .toBuffer();
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Clicks a submit button and returns the status of the answer it leads to. */
async function submit(page: Page, button: string | RegExp): Promise<number> {
  const response = page.waitForResponse((r) => r.request().isNavigationRequest());
  await page.getByRole('button', { name: button }).click();
  const status = (await response).status();
  await page.waitForLoadState();
  return status;
}

describe('the public report form', () => {
  const e2e = useServerAndPage();
  const url = (path: string) => new URL(path, e2e.server.url).href;

  const noScript = (locale = 'nl-NL'): Promise<BrowserContext> => e2e.browser.newContext({ javaScriptEnabled: false, locale, timezoneId: 'Europe/Amsterdam' });

  /** axe is a script: it checks a server-rendered page in a context with JavaScript. */
  const expectPageAccessible = async (path: string, label: string) => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(url(path));
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expectAccessible(page, label);
    await context.close();
  };

  it('works without JavaScript: choose, fill in with a photo, send, follow up with the code and add information', async () => {
    const context = await noScript();
    const page = await context.newPage();
    await page.goto(url('/melden'));
    await expectHeading(page, 'Melding doen');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    expect(await page.getByRole('link', { name: '0800-7000' }).getAttribute('href')).toBe('tel:08007000');
    // What to look for, per category, without JavaScript (details/summary).
    await page.getByText('Waar kunt u op letten bij "Hennepkwekerij"?').click();
    await page.getByText('Constant gezoem of geruis van afzuiging').waitFor();

    // Going on without a choice asks for one.
    expect(await submit(page, 'Verder')).toBe(400);
    await page.getByRole('alert').getByRole('link', { name: 'Kies waar uw melding over gaat.' }).waitFor();
    await page.getByLabel('Hennepkwekerij', { exact: true }).check();
    expect(await submit(page, 'Verder')).toBe(200);
    await expectHeading(page, 'Melding: Hennepkwekerij');
    expect(page.url()).toBe(url('/melden/formulier?categorie=cannabis_grow'));

    // A first try with mistakes: errors at the fields, the input kept.
    await page.getByLabel('Beschrijving').fill('wiet');
    await page.getByLabel('Datum').fill('2099-01-01');
    expect(await submit(page, 'Melding versturen')).toBe(400);
    expect(await page.title()).toBe('Fout: Melding: Hennepkwekerij | Gemeente Utrecht');
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Beschrijf wat u zag, in minstens 10 tekens.' }).click();
    expect(page.url()).toMatch(/#melden-description$/);
    expect(await page.getByLabel('Beschrijving').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#melden-description-error').textContent()).toBe('Fout: Beschrijf wat u zag, in minstens 10 tekens.');
    await summary.getByRole('link', { name: 'Beantwoord de vraag "Wat viel u op?".' }).waitFor();
    await summary.getByRole('link', { name: 'De datum ligt in de toekomst. Wanneer zag u het?' }).waitFor();
    await summary.getByRole('link', { name: /^Geef aan waar het is/ }).waitFor();
    expect(await page.getByLabel('Beschrijving').inputValue()).toBe('wiet');

    await page.getByLabel('Beschrijving').fill('Sterke hennepgeur en gezoem bij de schuur achter nummer 12, vooral ’s avonds.');
    await page.getByRole('group', { name: 'Wat viel u op?' }).getByLabel('Hennepgeur').check();
    await page.getByRole('group', { name: 'Wat viel u op?' }).getByLabel('Gezoem of afzuiging').check();
    await page.getByLabel('Datum').fill(daysAgo(2));
    await page.getByLabel('Tijd').fill('22:15');
    await page.getByLabel('Postcode').fill('3511 AB');
    await page.getByLabel('Huisnummer').fill('12');
    await page.getByLabel(/^Foto/).setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
    expect(await submit(page, 'Melding versturen')).toBe(200);

    await expectHeading(page, 'Melding ontvangen');
    const lead = await page.locator('.utrecht-paragraph--lead').textContent();
    const number = /SIG-\d{4}-\d{6}/.exec(lead ?? '')?.[0];
    expect(number).toBeDefined();
    const code = (await page.locator('#melden-follow-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(page.url()).not.toContain(code);

    await page.getByRole('link', { name: 'Melding volgen' }).click();
    await expectHeading(page, 'Melding volgen');
    await page.getByLabel('Volgcode').fill(code.toLowerCase());
    expect(await submit(page, 'Bekijken')).toBe(200);
    await expectHeading(page, `Melding ${number!}`);
    expect(await page.locator('#melden-status').textContent()).toBe('Ontvangen');
    expect(page.url()).toBe(url('/melden/volgen'));

    await page.getByLabel('Wat wilt u toevoegen?').fill('Vannacht stond er een busje met draaiende motor voor de schuur.');
    expect(await submit(page, 'Toevoegen')).toBe(200);
    await page.getByRole('status').getByText('Uw informatie is toegevoegd. Bedankt.').waitFor();
    await page.getByText('1 keer').waitFor();
    expect(page.url()).not.toContain(code);
    await context.close();
  });

  it('with JavaScript: the map sets the point, by click, by the button and by keyboard, and the form sends it; every page passes axe', async () => {
    const context = await e2e.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    page.on('pageerror', (error) => blocked.push(error.message));

    await page.goto(url('/melden'));
    await expectHeading(page, 'Melding doen');
    await expectAccessible(page, 'category list');
    await page.getByLabel('Vermoeden drugslab', { exact: true }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectHeading(page, 'Melding: Vermoeden drugslab');

    const centre = page.getByRole('button', { name: 'Kies het midden van de kaart' });
    await centre.waitFor();
    const map = page.getByRole('application', { name: 'Kaart om een punt te kiezen' });
    await map.locator('.leaflet-tooltip').first().waitFor();
    await expectAccessible(page, 'report form with the map');

    // Sending without anything: errors, with the map still there.
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expectHeading(page, 'Melding: Vermoeden drugslab');
    await page.getByRole('alert').waitFor();
    await centre.waitFor();
    await expectAccessible(page, 'report form with errors');

    const lat = page.locator('#melden-lat');
    const lon = page.locator('#melden-lon');
    expect(await lat.inputValue()).toBe('');
    await centre.click();
    expect(await lat.inputValue()).toBe('52.090700');
    expect(await lon.inputValue()).toBe('5.121400');
    expect(await page.locator('#melden-map-status').textContent()).toBe('Gekozen punt: 52.090700, 5.121400.');

    await map.click({ position: { x: 60, y: 60 } });
    const clicked = [await lat.inputValue(), await lon.inputValue()];
    expect(Number(clicked[0])).toBeGreaterThan(52.0907);
    expect(Number(clicked[1])).toBeLessThan(5.1214);

    await map.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    expect(Number(await lon.inputValue())).toBeGreaterThan(5.1214);
    const chosen = [await lat.inputValue(), await lon.inputValue()];

    await page.getByLabel('Beschrijving').fill('Chemische geur van aceton, ’s nachts busjes die laden bij de loods.');
    await page
      .getByRole('group', { name: /Wat rook u/ })
      .getByLabel('Aceton of nagellakremover')
      .check();
    const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/melden/formulier'));
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    const body = (await request).postData() ?? '';
    expect(body).toContain(`name="lat"\r\n\r\n${chosen[0]}\r\n`);
    expect(body).toContain(`name="lon"\r\n\r\n${chosen[1]}\r\n`);
    await expectHeading(page, 'Melding ontvangen');
    await expectAccessible(page, 'receipt');
    const code = (await page.locator('#melden-follow-code').textContent())!.trim();

    await page.getByRole('link', { name: 'Melding volgen' }).click();
    await expectHeading(page, 'Melding volgen');
    await expectAccessible(page, 'follow-up');
    await page.getByLabel('Volgcode').fill('ABCD-EFGH-JKMN-PQRS-TVWX');
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^Bij deze code vinden we geen melding/ })
      .waitFor();
    await expectAccessible(page, 'follow-up with a wrong code');
    await page.getByLabel('Volgcode').fill(code);
    await page.getByRole('button', { name: 'Bekijken' }).click();
    await page.locator('#melden-status').getByText('Ontvangen').waitFor();
    await expectAccessible(page, 'follow-up status');
    await page.getByLabel('Wat wilt u toevoegen?').fill('kort');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'follow-up status with an error');
    await page.getByLabel('Wat wilt u toevoegen?').fill('Er staan nu ook blauwe vaten bij de loods.');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Uw informatie is toegevoegd. Bedankt.').waitFor();
    await expectAccessible(page, 'follow-up status after adding');

    expect(blocked).toEqual([]);
    await context.close();
  });

  it('works in English, and every page passes axe', async () => {
    const context = await noScript('en-GB');
    const page = await context.newPage();
    await page.goto(url('/melden'));
    await page.getByRole('link', { name: 'English' }).click();
    await expectHeading(page, 'Report something');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Something else', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Report: Something else');
    await page.getByLabel('Description', { exact: true }).fill('A shop that is always empty but open until late at night.');
    await page.getByLabel('Description of the place').fill('The corner shop at the end of the street.');
    expect(await submit(page, 'Send report')).toBe(200);
    await expectHeading(page, 'Report received');
    const code = (await page.locator('#melden-follow-code').textContent())!.trim();
    await page.getByRole('link', { name: 'Follow up a report' }).click();
    await page.getByLabel('Follow-up code').fill(code);
    expect(await submit(page, 'View')).toBe(200);
    expect(await page.locator('#melden-status').textContent()).toBe('Received');
    await context.close();

    await expectPageAccessible('/en/report', 'English category list');
    await expectPageAccessible('/en/report/form?category=intimidation', 'English form');
    await expectPageAccessible('/en/report/form', 'English category list with an error');
    await expectPageAccessible('/en/report/follow-up', 'English follow-up');
    await expectPageAccessible('/melden/formulier?categorie=recruitment', 'Dutch form of another category');
  });
});
