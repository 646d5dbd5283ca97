import { describe, expect, it } from 'vitest';
import { appUrl, demoUser, expectAccessible, expectHeading, waitForContent, useServerAndPage } from './browser.js';

describe('switching the interface language', () => {
  const e2e = useServerAndPage();

  it('shows Dutch by default and English after choosing it', async () => {
    await e2e.page.goto(appUrl(e2e.server));
    await expectHeading(e2e.page, 'Inloggen');
    expect(await e2e.page.locator('html').getAttribute('lang')).toBe('nl');
    const languages = e2e.page.getByRole('group', { name: 'Taal' });
    expect(await languages.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    await languages.getByRole('button', { name: 'English' }).click();

    await expectHeading(e2e.page, 'Log in');
    expect(await e2e.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await e2e.page.title()).toBe('Log in · Dwarsboom');
    expect(await e2e.page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);
    const switcher = e2e.page.getByRole('group', { name: 'Language' });
    expect(await switcher.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(e2e.page, 'English login page');
  });

  it('keeps English through the login flow and after a reload', async () => {
    const user = demoUser(e2e.server, 'management');
    await e2e.page.getByLabel('Username').fill(user.username);
    await e2e.page.getByLabel('Password').fill(user.password);
    await e2e.page.getByRole('button', { name: 'Log in' }).click();

    await expectHeading(e2e.page, 'Verification code');
    await e2e.page.getByLabel('Verification code or recovery code').fill(e2e.server.totp(user.totpSecret));
    await e2e.page.getByRole('button', { name: 'Log in' }).click();

    await expectHeading(e2e.page, 'My work');
    await waitForContent(e2e.page);
    await e2e.page.getByText(/You have no open tasks\./).waitFor();
    expect(await e2e.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).toEqual([
      'My work',
      'Enforcement',
      'Prevention',
      'Youth approach figures',
    ]);
    expect(await e2e.page.getByRole('button', { name: 'Log out everywhere' }).count()).toBe(1);
    await expectAccessible(e2e.page, 'English My work');

    await e2e.page.reload();
    await expectHeading(e2e.page, 'My work');
    expect(await e2e.page.locator('html').getAttribute('lang')).toBe('en');

    await e2e.page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
    await expectHeading(e2e.page, 'Mijn werk');
    expect(await e2e.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await e2e.page.title()).toBe('Mijn werk · Dwarsboom');
  });
});
