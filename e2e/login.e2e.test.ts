import { describe, expect, it } from 'vitest';
import { appUrl, expectAccessible, expectHeading, logIn, openPage, waitForContent, useServerAndPage } from './browser.js';

describe('logging in with password and TOTP', () => {
  const e2e = useServerAndPage();

  it('lands the analyst on "Mijn werk" with her open tasks', async () => {
    await logIn(e2e.page, e2e.server, 'analist');

    expect(await e2e.page.title()).toBe('Mijn werk · Dwarsboom');
    await expectAccessible(e2e.page, 'Mijn werk');
    const rows = e2e.page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(4); // header, the two seeded tasks and the demo signal assigned to the analyst
    await e2e.page.getByRole('row', { name: /Melding behandelen/ }).waitFor();
    const overdue = e2e.page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ });
    await expect.poll(() => overdue.textContent()).toMatch(/Te laat/);
    const notOverdue = e2e.page.getByRole('row', { name: /Wekelijkse analyse van nieuwe meldingen/ });
    expect(await notOverdue.textContent()).not.toMatch(/Te laat/);
  });

  it('shows only the navigation the role allows, and refuses other pages', async () => {
    const nav = e2e.page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Mijn werk', 'Meldingen', 'Handhaving', 'Preventie', 'Cijfers jongerenaanpak', 'Register']);

    await e2e.page.goto(appUrl(e2e.server, '/audit'));
    await expectHeading(e2e.page, 'Geen toegang');
    await expectAccessible(e2e.page, 'forbidden page');
  });

  it('marks a task as done and says so', async () => {
    await e2e.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn werk' }).click();
    await expectHeading(e2e.page, 'Mijn werk');
    await waitForContent(e2e.page);

    await e2e.page.getByRole('button', { name: /^Markeer als gedaan\W+Voorbereiden RIEC-casusoverleg$/ }).click();
    await e2e.page.getByRole('status').filter({ hasText: 'De taak “Voorbereiden RIEC-casusoverleg” is afgerond.' }).waitFor();
    expect(await e2e.page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ }).count()).toBe(0);
    await expectAccessible(e2e.page, 'Mijn werk after completing a task');

    await e2e.page.reload();
    await expectHeading(e2e.page, 'Mijn werk');
    await waitForContent(e2e.page);
    expect(await e2e.page.getByRole('row', { name: /Voorbereiden RIEC-casusoverleg/ }).count()).toBe(0);
    expect(await e2e.page.getByRole('row', { name: /Wekelijkse analyse van nieuwe meldingen/ }).count()).toBe(1);
  });

  it('"Overal uitloggen" ends the sessions in other browsers, which then return to the login page', async () => {
    const other = await openPage(e2e.browser);
    await logIn(other.page, e2e.server, 'analist');

    await e2e.page.getByRole('button', { name: 'Overal uitloggen' }).click();
    await expectHeading(e2e.page, 'Inloggen');
    await e2e.page.getByText('Je bent op al je apparaten en browsers uitgelogd.').waitFor();

    // The other e2e.browser still shows "Mijn werk"; its next API call answers 401.
    await other.page.getByRole('button', { name: /^Markeer als gedaan\W+Wekelijkse analyse van nieuwe meldingen$/ }).click();
    await expectHeading(other.page, 'Inloggen');
    await other.page.getByText('Je sessie is verlopen. Log opnieuw in om verder te werken.').waitFor();
    await expectAccessible(other.page, 'login e2e.page after the session ended');
    await other.context.close();
  });
});
