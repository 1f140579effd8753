import type { ComputedRun, RunJob } from '../../src/excel/actions/compute-run';
import type { WorkerAnswer, WorkerQuestion } from './run-worker-protocol';
import type { ParsedJob, ParseJob } from '../../src/excel/actions/parse-export';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImportIssue } from '../../src/engine/messages/render-import-issue';
import { locateInExport } from '../../src/imports/xlsx/xlsx-export';
import { workerComputer, workerJobs, type WorkerLike } from './worker-computer';

/** A stand-in for the run worker: it records questions; the test answers them. */
function fakeWorker() {
  const listeners = {
    message: new Set<(e: MessageEvent<WorkerAnswer>) => void>(),
    error: new Set<(e: ErrorEvent) => void>(),
  };
  const state = { asked: [] as WorkerQuestion[], terminated: 0 };
  const worker: WorkerLike = {
    postMessage: (q) => void state.asked.push(q),
    addEventListener: (type: 'message' | 'error', l: never) => void (listeners[type] as Set<unknown>).add(l),
    removeEventListener: (type: 'message' | 'error', l: never) =>
      void (listeners[type] as Set<unknown>).delete(l),
    terminate: () => void (state.terminated += 1),
  };
  const answer = (data: WorkerAnswer) =>
    listeners.message.forEach((l) => l({ data } as MessageEvent<WorkerAnswer>));
  const fail = () =>
    listeners.error.forEach((l) => l({ message: 'refused', preventDefault: () => undefined } as ErrorEvent));
  return { worker, state, answer, fail, listening: () => listeners.message.size };
}

const job = { runId: 'r1' } as unknown as RunJob;
const problems: ComputedRun = { kind: 'input_problems', issues: [] };

describe('workerComputer', () => {
  test('sends the job to one worker, tells each step, and answers its result', async () => {
    const fake = fakeWorker();
    let starts = 0;
    const compute = workerComputer(() => ((starts += 1), fake.worker));
    const steps: string[] = [];
    const answered = compute(job, (s) => steps.push(s));
    expect(fake.state.asked).toEqual([{ id: 1, job }]);
    fake.answer({ id: 1, step: 'checking' });
    fake.answer({ id: 2, step: 'computing' }); // another job's: not ours
    fake.answer({ id: 1, result: problems });
    await expect(answered).resolves.toBe(problems);
    expect(steps).toEqual(['checking']);
    expect(fake.listening()).toBe(0);
    const again = compute(job, () => undefined);
    fake.answer({ id: 2, result: problems });
    await again;
    expect(starts).toBe(1); // the same worker for the next job
  });

  test('a failure in the worker rejects with its message', async () => {
    const fake = fakeWorker();
    const answered = workerComputer(() => fake.worker)(job, () => undefined);
    fake.answer({ id: 1, error: 'the engine broke' });
    await expect(answered).rejects.toThrow('the engine broke');
  });

  test('cancelling terminates the worker and rejects with the abort; a fresh worker takes the next job', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let starts = 0;
    const compute = workerComputer(() => workers[starts++]?.worker ?? fakeWorker().worker);
    const stop = new AbortController();
    const answered = compute(job, () => undefined, stop.signal);
    stop.abort();
    await expect(answered).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.state.terminated).toBe(1);
    void compute(job, () => undefined);
    expect(starts).toBe(2);
    expect(workers[1]?.state.asked).toHaveLength(1);
    await expect(compute(job, () => undefined, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  test('a worker that cannot start, or cannot run, leaves the work to be done in place', async () => {
    const refused = workerComputer(() => {
      throw new Error('no workers here');
    });
    // In place, the job is computed for real: this one has nothing to read, so the engine says so.
    await expect(refused(emptyJob(), () => undefined)).resolves.toMatchObject({ kind: 'input_problems' });
    const fake = fakeWorker();
    const broken = workerComputer(() => fake.worker)(emptyJob(), () => undefined);
    fake.fail();
    await expect(broken).resolves.toMatchObject({ kind: 'input_problems' });
    expect(fake.state.terminated).toBe(1);
  });
});

describe('workerJobs: an import’s parse', () => {
  const parseJob = { kind: 'cells', cells: [['Day']], options: { campaignId: 'C1' } } as unknown as ParseJob;
  const parsed = { parsed: { ok: false }, place: null } as unknown as ParsedJob;

  test('goes to the same worker as the runs, and comes back parsed', async () => {
    const fake = fakeWorker();
    let starts = 0;
    const jobs = workerJobs(() => ((starts += 1), fake.worker));
    const answered = jobs.parse(parseJob);
    expect(fake.state.asked).toEqual([{ id: 1, parse: parseJob }]);
    fake.answer({ id: 1, parsed });
    await expect(answered).resolves.toBe(parsed);
    void jobs.compute(job, () => undefined);
    expect(fake.state.asked[1]).toEqual({ id: 2, job });
    expect(starts).toBe(1);
  });

  test('no worker, or a broken one: null, for the import to parse in place; a failure rejects', async () => {
    const none = workerJobs(() => {
      throw new Error('no workers here');
    });
    await expect(none.parse(parseJob)).resolves.toBeNull();
    const fake = fakeWorker();
    const jobs = workerJobs(() => fake.worker);
    const broken = jobs.parse(parseJob);
    fake.fail();
    await expect(broken).resolves.toBeNull();
    const fresh = fakeWorker();
    const again = workerJobs(() => fresh.worker).parse(parseJob);
    fresh.answer({ id: 1, error: 'the importer broke' });
    await expect(again).rejects.toThrow('the importer broke');
  });
});

describe('the worker script (run-worker.ts) parses an .xlsx export', () => {
  /** The worker's own script, loaded into this test as its global scope; a `WorkerLike` talks to it. */
  async function scriptWorker(): Promise<WorkerLike> {
    const heard = new Set<(e: MessageEvent<WorkerAnswer>) => void>();
    const scope = {
      onmessage: null as ((e: MessageEvent<WorkerQuestion>) => void) | null,
      postMessage: (data: WorkerAnswer) =>
        heard.forEach((l) => l({ data: structuredClone(data) } as MessageEvent<WorkerAnswer>)),
    };
    (globalThis as { self?: unknown }).self = scope;
    await jest.isolateModulesAsync(async () => void (await import('./run-worker.js')));
    return {
      postMessage: (q) => scope.onmessage?.({ data: structuredClone(q) } as MessageEvent<WorkerQuestion>),
      addEventListener: (type: 'message' | 'error', l: never) => void (type === 'message' && heard.add(l)),
      removeEventListener: (type: 'message' | 'error', l: never) =>
        void (type === 'message' && heard.delete(l)),
      terminate: () => undefined,
    };
  }
  afterEach(() => delete (globalThis as { self?: unknown }).self);

  test('its rows and its sheet come back as data; the page names the cells as the reader in place does', async () => {
    const worker = await scriptWorker();
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, '../../test/fixtures/imports/meta-ads-day-range.xlsx')),
    );
    const answer = await workerJobs(() => worker).parse({
      kind: 'file',
      bytes,
      options: { campaignId: 'C1', campaignCurrency: 'USD' },
    });
    if (answer === null || !answer.parsed.ok) throw new Error(JSON.stringify(answer));
    expect(answer.parsed.rows).toHaveLength(6);
    expect(answer.place).toMatchObject({ sheet: 'meta-ads-day-range' });
    expect(locateInExport(answer.place)(3, 1)).toBe("'meta-ads-day-range'!B3");
  });

  test('a zip that is no workbook: its problem, named by line as the page names it', async () => {
    const worker = await scriptWorker();
    const notAWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    const answer = await workerJobs(() => worker).parse({
      kind: 'file',
      bytes: notAWorkbook,
      options: { campaignId: 'C1', campaignCurrency: 'USD' },
    });
    if (answer === null || answer.parsed.ok) throw new Error(JSON.stringify(answer));
    expect(answer.place).toBeNull();
    expect(answer.parsed.issues[0]).toMatchObject({ code: 'unreadable_workbook' });
    expect(renderImportIssue(answer.parsed.issues[0]!, locateInExport(answer.place))).toMatch(
      /Excel workbook/,
    );
  });
});

function emptyJob(): RunJob {
  return {
    sources: { inventory: { sheets: ['Sheet1'], tables: [] }, tables: [] },
    asOf: null,
    now: Date.UTC(2026, 10, 24),
    runId: 'r1',
    campaignIds: null,
    replayIds: [],
  };
}
