/// <reference types="office-js" />
import { createOfficeActions } from '../create-office-actions';
import type { OperatorActions } from '../operator-actions';
import { runChecks, type CommandEvent } from './run-checks';

let actions: OperatorActions | null = null;

/**
 * The function the manifest's `runChecks` ribbon button calls (associate it with
 * `Office.actions.associate('runChecks', runChecksCommand)` in the runtime entry).
 *
 * @example Office.actions.associate('runChecks', runChecksCommand);
 */
export async function runChecksCommand(event: CommandEvent): Promise<void> {
  actions ??= createOfficeActions();
  await runChecks(event, { actions });
}
