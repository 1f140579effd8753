type Listener = (waiting: boolean) => void;

/**
 * Tells the task pane when Excel refuses the add-in's work because a cell is being edited (`true`,
 * while the host waits to try again) and when the wait is over (`false`), so the pane can say what
 * to do (finish editing the cell). Runs in the add-in's shared runtime, like `ribbonOutcomes`.
 *
 * @example const stop = cellEditWaits.subscribe((waiting) => show(waiting)); … stop();
 */
export class CellEditWaits {
  private readonly listeners = new Set<Listener>();

  publish(waiting: boolean): void {
    for (const listener of this.listeners) listener(waiting);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** The runtime's channel, fed by the Office host's retries (`DEFAULT_RETRY`). */
export const cellEditWaits = new CellEditWaits();
