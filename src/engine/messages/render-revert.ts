/**
 * The Task Log reason of a row that records a revert: which run was undone.
 *
 * @example renderRevertReason('run-2026-11-24') // 'reverted run run-2026-11-24: back to the state before it'
 */
export function renderRevertReason(runId: string): string {
  return `reverted run ${runId}: back to the state before it`;
}
