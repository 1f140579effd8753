import type { Instant } from '../../engine/model/primitives';
import { describeIssues } from '../../workbook/describe/describe-issues';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { modelOfSources, type WorkbookSources } from '../../workbook/read/read-workbook';
import { trackRead } from '../../workbook/run/prepare-track';
import type { InputProblems, RunPreview } from '../operator-actions';
import { IdTape } from './id-tape';
import { runPreview } from './run-preview';

/** One run's heavy part, as plain data: what was read, and how to run it. */
export interface RunJob {
  /** The workbook's sheets and tables, and the cells read from them. */
  readonly sources: WorkbookSources;
  /** The report time a commit replays; `null`: Settings As Of, else `now`. */
  readonly asOf: Instant | null;
  /** The clock when the run started. */
  readonly now: Instant;
  readonly runId: string;
  /** `null`: every active campaign. */
  readonly campaignIds: readonly string[] | null;
  /** The ids a preview handed out, handed out again in order by its commit. */
  readonly replayIds: readonly string[];
}

/** The run worked out: the preview to show and the plan that writes it, or the input problems. */
export type ComputedRun =
  | InputProblems
  | {
      readonly kind: 'computed';
      readonly preview: RunPreview;
      readonly plan: WritePlan;
      /** The report time the run used (for its commit to use it again). */
      readonly asOf: Instant;
      /** Every id handed out, in order (for its commit to replay). */
      readonly usedIds: readonly string[];
    };

/** The steps of the heavy part, as the progress view names them. */
export type ComputeStep = 'checking' | 'computing';

/**
 * The heavy part of a run, with no Office.js and nothing written: the cells read become the model
 * (every input problem at once), the engine runs, the write plan is built and the preview made. Pure
 * data in and out, so it runs in a Web Worker as well as in place (`RunComputer`).
 *
 * @example const computed = computeRun(job, () => crypto.randomUUID()); computed.kind // 'computed'
 */
export function computeRun(
  job: RunJob,
  newId: () => string,
  onStep?: (step: ComputeStep) => void,
): ComputedRun {
  onStep?.('checking');
  const ids = new IdTape(newId, job.replayIds);
  const prepared = trackRead(modelOfSources(job.sources), {
    asOf: job.asOf,
    now: () => job.now,
    runId: job.runId,
    newId: ids.next,
    ...(job.campaignIds === null ? {} : { campaignIds: job.campaignIds }),
    onStep: (step) => {
      if (step === 'computing') onStep?.('computing');
    },
  });
  if (!prepared.ok) {
    const issues = describeIssues([...prepared.issues, ...prepared.warnings], prepared.sourceMap);
    return { kind: 'input_problems', issues };
  }
  const { result, read, plan } = prepared;
  return {
    kind: 'computed',
    preview: runPreview({
      result,
      input: read.input,
      sourceMap: read.sourceMap,
      plan,
      warnings: prepared.warnings,
    }),
    plan,
    asOf: result.asOf,
    usedIds: ids.used,
  };
}

/**
 * Where the heavy part runs: in place (`inPlace`), or in a Web Worker so the pane never freezes
 * (the task pane's `workerComputer`). `signal` stops it: the promise rejects with its `AbortError`.
 */
export type RunComputer = (
  job: RunJob,
  onStep: (step: ComputeStep) => void,
  signal?: AbortSignal,
) => Promise<ComputedRun>;

/**
 * The heavy part in the calling thread (tests, the ribbon, a page without workers).
 *
 * @example const compute = inPlace(() => crypto.randomUUID());
 */
export function inPlace(newId: () => string): RunComputer {
  return (job, onStep, signal) =>
    new Promise((resolve) => {
      signal?.throwIfAborted();
      resolve(computeRun(job, newId, onStep));
    });
}
