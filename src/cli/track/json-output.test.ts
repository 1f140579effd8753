import type { IssuePath } from '../../engine/issues/issue';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { TrackResult } from '../../engine/track-types';
import { trackJson } from './json-output';

const update = (taskId: string, newStatus: string) => ({ taskId, newStatus });

// Only the parts trackJson reads; the engine's own tests cover the rest of a TrackResult.
const result = {
  asOf: Date.UTC(2026, 10, 24, 9),
  campaigns: [{ campaignId: 'C-1', report: { r: 1 }, feedback: { f: 1 } }],
  taskChanges: [{ taskId: 'T-1', from: 'pending', to: 'in_progress', reason: 'started' }],
  updateOutcomes: [
    { updateIndex: 0, rejection: null },
    { updateIndex: 1, rejection: { code: 'unknown_task', taskId: 'T-9' } },
    { updateIndex: 2, rejection: { code: 'blocker_required' } },
    { updateIndex: 3, rejection: { code: 'illegal_transition', from: 'completed', to: 'pending' } },
  ],
} as unknown as TrackResult;
const input = {
  taskUpdates: [
    update('T-1', 'in_progress'),
    update('T-9', 'completed'),
    update('T-2', 'blocked'),
    update('T-3', 'pending'),
  ],
} as unknown as TrackingInput;

/** TaskUpdates from A1: Task ID, New Status; no Blockers column. */
const locate = (path: IssuePath): string | null => {
  const column = { taskId: 'A', newStatus: 'B' }[String(path[2])];
  return column === undefined ? null : `TaskUpdates!${column}${Number(path[1]) + 2}`;
};

describe('trackJson', () => {
  it('has the shape of product.md §5, rejected updates pointing at the cell their reason is about', () => {
    expect(trackJson(result, input, locate)).toEqual({
      as_of: '2026-11-24T09:00:00.000Z',
      campaigns: [{ campaign_id: 'C-1', report: { r: 1 }, feedback: { f: 1 } }],
      task_changes: [{ task_id: 'T-1', from: 'pending', to: 'in_progress', reason: 'started' }],
      rejected_updates: [
        {
          address: 'TaskUpdates!A3',
          task_id: 'T-9',
          new_status: 'completed',
          reason: 'task "T-9" does not exist',
        },
        {
          address: 'TaskUpdates!B4',
          task_id: 'T-2',
          new_status: 'blocked',
          reason: 'a task becomes blocked only with a blocker: write it in Blockers',
        },
        {
          address: 'TaskUpdates!B5',
          task_id: 'T-3',
          new_status: 'pending',
          reason: 'a completed task cannot become pending',
        },
      ],
    });
  });
});
