import type { WorkbookLogs } from '../read/workbook-logs';

/** Task Log rows that record a revert carry this before the reverted run's id in Run ID. */
export const REVERT_RUN_PREFIX = 'revert:';

/**
 * The run a revert undoes: the last one in Campaign History (every run that tracks a campaign
 * writes a row there), else the last run in the Task Log. `null` when the logs name no run.
 *
 * @example lastRunId(logs) // 'run-2026-11-24'
 */
export function lastRunId(logs: WorkbookLogs): string | null {
  const history = logs.campaignHistory.flatMap((row) => (row.runId === null ? [] : [row.runId]));
  const last = history[history.length - 1];
  if (last !== undefined) return last;
  const runs = logs.taskLog.filter((row) => !row.runId.startsWith(REVERT_RUN_PREFIX));
  return runs[runs.length - 1]?.runId ?? null;
}

/**
 * Whether the logs hold any row of `runId` (its Task Log rows or its Campaign History rows). A run
 * committed through Office but missing here was undone in Excel (Ctrl+Z) or its rows were deleted.
 *
 * @example isRunLogged(logs, 'run-2026-11-24') // true
 */
export function isRunLogged(logs: WorkbookLogs, runId: string): boolean {
  return (
    logs.campaignHistory.some((row) => row.runId === runId) || logs.taskLog.some((row) => row.runId === runId)
  );
}

/**
 * Whether the Task Log records a revert of `runId` (reverting is one level deep: a reverted run
 * stays reverted, and the run before it is not reverted in turn).
 *
 * @example isReverted(logs, 'run-2026-11-24') // true after a revert
 */
export function isReverted(logs: WorkbookLogs, runId: string): boolean {
  return logs.taskLog.some((row) => row.runId === `${REVERT_RUN_PREFIX}${runId}`);
}
