/// <reference types="office-js" />
import { installFakeOffice, type FakeExcel } from '../../../test/support/fake-excel';
import { OperatorError } from '../office-error';
import type { OperatorActions, RunCommitted, RunPreview } from '../operator-actions';
import { runChecks } from './run-checks';
import { RunOutcomeChannel } from './run-outcome-channel';

const preview = (runId: string): RunPreview => ({
  kind: 'preview',
  asOf: '2026-11-24T09:30:00.000Z',
  timeZone: 'UTC',
  performanceThresholdPct: 50,
  runId,
  campaigns: [],
  campaignList: [],
  taskChanges: [],
  rejectedUpdates: [],
  sheets: { campaigns: [], replaced: [], logs: [], others: [] },
  warnings: [],
});
const committed = (p: RunPreview): RunCommitted => ({
  kind: 'committed',
  preview: p,
  sheets: [{ campaignId: 'C1', report: 'Report C1', feedback: 'CMO Feedback C1' }],
});

function actions(over: Partial<OperatorActions>): OperatorActions & { selected: unknown[] } {
  const selected: unknown[] = [];
  const fail = () => Promise.reject(new Error('not used'));
  return {
    listCampaigns: fail,
    prepareRun: () => Promise.resolve(preview('r1')),
    commitRun: (p) => Promise.resolve(committed(p)),
    describeLastRun: fail,
    revertLastRun: fail,
    createTemplate: fail,
    prepareImport: fail,
    commitImport: fail,
    select: (target) => {
      selected.push(target);
      return Promise.resolve();
    },
    ...over,
    selected,
  };
}

let fake: FakeExcel;
let completed: number;
const event = { completed: () => void (completed += 1) };
beforeEach(() => {
  fake = installFakeOffice(globalThis);
  completed = 0;
});
afterEach(() => fake.uninstall());

describe('runChecks (ribbon)', () => {
  test('prepares, commits without asking, shows the first report, tells the pane and opens it', async () => {
    const channel = new RunOutcomeChannel();
    const seen: string[] = [];
    channel.subscribe((o) => seen.push(o.kind));
    const a = actions({});
    const outcome = await runChecks(event, { actions: a, channel });
    expect(outcome).toEqual({ kind: 'committed', committed: committed(preview('r1')) });
    expect(a.selected).toEqual([{ sheet: 'Report C1' }]);
    expect(seen).toEqual(['committed']);
    expect(channel.last).toBe(outcome);
    expect(fake.taskpane.shows).toBe(1);
    expect(completed).toBe(1);
  });

  test('a workbook changed in between is committed from the fresh preview', async () => {
    let commits = 0;
    const a = actions({
      commitRun: (p) => {
        commits += 1;
        return Promise.resolve(commits === 1 ? { kind: 'stale', preview: preview('r2') } : committed(p));
      },
    });
    const outcome = await runChecks(event, { actions: a, channel: new RunOutcomeChannel() });
    expect(outcome.kind === 'committed' && outcome.committed.preview.runId).toBe('r2');
  });

  test('input problems open the task pane', async () => {
    const a = actions({ prepareRun: () => Promise.resolve({ kind: 'input_problems', issues: [] }) });
    const outcome = await runChecks(event, { actions: a, channel: new RunOutcomeChannel() });
    expect(outcome.kind).toBe('input_problems');
    expect(fake.taskpane.shows).toBe(1);
    expect(completed).toBe(1);
  });

  test('an error opens the task pane with its message for people', async () => {
    const a = actions({
      prepareRun: () =>
        Promise.reject(
          new OperatorError('X', 'Finish editing the cell (press Enter or Esc), then run again.'),
        ),
    });
    const outcome = await runChecks(event, { actions: a, channel: new RunOutcomeChannel() });
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Finish editing the cell (press Enter or Esc), then run again.',
    });
    expect(fake.taskpane.shows).toBe(1);
    expect(completed).toBe(1);
  });
});
