import { describeIssues } from '../../workbook/describe/describe-issues';
import { buildRevertPlan } from '../../workbook/plan/build-revert-plan';
import { readRevertPortfolios } from '../../workbook/plan/revert-portfolio';
import { isRunLogged } from '../../workbook/plan/revert-run';
import { readWorkbook } from '../../workbook/read/read-workbook';
import { OperatorError } from '../office-error';
import { revertBlockedMessage, runUndoneMessage } from '../office-messages';
import type { RevertResult } from '../operator-actions';
import type { ActionContext } from './action-context';

/**
 * Undoes the last run: restores the task cells it changed, reopens the updates it applied, removes
 * its Report, CMO Feedback and Portfolio sheets and records the revert in the Task Log. See `buildRevertPlan`.
 * When the run this add-in last committed is no longer in the logs (undone with Ctrl+Z, which
 * ExcelApi 1.20 allows, or deleted), nothing is reverted: the logs then end with an older run.
 *
 * @example await revertLastRun(context) // { kind: 'reverted', runId: 'run-…', restoredTasks: ['T-3'], … }
 */
export async function revertLastRun(context: ActionContext): Promise<RevertResult> {
  const read = await readWorkbook(context.host);
  if (!read.ok) {
    const errors = describeIssues(read.issues, read.sourceMap).filter((i) => i.severity === 'error');
    throw new OperatorError('InputErrors', revertBlockedMessage(errors.map((e) => e.text)));
  }
  // A run this add-in committed that the logs no longer hold was undone (Ctrl+Z) or deleted: the
  // run the logs now end with is an older one, which the person did not ask to revert.
  const committed = context.ledger?.lastCommitted() ?? null;
  if (committed !== null && !isRunLogged(read.logs, committed))
    throw new OperatorError('RunUndone', runUndoneMessage(committed));
  const revert = buildRevertPlan({
    logs: read.logs,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
    portfolios: await readRevertPortfolios(context.host, read.logs, read.inventory),
    at: context.now(),
    timeZone: read.input.settings.timeZone,
  });
  if (revert.kind === 'nothing_to_revert') return revert;
  await context.host.apply(revert.plan);
  return {
    kind: 'reverted',
    runId: revert.runId,
    restoredTasks: revert.restoredTasks,
    reopenedUpdates: revert.reopenedUpdates,
    removedSheets: revert.removedSheets,
  };
}
