import type { InputProblems, RunCommitted } from '../../../src/excel/operator-actions';

/** How a run started elsewhere (the ribbon's Run checks) ended, for the pane to show. */
export type OutsideOutcome =
  | { readonly kind: 'committed'; readonly committed: RunCommitted }
  | InputProblems
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Where such outcomes arrive: the Office host's `ribbonOutcomes` channel has this shape. `last` is
 * the outcome published before the pane opened; `subscribe` returns the way to stop listening.
 */
export interface OutcomeFeed {
  readonly last: OutsideOutcome | null;
  subscribe(listener: (outcome: OutsideOutcome) => void): () => void;
}
