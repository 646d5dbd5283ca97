import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, useServerAndPage, waitForContent } from './browser.js';

interface MeasureItem {
  id: string;
  number: string;
  status: string;
  legalBasis: { code: string; kind: string };
}

const DECIDED = ['announced', 'execution', 'follow_up', 'closed'];

describe('the jurist keeps letter templates and makes a letter on a measure', () => {
  const e2e = useServerAndPage();

  beforeAll(() => logIn(e2e.page, e2e.server, 'jurist'));

  it('refuses an unknown merge field at the field, then saves a new version', async () => {
    const { page, server } = e2e;
    await page.goto(appUrl(server, '/enforcement/policy/letter-templates'));
    await expectHeading(page, 'Briefsjablonen');
    await waitForContent(page);
    await page.getByRole('table', { name: 'Briefsjablonen' }).waitFor();
    await expectAccessible(page, 'letter templates');

    await page.getByRole('link', { name: 'Waarschuwing Opiumwet artikel 13b' }).click();
    await expectHeading(page, 'Waarschuwing Opiumwet artikel 13b');
    await waitForContent(page);
    await page.getByRole('table', { name: 'Samenvoegvelden met hun betekenis' }).waitFor();
    expect(await page.getByText('Code waarschuwing_13b, soort Waarschuwing, huidige versie 1.').count()).toBe(1);
    await expectAccessible(page, 'letter template editor');

    const body = page.getByLabel('Tekst', { exact: true });
    const original = await body.inputValue();
    await body.fill(`${original}\n\nMet vriendelijke groet, {{ afzender }}`);
    await page.getByLabel('Toelichting bij deze versie').fill('Groet toegevoegd');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    const error = page.locator('[id="letter-template-body-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('Onbekend samenvoegveld {{afzender}}');
    expect(await body.getAttribute('aria-describedby')).toContain('letter-template-body-error');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'letter template editor with an error');

    await body.fill(`${original}\n\nMet vriendelijke groet, {{ bevoegd_gezag }}`);
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie 2 is opgeslagen.' }).waitFor();
    expect(await page.getByText('Code waarschuwing_13b, soort Waarschuwing, huidige versie 2.').count()).toBe(1);
    const history = page.getByRole('region', { name: 'Versiegeschiedenis' });
    expect(await history.getByText(/^Versie 2, .*\(huidige versie\)$/).count()).toBe(1);
    await history.getByText(/^Versie 1, /).click();
    expect(await history.getByText('Toelichting: Standaardsjabloon van Dwarsboom').isVisible()).toBe(true);
    await expectAccessible(page, 'letter template editor after saving');
  });

  it('makes a decision letter on a demo measure and downloads it', async () => {
    const { page, server } = e2e;
    const res = await page.request.get(new URL('/api/v1/enforcement/measures?status=all&limit=100', server.url).href);
    expect(res.status()).toBe(200);
    const { items } = (await res.json()) as { items: MeasureItem[] };
    const measure = items.find((item) => DECIDED.includes(item.status) && item.legalBasis.kind === 'closure');
    expect(measure, 'a demo closure measure that has been announced').toBeDefined();
    const template = measure!.legalBasis.code.includes('174')
      ? 'Besluit tot sluiting (Gemeentewet artikel 174a)'
      : 'Besluit tot sluiting (Opiumwet artikel 13b)';

    await page.goto(appUrl(server, `/enforcement/measures/${measure!.id}`));
    const panel = page.locator(`section[aria-labelledby="letters-${measure!.id}"]`);
    await panel.getByLabel('Sjabloon').waitFor();
    await waitForContent(page);
    await panel.getByLabel('Sjabloon').selectOption({ label: template });
    await panel.getByRole('button', { name: 'Brief maken' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /is gemaakt \(versie \d+\)\.$/ })
      .waitFor();
    const table = panel.getByRole('table', { name: 'Brieven bij deze zaak, per soort met versies' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'measure page with a letter');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table
        .getByRole('link', { name: /^Download .*versie 1 \(PDF\)$/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${measure!.number}-besluit_sluiting_.*-v1\\.pdf$`));
    const content = await readFile((await download.path())!);
    expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Before the announcement a decision letter misses its grace period: the server says which fields, nothing is made.
    const pending = items.find((item) => ['decision', 'opinion_period', 'intention'].includes(item.status) && item.legalBasis.kind === 'closure');
    expect(pending, 'a demo closure measure before its announcement').toBeDefined();
    await page.goto(appUrl(server, `/enforcement/measures/${pending!.id}`));
    const pendingPanel = page.locator(`section[aria-labelledby="letters-${pending!.id}"]`);
    await pendingPanel.getByLabel('Sjabloon').waitFor();
    await waitForContent(page);
    const pendingTemplate = pending!.legalBasis.code.includes('174')
      ? 'Besluit tot sluiting (Gemeentewet artikel 174a)'
      : 'Besluit tot sluiting (Opiumwet artikel 13b)';
    await pendingPanel.getByLabel('Sjabloon').selectOption({ label: pendingTemplate });
    await pendingPanel.getByRole('button', { name: 'Brief maken' }).click();
    await pendingPanel.getByText(/\{\{begunstigingstermijn\}\}.*nog geen waarde in deze zaak/).waitFor();
    expect(await pendingPanel.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'measure page with a refused letter');
  });
});
