import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The README's picture of the pane. */
export const SCREENSHOT_FILE = resolve(__dirname, '../../docs/images/taskpane.png');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The pane from its top, at the browser's width, `height` pixels tall (no focus outline). */
export async function paneScreenshot(page: Page, height: number): Promise<Buffer> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height }, animations: 'disabled' });
}

/** Width and height of a PNG (its IHDR chunk); throws when `png` is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Writes the README's screenshot only when asked (`UPDATE_SCREENSHOT=1`), so test runs leave the
 * working tree clean; returns whether it wrote.
 */
export function saveScreenshotIfAsked(png: Buffer): boolean {
  if (process.env['UPDATE_SCREENSHOT'] !== '1') return false;
  if (!existsSync(dirname(SCREENSHOT_FILE))) mkdirSync(dirname(SCREENSHOT_FILE), { recursive: true });
  writeFileSync(SCREENSHOT_FILE, png);
  return true;
}
