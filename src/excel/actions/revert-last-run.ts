import { isoTimestamp } from '../../engine/time/iso';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { buildRevertPlan, type RevertPlan } from '../../workbook/plan/build-revert-plan';
import { lastRunId } from '../../workbook/plan/revert-run';
import { readWorkbook, type ReadWorkbookResult } from '../../workbook/read/read-workbook';
import { OperatorError } from '../office-error';
import { revertBlockedMessage } from '../office-messages';
import type { LastRunInfo, RevertResult, RunToRevert } from '../operator-actions';
import type { ActionContext } from './action-context';

type ReadOk = Extract<ReadWorkbookResult, { ok: true }>;
type Revert = Extract<RevertPlan, { kind: 'revert' }>;

function revertPlan(context: ActionContext, read: ReadOk): RevertPlan {
  return buildRevertPlan({
    logs: read.logs,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
    at: context.now(),
    timeZone: read.input.settings.timeZone,
  });
}

/** The run a revert undoes, as the pane names it: when (its Campaign History time), what, which sheets. */
function runToRevert(read: ReadOk, revert: Revert): RunToRevert {
  const times = read.logs.campaignHistory
    .filter((row) => row.runId === revert.runId)
    .flatMap((row) => (row.recordedAt === undefined || row.recordedAt === null ? [] : [row.recordedAt]));
  const at = times.length === 0 ? null : Math.max(...times);
  return {
    runId: revert.runId,
    at: at === null ? null : isoTimestamp(at),
    timeZone: read.input.settings.timeZone,
    restoredTasks: revert.restored,
    reopenedUpdates: revert.reopenedUpdates,
    removedSheets: revert.removedSheets,
  };
}

/**
 * What Revert last run would undo, read from the logs (nothing written): the run, when, the tasks it
 * puts back, the updates it reopens and the sheets it deletes — or why there is nothing to revert.
 *
 * @example await describeLastRun(context) // { kind: 'none', reason: 'no_run' } on a fresh workbook
 */
export async function describeLastRun(context: ActionContext): Promise<LastRunInfo> {
  const read = await readWorkbook(context.host);
  if (!read.ok) return { kind: 'none', reason: 'unreadable' };
  const revert = revertPlan(context, read);
  if (revert.kind === 'nothing_to_revert')
    return { kind: 'none', reason: lastRunId(read.logs) === null ? 'no_run' : 'reverted' };
  return { kind: 'run', ...runToRevert(read, revert) };
}

/**
 * Undoes the last run (changes made through Office.js cannot be undone with Ctrl+Z): restores the
 * task cells it changed, reopens the updates it applied, removes its Report and CMO Feedback
 * sheets and records the revert in the Task Log. See `buildRevertPlan`.
 *
 * @example await revertLastRun(context) // { kind: 'reverted', runId: 'run-…', restoredTasks: [{ taskId: 'T-3', … }], … }
 */
export async function revertLastRun(context: ActionContext): Promise<RevertResult> {
  const read = await readWorkbook(context.host);
  if (!read.ok) {
    const errors = describeIssues(read.issues, read.sourceMap).filter((i) => i.severity === 'error');
    throw new OperatorError('InputErrors', revertBlockedMessage(errors.map((e) => e.text)));
  }
  const revert = revertPlan(context, read);
  if (revert.kind === 'nothing_to_revert') return revert;
  await context.host.apply(revert.plan);
  return { kind: 'reverted', ...runToRevert(read, revert) };
}
