import type {
  CampaignOption,
  OperatorActions,
  RunPreview,
  RunProgress,
  RunToRevert,
} from '../../../src/excel/operator-actions';
import { sampleImportCommitted, sampleImportPreview } from './import-fixtures';
import { sampleCommitted, samplePreview } from './run-fixtures';

export type ActionName = keyof OperatorActions;

export interface RecordedCall {
  readonly method: ActionName;
  readonly args: readonly unknown[];
}

/** The run the workbook's logs name last (what Revert last run undoes). */
export const LAST_RUN: RunToRevert = {
  runId: 'run-2026-03-19-0001',
  at: '2026-03-19T09:30:00.000Z',
  timeZone: 'Europe/Paris',
  restoredTasks: [{ taskId: 'T8', title: 'Newsletter', from: 'completed', to: 'in_progress' }],
  reopenedUpdates: 2,
  removedSheets: ['Report C-SPRING 2026-03-19', 'CMO Feedback C-SPRING 2026-03-19'],
};

export const CAMPAIGNS: readonly CampaignOption[] = [
  { campaignId: 'C-SPRING', name: 'Spring launch', status: 'active' },
  { campaignId: 'C-WEBINAR', name: 'Webinar series', status: 'active' },
  { campaignId: 'C-OLD', name: 'Winter sale', status: 'paused' },
];

const defaults: OperatorActions = {
  listCampaigns: () => Promise.resolve([...CAMPAIGNS]),
  prepareRun: (_request, onProgress) => {
    onProgress({ step: 'reading', fraction: 0.1 });
    onProgress({ step: 'checking', fraction: 0.3 });
    onProgress({ step: 'computing', fraction: 0.6 });
    return Promise.resolve(samplePreview());
  },
  commitRun: (preview: RunPreview, onProgress: (p: RunProgress) => void) => {
    onProgress({ step: 'writing', fraction: 0.8 });
    onProgress({ step: 'done', fraction: 1 });
    return Promise.resolve(sampleCommitted(preview));
  },
  describeLastRun: () => Promise.resolve({ kind: 'run', ...LAST_RUN }),
  revertLastRun: () => Promise.resolve({ kind: 'reverted', ...LAST_RUN }),
  createTemplate: () => Promise.resolve({ kind: 'created', sheets: ['Campaigns', 'Tasks', 'TaskUpdates'] }),
  select: () => Promise.resolve(),
  prepareImport: (request) =>
    Promise.resolve(
      sampleImportPreview({
        campaignId: request.campaignId,
        mode: request.mode,
        source:
          request.source.kind === 'file'
            ? { kind: 'file', name: request.source.name }
            : { kind: 'selection', address: 'Export!A1:H12' },
      }),
    ),
  commitImport: (preview) => Promise.resolve(sampleImportCommitted(preview)),
};

/**
 * `OperatorActions` for tests: each method records its call, then answers as `overrides` says, or
 * like a healthy workbook (the sample run, with progress reported on the way).
 *
 * @example const { actions, calls } = fakeActions({ revertLastRun: () => Promise.reject(new Error('x')) });
 */
export function fakeActions(overrides: Partial<OperatorActions> = {}): {
  actions: OperatorActions;
  calls: RecordedCall[];
  callsTo: (method: ActionName) => RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const impl: OperatorActions = { ...defaults, ...overrides };
  const record =
    <A extends unknown[], R>(method: ActionName, fn: (...args: A) => R) =>
    (...args: A): R => {
      calls.push({ method, args });
      return fn(...args);
    };
  const actions: OperatorActions = {
    listCampaigns: record('listCampaigns', impl.listCampaigns),
    prepareRun: record('prepareRun', impl.prepareRun),
    commitRun: record('commitRun', impl.commitRun),
    describeLastRun: record('describeLastRun', impl.describeLastRun),
    revertLastRun: record('revertLastRun', impl.revertLastRun),
    createTemplate: record('createTemplate', impl.createTemplate),
    select: record('select', impl.select),
    prepareImport: record('prepareImport', impl.prepareImport),
    commitImport: record('commitImport', impl.commitImport),
  };
  return { actions, calls, callsTo: (method) => calls.filter((c) => c.method === method) };
}

/** A promise the test settles when it wants, to look at the pane while work runs. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
