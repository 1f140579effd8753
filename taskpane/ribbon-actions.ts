import { runChecksCommand } from '../src/excel/ribbon/run-checks-command';

/** A ribbon button's handler (`ExecuteFunction`): it must call `event.completed()` when it is done. */
export type RibbonAction = (event: Office.AddinCommands.Event) => void | Promise<void>;

/** How an action is handed to Office; `Office.actions.associate` in the add-in. */
export type Associate = (functionName: string, action: RibbonAction) => void;

/**
 * The handlers of the manifest's `ExecuteFunction` buttons, by `<FunctionName>`. This is the one place
 * where ribbon commands are wired: `runChecks` is the Office host's (src/excel/ribbon/), which tracks
 * every active campaign without a preview and reports through the task pane (docs/excel-host.md).
 */
export const RIBBON_ACTIONS: Readonly<Record<string, RibbonAction>> = { runChecks: runChecksCommand };

/**
 * Hands every ribbon action to Office. The runtime calls it before the UI loads, so the buttons
 * work even when the task pane was never opened.
 *
 * @example registerRibbonActions(RIBBON_ACTIONS) // Office.actions.associate for each entry
 */
export function registerRibbonActions(
  actions: Readonly<Record<string, RibbonAction>>,
  associate: Associate = (name, action) => Office.actions.associate(name, action),
): void {
  for (const [name, action] of Object.entries(actions)) associate(name, action);
}
