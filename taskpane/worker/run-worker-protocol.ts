import type { ComputedRun, ComputeStep, RunJob } from '../../src/excel/actions/compute-run';
import type { ParsedJob, ParseJob } from '../../src/excel/actions/parse-export';

/** What the pane sends the worker, under an id of its own: a run's heavy part, or an export to parse. */
export type WorkerQuestion =
  { readonly id: number; readonly job: RunJob } | { readonly id: number; readonly parse: ParseJob };

/** What the worker answers: each step of a run as it starts, then its result or its failure. */
export type WorkerAnswer =
  | { readonly id: number; readonly step: ComputeStep }
  | { readonly id: number; readonly result: ComputedRun }
  | { readonly id: number; readonly parsed: ParsedJob }
  | { readonly id: number; readonly error: string };

/** The worker's file, beside the pane's page (a webpack entry of its own). */
export const RUN_WORKER_FILE = 'run-worker.js';
