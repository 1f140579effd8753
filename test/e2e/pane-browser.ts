import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { OFFICE_JS_URL } from '../../build/content-security-policy';
import type { InstallOptions } from '../support/fake-excel';

/** Debian's Chromium (`.ci/run` installs it); Playwright never downloads a browser here. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface BrowserOptions {
  /** Where the add-in is served (`http://127.0.0.1:<port>`). */
  readonly origin: string;
  /** The URL of the Office.js stand-in on that server. */
  readonly standInUrl: string;
  /** What `Date.now()` answers in the page (the sample workbook is built around that day). */
  readonly now: Date;
  readonly timeZone: string;
}

/** One page of the task pane: the fake workbook behind it, and what went wrong in it. */
export interface PanePage {
  readonly page: Page;
  /** Console errors, uncaught page errors, CSP violations and refused requests, in order. */
  readonly faults: readonly string[];
  close(): Promise<void>;
}

export interface PaneBrowser {
  /** Opens `taskpane.html` with the fake Office installed from `fake` and waits for the pane's title. */
  open(fake?: InstallOptions): Promise<PanePage>;
  close(): Promise<void>;
}

/**
 * Headless Chromium (one per test file: a fresh profile, a 320 px wide pane, a fixed clock and time
 * zone) where Office.js is the in-memory Excel: every request for Microsoft's CDN is answered with
 * the stand-in the local server serves, so the production page runs as built, under its own
 * Content-Security-Policy. Any other address outside the server is refused (and counted as a fault).
 *
 * @example const browser = await launchPaneBrowser({ origin, standInUrl, now, timeZone }); const pane = await browser.open();
 */
export async function launchPaneBrowser(options: BrowserOptions): Promise<PaneBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'co-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 320, height: 760 },
    timezoneId: options.timeZone,
    locale: 'en-US',
  });
  await context.clock.setFixedTime(options.now);
  const cdn = `${new URL(OFFICE_JS_URL).origin}/**`;
  await context.route(cdn, async (route) =>
    route.fulfill({ response: await route.fetch({ url: options.standInUrl }) }),
  );
  await context.route(
    (url) => url.origin !== options.origin && !url.href.startsWith(new URL(OFFICE_JS_URL).origin),
    (route) => route.abort('blockedbyclient'),
  );
  for (const page of context.pages()) await page.close();
  return {
    open: async (fake = {}) => {
      const page = await context.newPage();
      const faults: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'assert')
          faults.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => faults.push(`request failed: ${request.url()}`));
      await page.exposeFunction('__reportFault', (text: string) => void faults.push(text));
      await page.addInitScript((options) => {
        const page = window as unknown as {
          __fakeOfficeOptions: unknown;
          __reportFault: (text: string) => void;
        };
        page.__fakeOfficeOptions = options;
        document.addEventListener('securitypolicyviolation', (event) =>
          page.__reportFault(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      }, fake);
      await page.goto(`${options.origin}/taskpane.html`);
      await page.getByRole('heading', { name: 'Campaign Operator', level: 1 }).waitFor();
      return { page, faults, close: () => page.close() };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
