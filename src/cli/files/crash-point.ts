/**
 * Where a test may make the tool die while it writes (docs/reliability.md, "Faults"): while the
 * workbook's temporary file is half written, once the workbook is staged, once the memory files
 * are staged too, once the workbook is renamed into place, once the first memory file is.
 */
export type CrashPoint =
  'writing-temp' | 'staged-workbook' | 'staged-memory' | 'renamed-workbook' | 'renamed-memory';

/** The environment variable a test sets to a crash point's name. */
export const CRASH_AT = 'CAMPAIGN_OPERATOR_CRASH_AT';

/**
 * Kills this process on the spot — SIGKILL, so nothing is cleaned up, as with a power cut — when
 * the environment variable `CAMPAIGN_OPERATOR_CRASH_AT` names `point`. Without it, does nothing.
 *
 * @example crashPoint('staged-workbook'); // dies here only under CAMPAIGN_OPERATOR_CRASH_AT=staged-workbook
 */
export function crashPoint(point: CrashPoint): void {
  if (process.env[CRASH_AT] === point) process.kill(process.pid, 'SIGKILL');
}
