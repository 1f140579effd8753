import { existsSync } from 'node:fs';

/**
 * Where a test may make the tool die or pause while it writes (docs/reliability.md, "Faults"):
 * once it holds the workbook's lock (before reading), while the workbook's temporary file is half
 * written, once the workbook is staged, once the memory files are staged too, once the workbook
 * is renamed into place, once the first memory file is.
 */
export type CrashPoint =
  | 'locked-workbook'
  | 'writing-temp'
  | 'staged-workbook'
  | 'staged-memory'
  | 'renamed-workbook'
  | 'renamed-memory';

/** The environment variable a test sets to a crash point's name: the tool dies there. */
export const CRASH_AT = 'CAMPAIGN_OPERATOR_CRASH_AT';

/** The environment variable a test sets to a crash point's name: the tool waits there … */
export const PAUSE_AT = 'CAMPAIGN_OPERATOR_PAUSE_AT';
/** … until this file exists (at most two minutes). */
export const PAUSE_UNTIL = 'CAMPAIGN_OPERATOR_PAUSE_UNTIL';

async function waitForFile(path: string): Promise<void> {
  const until = Date.now() + 120_000;
  while (!existsSync(path) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * At `point`: kills this process on the spot — SIGKILL, so nothing is cleaned up, as with a power
 * cut — when `CAMPAIGN_OPERATOR_CRASH_AT` names it, or, when `CAMPAIGN_OPERATOR_PAUSE_AT` names
 * it, waits until the file `CAMPAIGN_OPERATOR_PAUSE_UNTIL` exists (so that a test can start a
 * second run, or change a file, at that moment). Without them, does nothing.
 *
 * @example await crashPoint('staged-workbook'); // dies here only under CAMPAIGN_OPERATOR_CRASH_AT=staged-workbook
 */
export async function crashPoint(point: CrashPoint): Promise<void> {
  if (process.env[CRASH_AT] === point) process.kill(process.pid, 'SIGKILL');
  const until = process.env[PAUSE_UNTIL];
  if (process.env[PAUSE_AT] === point && until !== undefined) await waitForFile(until);
}
