import { describeIssues } from '../../workbook/describe/describe-issues';
import { buildRevertPlan } from '../../workbook/plan/build-revert-plan';
import { readWorkbook } from '../../workbook/read/read-workbook';
import { OperatorError } from '../office-error';
import { revertBlockedMessage } from '../office-messages';
import type { RevertResult } from '../operator-actions';
import type { ActionContext } from './action-context';

/**
 * Undoes the last run (changes made through Office.js cannot be undone with Ctrl+Z): restores the
 * task cells it changed, reopens the updates it applied, removes its Report and CMO Feedback
 * sheets and records the revert in the Task Log. See `buildRevertPlan`.
 *
 * @example await revertLastRun(context) // { kind: 'reverted', runId: 'run-…', restoredTasks: ['T-3'], … }
 */
export async function revertLastRun(context: ActionContext): Promise<RevertResult> {
  const read = await readWorkbook(context.host);
  if (!read.ok) {
    const errors = describeIssues(read.issues, read.sourceMap).filter((i) => i.severity === 'error');
    throw new OperatorError('InputErrors', revertBlockedMessage(errors.map((e) => e.text)));
  }
  const revert = buildRevertPlan({
    logs: read.logs,
    input: read.input,
    sourceMap: read.sourceMap,
    inventory: read.inventory,
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
