import type { LastRunInfo, RunToRevert } from '../../../src/excel/operator-actions';
import { countOf } from './count-of';
import { readableTime } from './readable-time';

/**
 * A run as the pane names it: `the run of 24 Nov 2026, 12:00 New York time` (its report time), or
 * `the last run` when the log has no time.
 *
 * @example runName({ at: '2026-11-24T17:00:00.000Z', timeZone: 'America/New_York', … }) // 'the run of 24 Nov 2026, 12:00 New York time'
 */
export function runName(run: Pick<RunToRevert, 'at' | 'timeZone'>): string {
  return run.at === null ? 'the last run' : `the run of ${readableTime(run.at, run.timeZone)}`;
}

/**
 * What reverting a run changes, in one sentence.
 *
 * @example revertSummary(run) // '4 task statuses put back, 6 updates reopened, 2 sheets deleted'
 */
export function revertSummary(
  run: Pick<RunToRevert, 'restoredTasks' | 'reopenedUpdates' | 'removedSheets'>,
): string {
  return [
    countOf(run.restoredTasks.length, 'task status', 'task statuses') + ' put back',
    countOf(run.reopenedUpdates, 'update') + ' reopened',
    countOf(run.removedSheets.length, 'sheet') + ' deleted',
  ].join(', ');
}

/** Why Revert last run is off, for the reason shown beside it. */
export const NOTHING_TO_REVERT: Readonly<Record<Extract<LastRunInfo, { kind: 'none' }>['reason'], string>> = {
  no_run: 'Nothing to revert: no run has written to this workbook yet.',
  reverted: 'Nothing to revert: the last run was reverted already.',
  unreadable: 'Revert needs a workbook without input errors: run the checks to see them.',
  undone:
    'Nothing to revert: the last run was undone in Excel (Ctrl+Z) or its log rows were deleted. Ctrl+Y redoes it.',
};
