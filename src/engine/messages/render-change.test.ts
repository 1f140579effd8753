import type { ChangeReason } from '../tasks/change-reason';
import { renderChange } from './render-change';

describe('renderChange', () => {
  it.each<[ChangeReason, string]>([
    [{ kind: 'started', dependencies: [], note: null }, 'started'],
    [{ kind: 'started', dependencies: ['T1'], note: null }, 'dependencies met (T1 completed)'],
    [
      { kind: 'started', dependencies: ['T1', 'T2', 'T3'], note: 'kick-off done' },
      'dependencies met (T1, T2 and T3 completed) — kick-off done',
    ],
    [{ kind: 'completed', result: '1,200 leads', note: null }, 'completed: 1,200 leads'],
    [{ kind: 'blocked', blocker: 'Legal review', note: null }, 'blocked: Legal review'],
    [{ kind: 'unblocked', previousBlocker: null, note: null }, 'blocker resolved'],
    [{ kind: 'attempt_failed', attempt: 2, limit: 3, note: 'bounced' }, 'attempt 2 of 3 failed — bounced'],
    [
      { kind: 'attempt_failed', attempt: 3, limit: 3, note: null },
      'attempt 3 of 3 failed; retry limit reached, the task has failed',
    ],
    [{ kind: 'cancelled', reason: 'priority changed' }, 'cancelled: priority changed'],
    [{ kind: 'progress_note', hours: null, blocker: null, result: null, note: null }, 'progress note'],
    [
      { kind: 'progress_note', hours: 1.5, blocker: 'Brand', result: '90', note: 'x' },
      'progress note; 1.5 h logged; blocker now: Brand; result corrected to 90 — x',
    ],
  ])('%p', (reason, text) => {
    expect(renderChange(reason)).toBe(text);
  });

  it('cuts a very long text the user wrote', () => {
    const text = renderChange({ kind: 'blocked', blocker: 'x'.repeat(100_000), note: null });
    expect(text).toBe(`blocked: ${'x'.repeat(500)}…`);
  });
});
