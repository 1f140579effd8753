import type { WorkbookLogs } from '../read/workbook-logs';
import { isReverted, lastRunId } from './revert-run';

const row = (runId: string) => ({
  index: 0,
  time: null,
  runId,
  taskId: 'T1',
  from: 'pending' as const,
  to: 'in_progress' as const,
  reason: null,
  update: null,
  before: null,
});
const history = (runId: string | null) => ({
  runId,
  campaignId: 'C',
  reportSheet: null,
  feedbackSheet: null,
  rejectedUpdates: null,
});

describe('the run a revert undoes', () => {
  test.each<[string, WorkbookLogs, string | null]>([
    ['no logs', { learnings: [], taskLog: [], campaignHistory: [] }, null],
    [
      'the last Campaign History run',
      { learnings: [], taskLog: [row('r1')], campaignHistory: [history('r1'), history('r2')] },
      'r2',
    ],
    [
      'Campaign History rows without a Run ID are skipped',
      { learnings: [], taskLog: [], campaignHistory: [history('r1'), history(null)] },
      'r1',
    ],
    [
      'else the last Task Log run that is not a revert',
      { learnings: [], taskLog: [row('r1'), row('revert:r1')], campaignHistory: [] },
      'r1',
    ],
  ])('%s', (_name, logs, expected) => {
    expect(lastRunId(logs)).toBe(expected);
  });

  test('a revert row marks its run reverted', () => {
    const logs = { learnings: [], taskLog: [row('r1'), row('revert:r1')], campaignHistory: [] };
    expect(isReverted(logs, 'r1')).toBe(true);
    expect(isReverted(logs, 'r2')).toBe(false);
  });
});
