import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, demoUser, expectAccessible, expectHeading, launchBrowser, openPage, waitForContent } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

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
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    ({ page } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts with a visible skip link and reaches "Mijn werk" with Tab, typing and Enter', async () => {
    const user = demoUser(server, 'jurist');
    await page.goto(appUrl(server));
    await expectHeading(page, 'Inloggen');

    await page.keyboard.press('Tab');
    const skipLink = await focused(page);
    expect(skipLink).toMatchObject({ tag: 'a', text: 'Naar hoofdinhoud', focusVisible: true, outlined: true, inViewport: true });
    await expectAccessible(page, 'login page with the skip link focused');

    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main-content' });

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'login-username', outlined: true });
    await page.keyboard.type(user.username);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'login-password' });
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Verificatiecode');
    // After moving to the next step, focus is on the new page's heading ...
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Verificatiecode' });
    // ... and the code field is the next Tab stop.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'verification-code', outlined: true });
    await page.keyboard.type(server.totp(user.totpSecret));
    await page.keyboard.press('Enter');

    await expectHeading(page, 'Mijn werk');
    await waitForContent(page);
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Mijn werk' });
    await expectAccessible(page, 'Mijn werk reached by keyboard');
  });
});
