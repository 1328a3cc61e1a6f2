/**
 * Browser tests: the platform with its web apps (built once by the global setup) and Debian's
 * Chromium driven by playwright-core. Screenshots of key screens go to test-artifacts/screenshots
 * (look at them); `axe()` runs axe-core in the page and returns the serious and critical
 * violations; console errors and uncaught page errors are collected per page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, ensureChromium } from '../../scripts/lib/chromium.js';
import { ensureWebBuild, webDist } from '../../scripts/local/web.js';
import { usePlatform } from './platform.js';
import type { PlatformOptions } from '../../scripts/local/platform.js';

export const screenshotDir = join(process.cwd(), 'test-artifacts', 'screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

export function useWebPlatform(name: string, opts: PlatformOptions = {}) {
  const ctx = usePlatform(name, { webDist: webDist(), ...opts });
  const state = {} as { browser: Browser; contexts: BrowserContext[]; pageErrors: string[] };
  beforeAll(async () => {
    // The built portal and console (rebuilt only when a source changed; one build for parallel files).
    await ensureWebBuild();
    state.browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs });
    state.contexts = [];
    state.pageErrors = [];
  }, 600_000);
  afterAll(async () => {
    for (const c of state.contexts ?? []) await c.close().catch(() => undefined);
    await state.browser?.close();
  });
  return {
    ctx,
    /** The API and the apps share one origin: http://127.0.0.1:PORT (portal) and …/console/ (console). */
    get baseUrl() {
      return ctx.api;
    },
    /** Errors the pages threw or logged (a test can assert there were none). */
    get pageErrors() {
      return state.pageErrors;
    },
    /** A fresh browser profile (its own storage), like another person on another computer. */
    async newPage(o: { lang?: string } = {}): Promise<Page> {
      const c = await state.browser.newContext({ locale: o.lang === 'en' ? 'en-GB' : o.lang === 'kk' ? 'kk-KZ' : 'ru-RU', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      state.contexts.push(c);
      const page = await c.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (e) => state.pageErrors.push(`${name}: ${e.message}`));
      page.on('console', (m) => {
        // Failed fetches the app shows as messages (4xx answers) are expected; script errors are not.
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) state.pageErrors.push(`${name}: ${m.text()}`);
      });
      // Frames without storage (a PDF previewed in the page) are left alone.
      if (o.lang)
        await page.addInitScript((l) => {
          try {
            window.localStorage?.setItem('eqyzmet.lang', l);
          } catch {
            /* no storage in this frame */
          }
        }, o.lang);
      return page;
    },
    async shot(page: Page, file: string): Promise<string> {
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${file}.png`);
      // From the top: a full-page capture of a scrolled page draws the fixed header midway.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    /** axe-core's serious and critical violations on the page as it is now. */
    async axe(page: Page): Promise<AxeViolation[]> {
      // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy doesn't govern.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const result = (await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, { resultTypes: ['violations'] });
        return r.violations;
      })) as AxeViolation[];
      return result
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
    },
  };
}
