import type { Frame, Locator } from 'playwright-core';
import { typeIn, workbookIn } from './fake-in-page';
import type { PlaygroundPage } from './playground-browser';
import { tableRecords } from './workbook-reads';

// What a marketer does in the pane, by role and name, with the keyboard only: Tab to a control
// (never a click), then Enter or Space. Each step waits for the heading its result shows, never for
// a fixed time.

const TAB_LIMIT = 120;

/**
 * Presses Tab until `target` has focus, from wherever focus is (entering the pane from the page);
 * throws if it is not reachable by Tab.
 */
export async function tabTo({ page }: PlaygroundPage, target: Locator): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < TAB_LIMIT; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement && document.hasFocus())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} was not reached with ${TAB_LIMIT} presses of Tab`);
}

/** Tab to the button named `name`, then press `key` (Enter by default). */
export async function press(handle: PlaygroundPage, name: string | RegExp, key = 'Enter'): Promise<void> {
  await tabTo(handle, handle.pane.getByRole('button', { name, exact: typeof name === 'string' }));
  await handle.page.keyboard.press(key);
}

export const heading = (pane: Frame, name: string | RegExp) => pane.getByRole('heading', { name });

/** Tab to the tab list, then the arrow keys to `tab`, then Enter. */
export async function openTab(handle: PlaygroundPage, tab: 'Track' | 'Import' | 'Set up'): Promise<void> {
  const tabs = ['Track', 'Import', 'Set up'];
  const selected = handle.pane.getByRole('tab', { selected: true });
  await tabTo(handle, selected);
  const from = tabs.indexOf((await selected.textContent()) ?? '');
  const to = tabs.indexOf(tab);
  for (let i = from; i !== to; i += to > from ? 1 : -1)
    await handle.page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  await handle.page.keyboard.press('Enter');
  await handle.pane.getByRole('tabpanel', { name: tab }).waitFor();
}

/** Types the report time into Settings' As Of value, as a person would in the Settings sheet. */
export async function typeAsOf(pane: Frame, text: string): Promise<void> {
  const row = tableRecords(await workbookIn(pane), 'Settings').findIndex((r) => r['Key'] === 'As Of');
  if (row < 0) throw new Error('the Settings table has no As Of row');
  await typeIn(pane, 'Settings', `B${row + 2}`, [[text]]);
}

/** Run checks → the result, nothing written. */
export async function runChecks(handle: PlaygroundPage): Promise<void> {
  await press(handle, 'Run checks');
  await heading(handle.pane, 'Checked — nothing written yet').waitFor();
}

/** Write report (in the footer) → what was written. */
export async function writeReport(handle: PlaygroundPage): Promise<void> {
  await press(handle, /^Write report — /);
  await heading(handle.pane, 'Report written').waitFor();
}

/** Revert last run… → the confirmation naming the run. */
export async function askToRevert(handle: PlaygroundPage): Promise<void> {
  await press(handle, 'Revert last run…');
  await heading(handle.pane, /^Revert the run of /).waitFor();
}

/** Revert now (Space) → what was reverted. */
export async function confirmRevert(handle: PlaygroundPage): Promise<void> {
  await press(handle, 'Revert now', ' ');
  await heading(handle.pane, 'Last run reverted').waitFor();
}

/** The text of each list item in the pane's region named `region` (a section and its heading). */
export function listItemsIn(pane: Frame, region: string | RegExp): Promise<string[]> {
  return pane.getByRole('region', { name: region }).getByRole('listitem').allInnerTexts();
}

/** Import tab → Import pasted range → the import's review. */
export async function importPastedRange(handle: PlaygroundPage): Promise<void> {
  await openTab(handle, 'Import');
  await press(handle, 'Import pasted range');
  await heading(handle.pane, 'Review the import').waitFor();
}

/** Import (on the review) → what was imported. */
export async function confirmImport(handle: PlaygroundPage): Promise<void> {
  await press(handle, 'Import');
  await heading(handle.pane, 'Imported').waitFor();
}
