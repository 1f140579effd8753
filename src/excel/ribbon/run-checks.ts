/// <reference types="office-js" />
import type { OperatorActions, RunCommitted, InputProblems, RunPreview } from '../operator-actions';
import { toOperatorError } from '../office-messages';
import { ribbonOutcomes, type RibbonOutcome, type RunOutcomeChannel } from './run-outcome-channel';

/** What a ribbon command receives from Office: it must call `completed()` when done. */
export interface CommandEvent {
  completed(): void;
}

export interface RunChecksDeps {
  readonly actions: OperatorActions;
  readonly channel?: RunOutcomeChannel;
  /** Opens the task pane (`Office.addin.showAsTaskpane`, shared runtime). */
  readonly showPane?: () => Promise<void>;
}

const noProgress = (): void => undefined;

/** Prepare, then commit; a workbook that changed in between is prepared once more, then committed. */
async function prepareAndCommit(actions: OperatorActions): Promise<RunCommitted | InputProblems> {
  let preview: RunPreview | InputProblems = await actions.prepareRun({ campaignIds: null }, noProgress);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (preview.kind === 'input_problems') return preview;
    const done = await actions.commitRun(preview, noProgress);
    if (done.kind !== 'stale') return done;
    preview = done.preview;
  }
  throw new Error('the workbook kept changing while the run was writing');
}

/**
 * The ribbon's "Run checks": tracks every active campaign and writes the results without asking
 * (no preview to confirm: pressing the button is the confirmation, as its tooltip says; Revert last
 * run undoes it). The outcome goes to the task pane through `ribbonOutcomes` and the pane opens to
 * show it: the run written (the first new Report sheet is activated too), its input problems, or the
 * error. Always calls `event.completed()`.
 *
 * @example Office.actions.associate('runChecks', (event) => runChecks(event, { actions: createOfficeActions() }));
 */
export async function runChecks(event: CommandEvent, deps: RunChecksDeps): Promise<RibbonOutcome> {
  const channel = deps.channel ?? ribbonOutcomes;
  const showPane = deps.showPane ?? (() => Office.addin.showAsTaskpane());
  let outcome: RibbonOutcome;
  try {
    const done = await prepareAndCommit(deps.actions);
    outcome = done.kind === 'committed' ? { kind: 'committed', committed: done } : done;
  } catch (error) {
    outcome = { kind: 'failed', message: toOperatorError(error).message };
  }
  channel.publish(outcome);
  try {
    const first = outcome.kind === 'committed' ? outcome.committed.sheets[0] : undefined;
    if (first !== undefined) await deps.actions.select({ sheet: first.report });
    await showPane();
  } catch {
    // Showing the result is a courtesy: the run itself is done (or reported through the channel).
  } finally {
    event.completed();
  }
  return outcome;
}
