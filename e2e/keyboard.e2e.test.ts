import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, demoUser, expectAccessible, expectHeading, waitForContent, useServerAndPage } from './browser.js';

interface FocusInfo {
  tag: string;
  id: string;
  text: string;
  focusVisible: boolean;
  outlined: boolean;
  inViewport: boolean;
}

/** What has keyboard focus now, and whether it shows a focus indicator. */
function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { tag: 'body', id: '', text: '', focusVisible: false, outlined: false, inViewport: false };
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim(),
      focusVisible: element.matches(':focus-visible'),
      outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.width > 0,
    };
  });
}

describe('logging in with the keyboard only', () => {
  const e2e = useServerAndPage();

  it('starts with a visible skip link and reaches "Mijn werk" with Tab, typing and Enter', async () => {
    const user = demoUser(e2e.server, 'jurist');
    await e2e.page.goto(appUrl(e2e.server));
    await expectHeading(e2e.page, 'Inloggen');

    await e2e.page.keyboard.press('Tab');
    const skipLink = await focused(e2e.page);
    expect(skipLink).toMatchObject({ tag: 'a', text: 'Naar hoofdinhoud', focusVisible: true, outlined: true, inViewport: true });
    await expectAccessible(e2e.page, 'login e2e.page with the skip link focused');

    await e2e.page.keyboard.press('Enter');
    expect(await focused(e2e.page)).toMatchObject({ tag: 'main', id: 'main-content' });

    await e2e.page.keyboard.press('Tab');
    expect(await focused(e2e.page)).toMatchObject({ tag: 'input', id: 'login-username', outlined: true });
    await e2e.page.keyboard.type(user.username);
    await e2e.page.keyboard.press('Tab');
    expect(await focused(e2e.page)).toMatchObject({ tag: 'input', id: 'login-password' });
    await e2e.page.keyboard.type(user.password);
    await e2e.page.keyboard.press('Enter');

    await expectHeading(e2e.page, 'Verificatiecode');
    // After moving to the next step, focus is on the new page's heading ...
    expect(await focused(e2e.page)).toMatchObject({ tag: 'h1', text: 'Verificatiecode' });
    // ... and the code field is the next Tab stop.
    await e2e.page.keyboard.press('Tab');
    expect(await focused(e2e.page)).toMatchObject({ tag: 'input', id: 'verification-code', outlined: true });
    await e2e.page.keyboard.type(e2e.server.totp(user.totpSecret));
    await e2e.page.keyboard.press('Enter');

    await expectHeading(e2e.page, 'Mijn werk');
    await waitForContent(e2e.page);
    expect(await focused(e2e.page)).toMatchObject({ tag: 'h1', text: 'Mijn werk' });
    await expectAccessible(e2e.page, 'Mijn werk reached by keyboard');
  });
});
