import { ALL_UPDATE_COLUMNS, AS_OF, location, makeInput, task } from '../../../test/fixtures/track-fixture';
import { serialAt } from './excel-time';
import { appliedUpdates, rejectedUpdates, restoreWrites } from './revert-writes';

describe('restoreWrites', () => {
  test('writes only what differs; date-times as serials in the zone, with the date-time format', () => {
    const now = task({ taskId: 'T1', status: 'completed', completedAt: AS_OF, startedAt: AS_OF - 1000 });
    const before = {
      ...now,
      status: 'in_progress' as const,
      completedAt: null,
      startedAt: AS_OF - 7_200_000,
    };
    expect(restoreWrites(4, now, before, 'Europe/Paris')).toEqual([
      { index: 4, field: 'status', value: 'in_progress' },
      {
        index: 4,
        field: 'startedAt',
        value: serialAt(AS_OF - 7_200_000, 'Europe/Paris'),
        numberFormat: 'yyyy-mm-dd hh:mm',
      },
      { index: 4, field: 'completedAt', value: null },
    ]);
  });
});

describe('appliedUpdates', () => {
  const input = makeInput();
  const applied = { ...input, taskUpdates: input.taskUpdates.map((u) => ({ ...u, appliedAt: AS_OF })) };
  const loc = location('TaskUpdates', ALL_UPDATE_COLUMNS, 4);
  const row = (taskId: string, update: string | null) => ({
    index: 0,
    time: null,
    runId: 'r',
    taskId,
    from: 'pending' as const,
    to: 'in_progress' as const,
    reason: null,
    update,
    before: null,
  });

  test('follows each address to a row still holding the task and an Applied At', () => {
    const rows = [row('T1', 'TaskUpdates!A2'), row('T2', "'TaskUpdates'!A3"), row('T1', 'TaskUpdates!A2')];
    expect(appliedUpdates(rows, applied, loc)).toEqual([0, 1]);
  });

  test.each([
    ['another sheet', row('T1', 'Other!A2')],
    ['another task now', row('T9', 'TaskUpdates!A2')],
    ['no address', row('T1', null)],
    ['not an address', row('T1', 'somewhere')],
  ])('skips %s', (_name, r) => {
    expect(appliedUpdates([r], applied, loc)).toEqual([]);
  });

  test('skips rows no longer applied, and works without a TaskUpdates table', () => {
    expect(appliedUpdates([row('T1', 'TaskUpdates!A2')], input, loc)).toEqual([]);
    expect(appliedUpdates([row('T1', 'TaskUpdates!A2')], applied, undefined)).toEqual([]);
  });
});

describe('rejectedUpdates', () => {
  const input = makeInput();
  const marked = {
    ...input,
    taskUpdates: input.taskUpdates.map((u, i) => (i === 3 ? { ...u, outcome: 'rejected: no' } : u)),
  };
  const loc = location('TaskUpdates', ALL_UPDATE_COLUMNS, 4);
  const history = (rejected: string | null) => ({
    runId: 'r',
    campaignId: 'C',
    reportSheet: null,
    feedbackSheet: null,
    rejectedUpdates: rejected,
  });

  test('rows the run listed that still carry a rejection', () => {
    expect(rejectedUpdates([history('["TaskUpdates!A5","TaskUpdates!A2"]')], marked, loc)).toEqual([3]);
  });

  test.each([null, 'not json', '{"a":1}', '["Other!A5"]'])('%p lists nothing', (text) => {
    expect(rejectedUpdates([history(text)], marked, loc)).toEqual([]);
  });
});
