// The Web Worker that runs the heavy part of Run checks and Write report (`computeRun`: the cells
// read become the model, the engine runs, the plan is built) and of an import (`parseExport`) — off
// the pane's main thread, so the pane never freezes (docs/taskpane.md, "Never frozen"). Built as
// its own entry, run-worker.js.
import '../zod-jitless'; // first: the pages' policy forbids eval, and zod would probe for it
import { computeRun } from '../../src/excel/actions/compute-run';
import { parseExport } from '../../src/excel/actions/parse-export';
import type { WorkerAnswer, WorkerQuestion } from './run-worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerQuestion>) => void) | null;
  postMessage(answer: WorkerAnswer): void;
};

scope.onmessage = ({ data: question }) => {
  const { id } = question;
  const failed = (error: unknown) =>
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  try {
    if ('parse' in question) {
      // An .xlsx export unpacks with the worker's own DecompressionStream.
      parseExport(question.parse).then((parsed) => scope.postMessage({ id, parsed }), failed);
      return;
    }
    const result = computeRun(
      question.job,
      () => crypto.randomUUID(),
      (step) => scope.postMessage({ id, step }),
    );
    scope.postMessage({ id, result });
  } catch (error) {
    failed(error);
  }
};
