import { isoTimestamp } from '../../engine/time/iso';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { buildRevertPlan, type RevertPlan } from '../../workbook/plan/build-revert-plan';
import { readRevertPortfolios } from '../../workbook/plan/revert-portfolio';
import { isRunLogged, lastRunId } from '../../workbook/plan/revert-run';
import { readWorkbook, type ReadWorkbookResult } from '../../workbook/read/read-workbook';
import { OperatorError } from '../office-error';
import { revertBlockedMessage, runUndoneMessage } from '../office-messages';
import type { LastRunInfo, RevertResult, RunToRevert } from '../operator-actions';
import type { ActionContext } from './action-context';

type ReadOk = Extract<ReadWorkbookResult, { ok: true }>;
type Revert = Extract<RevertPlan, { kind: 'revert' }>;

async function revertPlan(context: ActionContext, read: ReadOk): Promise<RevertPlan> {
  return buildRevertPlan({
    logs: read.logs,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
    portfolios: await readRevertPortfolios(context.host, read.logs, read.inventory),
    at: context.now(),
    timeZone: read.input.settings.timeZone,
  });
}

/**
 * Whether the run this add-in last committed is gone from the logs: undone in Excel (Ctrl+Z) or its
 * rows deleted. The run the logs now end with is then an older one, which the person did not ask to
 * revert.
 */
function undoneInExcel(context: ActionContext, read: ReadOk): boolean {
  const committed = context.ledger?.lastCommitted() ?? null;
  return committed !== null && !isRunLogged(read.logs, committed);
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
  if (undoneInExcel(context, read)) return { kind: 'none', reason: 'undone' };
  const revert = await revertPlan(context, read);
  if (revert.kind === 'nothing_to_revert')
    return { kind: 'none', reason: lastRunId(read.logs) === null ? 'no_run' : 'reverted' };
  return { kind: 'run', ...runToRevert(read, revert) };
}

/**
 * Undoes the last run: restores the task cells it changed, reopens the updates it applied, removes
 * its Report, CMO Feedback and Portfolio sheets and records the revert in the Task Log. See `buildRevertPlan`.
 * When the run this add-in last committed is no longer in the logs (undone with Ctrl+Z, which
 * ExcelApi 1.20 allows, or deleted), nothing is reverted: the logs then end with an older run.
 *
 * @example await revertLastRun(context) // { kind: 'reverted', runId: 'run-…', restoredTasks: [{ taskId: 'T-3', … }], … }
 */
export async function revertLastRun(context: ActionContext): Promise<RevertResult> {
  const read = await readWorkbook(context.host);
  if (!read.ok) {
    const errors = describeIssues(read.issues, read.sourceMap).filter((i) => i.severity === 'error');
    throw new OperatorError('InputErrors', revertBlockedMessage(errors.map((e) => e.text)));
  }
  const committed = context.ledger?.lastCommitted() ?? null;
  if (committed !== null && undoneInExcel(context, read))
    throw new OperatorError('RunUndone', runUndoneMessage(committed));
  const revert = await revertPlan(context, read);
  if (revert.kind === 'nothing_to_revert') return revert;
  await context.host.apply(revert.plan);
  return { kind: 'reverted', ...runToRevert(read, revert) };
}
