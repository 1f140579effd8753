import type { UpdateStatus } from '../model/statuses';
import type { TaskUpdate } from '../model/task-update';

/** A TaskUpdates row, read for the state machine. */
export interface UpdateRequest {
  readonly to: UpdateStatus;
  /** The Result as written (a number stays a number); `null` when blank. */
  readonly result: string | number | null;
  /** The Result as text; `null` when blank. */
  readonly resultText: string | null;
  /** The Blockers, trimmed, blank ones dropped. */
  readonly blockers: readonly string[];
  /** Hours to add to Actual Hours; `null` when blank or 0. */
  readonly hours: number | null;
}

/**
 * @example requestOf({ ...update, result: '  ', blockers: ['legal ', ' '] }, 'blocked')
 * // { to: 'blocked', result: null, resultText: null, blockers: ['legal'], hours: null }
 */
export function requestOf(update: TaskUpdate, to: UpdateStatus): UpdateRequest {
  const text = update.result === null ? null : String(update.result).trim();
  const hasResult = text !== null && text !== '';
  return {
    to,
    result: hasResult ? update.result : null,
    resultText: hasResult ? text : null,
    blockers: update.blockers.map((b) => b.trim()).filter((b) => b !== ''),
    hours: update.hours === null || update.hours === 0 ? null : update.hours,
  };
}
