import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the docs' pictures live; every one is taken here, from the playground. */
export const IMAGES = resolve(__dirname, '../../docs/images');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The pictures the docs show, by file name, with what each shows (its alt text is in the docs). */
export const SCREENSHOTS = {
  'first-run.png': 'the placemat on an empty workbook',
  'taskpane.png': 'the sample campaign checked: its card and next actions, Write report in the footer',
  'report-written.png': 'the report written, with links to the new sheets',
  'revert.png': 'Revert last run asking first, naming the run',
  'import-review.png': 'the review of a pasted Google Ads export, fields locked below',
  'problems.png': 'input problems as message bars, each with the cell to go to',
  'taskpane-dark.png': 'the checks’ result in Office’s dark theme',
  'playground.png': 'the playground: the pane beside the in-memory workbook',
} as const;
export type ScreenshotName = keyof typeof SCREENSHOTS;

/** The pane (the playground's iframe) as drawn, 320 × 800 px, with no focus ring. */
export async function paneScreenshot(page: Page): Promise<Buffer> {
  await blurred(page);
  return page.locator('iframe#pane').screenshot({ animations: 'disabled' });
}

/** The whole playground page, as drawn. */
export async function playgroundScreenshot(page: Page): Promise<Buffer> {
  await blurred(page);
  return page.screenshot({ animations: 'disabled' });
}

async function blurred(page: Page): Promise<void> {
  for (const frame of page.frames())
    await frame.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      window.scrollTo(0, 0);
    });
}

/** Width and height of a PNG (its IHDR chunk); throws when `png` is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Writes one of the docs' pictures only when asked (`UPDATE_SCREENSHOT=1`), so test runs leave the
 * working tree clean; returns whether it wrote.
 */
export function saveScreenshotIfAsked(name: ScreenshotName, png: Buffer): boolean {
  if (process.env['UPDATE_SCREENSHOT'] !== '1') return false;
  const file = resolve(IMAGES, name);
  if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  return true;
}
