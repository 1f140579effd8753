import type { Page } from 'playwright-core';
import { typeIn, workbookIn } from './fake-in-page';
import { tableRecords } from './workbook-reads';

// What a marketer does in the pane, by role and label (keyboard where a person would use it). Each
// step waits for the heading its result shows, never for a fixed time.

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

/** Set up tab (arrow keys from Track, past Import; Enter) → Add sample campaign (Enter) → the sheets it added. */
export async function addSampleCampaign(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Track' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('tabpanel', { name: 'Set up' }).waitFor();
  await page.getByRole('button', { name: 'Add sample campaign' }).press('Enter');
  await heading(page, /^Added \d+ sheets$/).waitFor();
}

/** Types the report time into Settings' As Of value, as a person would in the Settings sheet. */
export async function typeAsOf(page: Page, text: string): Promise<void> {
  const row = tableRecords(await workbookIn(page), 'Settings').findIndex((r) => r['Key'] === 'As Of');
  if (row < 0) throw new Error('the Settings table has no As Of row');
  await typeIn(page, 'Settings', `B${row + 2}`, [[text]]);
}

/** Track tab → Run checks → the preview to confirm. */
export async function runChecks(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Track' }).click();
  await page.getByRole('button', { name: 'Run checks' }).click();
  await heading(page, 'Review before writing').waitFor();
}

/** Apply and write report (Enter) → the summary. */
export async function applyPreview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Apply and write report' }).press('Enter');
  await heading(page, 'Checks done').waitFor();
}

/** Revert last run → the confirmation. */
export async function askToRevert(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Revert last run' }).click();
  await heading(page, 'Revert the last run?').waitFor();
}

/** Revert now (Space) → what was reverted. */
export async function confirmRevert(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Revert now' }).press(' ');
  await heading(page, 'Last run reverted').waitFor();
}

/** The text of each list item in the pane's region named `region` (a section and its heading). */
export function listItemsIn(page: Page, region: string): Promise<string[]> {
  return page.getByRole('region', { name: region }).getByRole('listitem').allInnerTexts();
}

/** Import tab → Import pasted range (Enter) → the import's preview. */
export async function importPastedRange(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Import pasted range' }).press('Enter');
  await heading(page, 'Review the import').waitFor();
}

/** Import (on the preview) → what was imported. */
export async function confirmImport(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Review the import' })
    .getByRole('button', { name: 'Import' })
    .click();
  await heading(page, 'Imported').waitFor();
}
