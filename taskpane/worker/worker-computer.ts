import { inPlace, type ComputedRun, type RunComputer } from '../../src/excel/actions/compute-run';
import type { ExportParser, ParsedJob } from '../../src/excel/actions/parse-export';
import { RUN_WORKER_FILE, type WorkerAnswer, type WorkerQuestion } from './run-worker-protocol';

/** The part of a `Worker` the computer uses (a test passes its own). */
export interface WorkerLike {
  postMessage(question: WorkerQuestion): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerAnswer>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<WorkerAnswer>) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** The run worker, from the pane's own folder (the page's policy admits scripts of its origin). */
function startWorker(): WorkerLike {
  return new Worker(new URL(RUN_WORKER_FILE, document.baseURI)) as unknown as WorkerLike;
}

/** What the pane's worker does: a run's heavy part, and an import's parse. */
export interface WorkerJobs {
  readonly compute: RunComputer;
  readonly parse: ExportParser;
}

type Question = WorkerQuestion extends infer Q ? (Q extends WorkerQuestion ? Omit<Q, 'id'> : never) : never;

/**
 * The pane's Web Worker (`run-worker.js`), one job at a time, so the pane's main thread stays free:
 * a run's heavy part (`compute`) and an import's parse (`parse`). Cancelling a run terminates the
 * worker (a fresh one starts for the next job). Where no worker can start (a browser without them, a
 * worker refused), the work runs in place: a run's here, an import's parse by its caller (`null`).
 *
 * @example const jobs = workerJobs(); createOfficeActions({ compute: jobs.compute, parse: jobs.parse })
 */
export function workerJobs(start: () => WorkerLike = startWorker): WorkerJobs {
  let worker: WorkerLike | null = null;
  let jobs = 0;
  const fallback = inPlace(() => crypto.randomUUID());

  /** Asks the worker; `undefined` when it cannot start or cannot run (the caller works in place). */
  const ask = <T>(
    question: Question,
    answerOf: (data: WorkerAnswer) => T | undefined,
    onStep: (data: WorkerAnswer) => void,
    signal?: AbortSignal,
  ): Promise<T | undefined> => {
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    try {
      worker ??= start();
    } catch {
      return Promise.resolve(undefined);
    }
    const running = worker;
    jobs += 1;
    const id = jobs;
    return new Promise((resolve, reject) => {
      const stop = () => {
        running.removeEventListener('message', onMessage);
        running.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      const discard = () => {
        running.terminate();
        if (worker === running) worker = null;
      };
      const onMessage = ({ data }: MessageEvent<WorkerAnswer>) => {
        if (data.id !== id) return;
        if ('step' in data) return onStep(data);
        stop();
        if ('error' in data) return reject(new Error(data.error));
        resolve(answerOf(data));
      };
      const onError = (event: ErrorEvent) => {
        stop();
        discard();
        // The worker could not run (its script refused or broken): the work is done in place.
        event.preventDefault();
        resolve(undefined);
      };
      const onAbort = () => {
        stop();
        discard();
        reject(signal?.reason);
      };
      running.addEventListener('message', onMessage);
      running.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      running.postMessage({ ...question, id } as WorkerQuestion);
    });
  };

  return {
    compute: async (job, onStep, signal) => {
      const computed = await ask<ComputedRun>(
        { job },
        (data) => ('result' in data ? data.result : undefined),
        (data) => 'step' in data && onStep(data.step),
        signal,
      );
      return computed ?? fallback(job, onStep, signal);
    },
    parse: async (job) =>
      (await ask<ParsedJob>(
        { parse: job },
        (data) => ('parsed' in data ? data.parsed : undefined),
        () => undefined,
      )) ?? null,
  };
}

/**
 * A run's heavy part in the pane's Web Worker (`workerJobs(start).compute`).
 *
 * @example createOfficeActions({ compute: workerComputer() })
 */
export function workerComputer(start: () => WorkerLike = startWorker): RunComputer {
  return workerJobs(start).compute;
}
