import { cellEditWaits } from './cell-edit-waits';
import { officeErrorCode } from './office-error';

export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

/** How often, and after how long, a batch refused because the user is editing a cell is tried again. */
export interface RetryPolicy {
  /** The waits before each retry; their number is the number of retries. */
  readonly delaysMs: readonly number[];
  readonly sleep: (ms: number) => Promise<void>;
  /** Told `true` when a wait for the cell edit begins, `false` once the batch runs or fails for good. */
  readonly onWait?: (waiting: boolean) => void;
}

/**
 * Five retries over about eight seconds: long enough to finish typing into a cell. The waits are
 * told to the task pane (`cellEditWaits`).
 */
export const DEFAULT_RETRY: RetryPolicy = {
  delaysMs: [250, 500, 1000, 2000, 4000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onWait: (waiting) => cellEditWaits.publish(waiting),
};

/**
 * Runs `attempt`, and runs it again (after the policy's waits) while it fails with
 * `InvalidOperationInCellEditMode`; any other error, or the last one, is thrown as it is. Each
 * attempt must build its batch afresh (a new `Excel.run`): Excel refuses such a batch whole, so
 * nothing of it was written and running it again writes it once.
 *
 * @example await withCellEditRetry(() => Excel.run(async (context) => { … }), DEFAULT_RETRY)
 */
export async function withCellEditRetry<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let waited = false;
  try {
    for (let tried = 0; ; tried += 1) {
      try {
        return await attempt();
      } catch (error) {
        const delay = policy.delaysMs[tried];
        if (officeErrorCode(error) !== CELL_EDIT_CODE || delay === undefined) throw error;
        if (!waited) policy.onWait?.(true);
        waited = true;
        await policy.sleep(delay);
      }
    }
  } finally {
    if (waited) policy.onWait?.(false);
  }
}
