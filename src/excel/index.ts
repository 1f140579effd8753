/**
 * The Office host's public surface: what the task pane and the add-in's runtime import.
 */
export { createOfficeActions, type OfficeActionsOptions } from './create-office-actions';
export { computeRun, inPlace, type ComputedRun, type RunComputer, type RunJob } from './actions/compute-run';
export type { ExportParser, ParseJob } from './actions/parse-export';
export { OfficeWorkbookHost, type OfficeHostOptions } from './host/office-workbook-host';
export { OperatorError } from './office-error';
export { checkRequirementSets, REQUIRED_EXCEL_API } from './requirement-sets';
export { runChecks, type CommandEvent } from './ribbon/run-checks';
export { runChecksCommand } from './ribbon/run-checks-command';
export { ribbonOutcomes, RunOutcomeChannel, type RibbonOutcome } from './ribbon/run-outcome-channel';
export { cellEditWaits, CellEditWaits } from './cell-edit-waits';
export type * from './operator-actions';
