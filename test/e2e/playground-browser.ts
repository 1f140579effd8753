import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { playgroundQuery, type PlaygroundOptions } from '../../playground/options';

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
/** The playground page: the pane is 320 × 800 px at its left, as in Excel. */
export const VIEWPORT = { width: 1120, height: 800 } as const;

export interface BrowserOptions {
  /** Where the playground is served (`http://127.0.0.1:<port>`). */
  readonly origin: string;
  /** What `Date.now()` answers in the page (the sample workbook is built around that day). */
  readonly now: Date;
  readonly timeZone: string;
}

/** One playground page: the page, the pane's frame in it, and what went wrong in either. */
export interface PlaygroundPage {
  readonly page: Page;
  /** The task pane (the add-in's production page, in the playground's iframe). */
  readonly pane: Frame;
  /** Console errors, uncaught page errors, CSP violations and refused requests, in order. */
  readonly faults: readonly string[];
  /** The address of each Web Worker the page (or its pane) started, in order. */
  readonly workers: readonly string[];
  close(): Promise<void>;
}

export interface PlaygroundBrowser {
  /** Opens the playground on `options` and waits for the pane's title. */
  open(options: PlaygroundOptions): Promise<PlaygroundPage>;
  close(): Promise<void>;
}

/**
 * Headless Chromium (one per test file: a fresh profile, a fixed clock and time zone) on the
 * playground (`npm run playground`'s server): the production task pane beside the grid of the
 * in-memory Excel. Any address outside the server is refused (and counted as a fault).
 *
 * @example const browser = await launchPlayground({ origin, now, timeZone }); const { pane } = await browser.open({ workbook: 'sample', theme: 'light' });
 */
export async function launchPlayground(options: BrowserOptions): Promise<PlaygroundBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'co-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: VIEWPORT,
    timezoneId: options.timeZone,
    locale: 'en-US',
  });
  await context.clock.setFixedTime(options.now);
  await context.route(
    (url) => url.origin !== options.origin,
    (route) => route.abort('blockedbyclient'),
  );
  for (const page of context.pages()) await page.close();
  return {
    open: async (playground) => {
      const page = await context.newPage();
      const faults: string[] = [];
      const workers: string[] = [];
      page.on('worker', (worker) => void workers.push(worker.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'assert')
          faults.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => faults.push(`request failed: ${request.url()}`));
      await page.exposeFunction('__reportFault', (text: string) => void faults.push(text));
      // In every frame (the pane's too): a Content-Security-Policy violation is a fault.
      await page.addInitScript(() => {
        const page = window as unknown as { __reportFault: (text: string) => void };
        document.addEventListener('securitypolicyviolation', (event) =>
          page.__reportFault(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(`${options.origin}/${playgroundQuery(playground)}`);
      const pane = await paneFrame(page);
      await pane.getByRole('heading', { name: 'Campaign Operator', level: 1 }).waitFor();
      return { page, pane, faults, workers, close: () => page.close() };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The pane's frame, once its page has loaded in the playground's iframe. */
async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe#pane');
  for (;;) {
    const frame = await element.contentFrame();
    if (frame !== null && frame.url().includes('taskpane.html')) return frame;
    await page.waitForTimeout(50);
  }
}
