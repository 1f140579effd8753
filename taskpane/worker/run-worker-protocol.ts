import type { ComputedRun, ComputeStep, RunJob } from '../../src/excel/actions/compute-run';

/** What the pane sends the run worker: one job, under an id of its own. */
export interface WorkerQuestion {
  readonly id: number;
  readonly job: RunJob;
}

/** What the worker answers for a job: each step as it starts, then its result or its failure. */
export type WorkerAnswer =
  | { readonly id: number; readonly step: ComputeStep }
  | { readonly id: number; readonly result: ComputedRun }
  | { readonly id: number; readonly error: string };

/** The worker's file, beside the pane's page (a webpack entry of its own). */
export const RUN_WORKER_FILE = 'run-worker.js';
