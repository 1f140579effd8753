import { inPlace, type RunComputer } from '../../src/excel/actions/compute-run';
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

/**
 * Runs the heavy part of a run in a Web Worker (`run-worker.js`), one job at a time, so the pane's
 * main thread stays free. Cancelling a job terminates the worker (a fresh one starts for the next
 * job). Where no worker can start (a browser without them, a worker refused), the work runs in
 * place, as before.
 *
 * @example createOfficeActions({ compute: workerComputer() })
 */
export function workerComputer(start: () => WorkerLike = startWorker): RunComputer {
  let worker: WorkerLike | null = null;
  let jobs = 0;
  const fallback = inPlace(() => crypto.randomUUID());
  return (job, onStep, signal) => {
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    try {
      worker ??= start();
    } catch {
      return fallback(job, onStep, signal);
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
        if ('step' in data) return onStep(data.step);
        stop();
        if ('error' in data) reject(new Error(data.error));
        else resolve(data.result);
      };
      const onError = (event: ErrorEvent) => {
        stop();
        discard();
        // The worker could not run (its script refused or broken): the work is done in place.
        event.preventDefault();
        fallback(job, onStep, signal).then(resolve, reject);
      };
      const onAbort = () => {
        stop();
        discard();
        reject(signal?.reason);
      };
      running.addEventListener('message', onMessage);
      running.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      running.postMessage({ id, job });
    });
  };
}
