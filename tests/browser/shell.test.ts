/**
 * The frame both apps share: served from the API's origin, the language choice persists across
 * reloads and sets <html lang>, the skip link reaches <main>, and axe finds nothing serious.
 */
import { describe, expect, it } from 'vitest';
import { useWebPlatform } from '../support/browser.js';

const web = useWebPlatform('shell');

describe('web apps: shared frame', () => {
  it('keeps the chosen language across a reload, in the portal and in the console', async () => {
    const page = await web.newPage();
    await page.goto(`${web.baseUrl}/`);
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    expect(await page.getByTestId('language').inputValue()).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The same browser profile opens the console in the language chosen in the portal.
    await page.goto(`${web.baseUrl}/console/`);
    expect(await page.getByTestId('language').inputValue()).toBe('en');
    await page.getByTestId('language').selectOption('kk');
    await page.goto(`${web.baseUrl}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
  });

  it('moves focus to the main content from the skip link, first in the tab order', async () => {
    const page = await web.newPage({ lang: 'ru' });
    await page.goto(`${web.baseUrl}/`);
    // Wait for the app to render: a Tab pressed before React mounts focuses nothing.
    await page.getByText('Перейти к содержимому').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к содержимому');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('serves client-side routes and the apps with a content security policy; unknown assets are 404', async () => {
    const deep = await fetch(`${web.baseUrl}/console/some/deep/route`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('/assets/console');
    expect(deep.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${web.baseUrl}/assets/nope.js`)).status).toBe(404);
    // An encoded ../ is decoded and normalized inside web/dist: the app's page, never a file outside.
    const escape = await fetch(`${web.baseUrl}/..%2f..%2fpackage.json`);
    expect(await escape.text()).not.toContain('devDependencies');
    expect((await fetch(`${web.baseUrl}/v1/nope`)).status).toBe(404);
  });
});
