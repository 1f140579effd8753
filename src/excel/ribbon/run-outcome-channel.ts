import type { InputProblems, RunCommitted } from '../operator-actions';

/** What a run started from the ribbon ended with, for the task pane to show. */
export type RibbonOutcome =
  | { readonly kind: 'committed'; readonly committed: RunCommitted }
  | InputProblems
  | { readonly kind: 'failed'; readonly message: string };

type Listener = (outcome: RibbonOutcome) => void;

/**
 * Hands the ribbon command's outcome to the task pane. Both run in the add-in's shared runtime
 * (one JavaScript context), so a module-level channel reaches the pane whether it is open already
 * (its listener fires) or opens later (it reads `last`).
 *
 * @example const stop = ribbonOutcomes.subscribe((o) => show(o)); … stop();
 */
export class RunOutcomeChannel {
  private latest: RibbonOutcome | null = null;
  private readonly listeners = new Set<Listener>();

  get last(): RibbonOutcome | null {
    return this.latest;
  }

  publish(outcome: RibbonOutcome): void {
    this.latest = outcome;
    for (const listener of this.listeners) listener(outcome);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** The channel of the add-in's runtime. */
export const ribbonOutcomes = new RunOutcomeChannel();
