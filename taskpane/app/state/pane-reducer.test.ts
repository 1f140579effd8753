import { CAMPAIGNS, LAST_RUN } from '../testing/fake-actions';
import { INPUT_ERRORS, sampleCommitted, samplePreview } from '../testing/run-fixtures';
import type { PaneAction } from './pane-action';
import { paneReducer } from './pane-reducer';
import { INITIAL_STATE, type PaneState } from './pane-state';
import { isCancellable } from './use-operator';

const reduce = (actions: readonly PaneAction[], from: PaneState = INITIAL_STATE): PaneState =>
  actions.reduce(paneReducer, from);

const preview = samplePreview();
const problems = { kind: 'input_problems', issues: INPUT_ERRORS } as const;
const lastRun = { kind: 'run', ...LAST_RUN } as const;
const MISSING = {
  kind: 'input_problems',
  issues: [{ code: 'missing_table', severity: 'error', address: null, text: 'no table named "Campaigns"' }],
} as const;

const checked = reduce([
  { type: 'started', operation: 'prepare', token: 1, at: 1000 },
  { type: 'prepared', token: 1, result: preview },
]);

describe('paneReducer: looking at the workbook', () => {
  it('a workbook without input tables needs setting up: no error is shown, nothing else changes', () => {
    const state = reduce([
      { type: 'started', operation: 'workbook', token: 1, at: 0 },
      {
        type: 'workbook_read',
        token: 1,
        campaigns: MISSING,
        lastRun: { kind: 'none', reason: 'unreadable' },
      },
    ]);
    expect(state).toMatchObject({
      setupNeeded: true,
      campaigns: null,
      campaignProblems: MISSING.issues,
      track: { kind: 'idle' },
      error: null,
      lastRun: { kind: 'none', reason: 'unreadable' },
    });
  });

  it('problems other than a missing table are kept for the run, not shown, and do not ask for setting up', () => {
    const state = reduce([
      { type: 'started', operation: 'workbook', token: 1, at: 0 },
      { type: 'workbook_read', token: 1, campaigns: problems, lastRun },
    ]);
    expect(state).toMatchObject({
      setupNeeded: false,
      campaignProblems: INPUT_ERRORS,
      track: { kind: 'idle' },
    });
  });

  it('a readable workbook: its campaigns (the choice kept while it exists) and its last run', () => {
    const chosen = paneReducer(INITIAL_STATE, { type: 'campaign_chosen', campaignId: 'C-OLD' });
    const read = (campaigns: typeof CAMPAIGNS) =>
      reduce(
        [
          { type: 'started', operation: 'workbook', token: 1, at: 0 },
          { type: 'workbook_read', token: 1, campaigns: [...campaigns], lastRun },
        ],
        chosen,
      );
    expect(read(CAMPAIGNS)).toMatchObject({
      setupNeeded: false,
      campaignId: 'C-OLD',
      lastRun,
      campaigns: CAMPAIGNS,
    });
    expect(read(CAMPAIGNS.slice(0, 2)).campaignId).toBeNull();
  });

  it('keeps the failure message shown while it looks (it is not new work the marketer asked for)', () => {
    const state = reduce([{ type: 'started', operation: 'workbook', token: 2, at: 0 }], {
      ...INITIAL_STATE,
      error: 'Excel is busy.',
      notice: 'Added 6 sheets.',
    });
    expect([state.error, state.notice]).toEqual(['Excel is busy.', 'Added 6 sheets.']);
  });
});

describe('paneReducer: check, then write', () => {
  it('checks with named steps from the moment it starts, and clears the last message', () => {
    const started = reduce([{ type: 'started', operation: 'prepare', token: 1, at: 1000 }], {
      ...INITIAL_STATE,
      error: 'old',
      notice: 'old',
    });
    expect(started.track).toEqual({ kind: 'progress', purpose: 'check', progress: null, startedAt: 1000 });
    expect([started.error, started.notice]).toEqual([null, null]);
    const stepped = paneReducer(started, {
      type: 'progressed',
      token: 1,
      progress: { step: 'checking', fraction: 0.3 },
    });
    expect(stepped.track).toMatchObject({ progress: { step: 'checking', fraction: 0.3 } });
    expect(
      paneReducer(started, { type: 'progressed', token: 9, progress: { step: 'done', fraction: 1 } }),
    ).toBe(started);
  });

  it('shows the check’s result without writing, and takes the campaign list the check read', () => {
    expect(checked.track).toEqual({ kind: 'checked', preview, stale: false });
    expect(checked.campaigns).toEqual(preview.campaignList);
    expect(checked.pending).toBeNull();
  });

  it('writes from the result: progress of a write, then what was written', () => {
    const writing = paneReducer(checked, { type: 'started', operation: 'commit', token: 2, at: 2000 });
    expect(writing.track).toEqual({ kind: 'progress', purpose: 'write', progress: null, startedAt: 2000 });
    const done = paneReducer(writing, { type: 'committed', token: 2, result: sampleCommitted() });
    expect(done.track).toEqual({ kind: 'written', committed: sampleCommitted(), by: 'pane' });
  });

  it('shows a stale answer as the fresh result, marked, to write again', () => {
    const fresh = samplePreview({ runId: 'run-2' });
    const state = reduce(
      [
        { type: 'started', operation: 'commit', token: 2, at: 0 },
        { type: 'committed', token: 2, result: { kind: 'stale', preview: fresh } },
      ],
      checked,
    );
    expect(state.track).toEqual({ kind: 'checked', preview: fresh, stale: true });
  });

  it.each([
    ['prepare', 'prepared'],
    ['commit', 'committed'],
  ] as const)('shows input problems answered to %s', (operation, type) => {
    const state = reduce([
      { type: 'started', operation, token: 1, at: 0 },
      { type, token: 1, result: problems },
    ]);
    expect(state.track).toEqual({ kind: 'problems', issues: INPUT_ERRORS });
  });

  it('a failed write goes back to the result with the message, so Write report can be pressed again', () => {
    const state = reduce(
      [
        { type: 'started', operation: 'commit', token: 2, at: 0 },
        { type: 'failed', token: 2, message: 'Excel is busy.' },
      ],
      checked,
    );
    expect(state.track).toEqual(checked.track);
    expect([state.error, state.pending]).toEqual(['Excel is busy.', null]);
  });

  it('a cancelled check or write goes back to what was shown, with no message', () => {
    for (const operation of ['prepare', 'commit'] as const) {
      const state = reduce(
        [
          { type: 'started', operation, token: 2, at: 0 },
          { type: 'cancelled', token: 2 },
        ],
        checked,
      );
      expect([state.track, state.error, state.pending]).toEqual([checked.track, null, null]);
    }
  });

  it('ignores answers and failures of work that is no longer current', () => {
    const state = reduce([
      { type: 'started', operation: 'prepare', token: 1, at: 0 },
      { type: 'started', operation: 'prepare', token: 2, at: 0 },
    ]);
    expect(paneReducer(state, { type: 'prepared', token: 1, result: preview })).toBe(state);
    expect(paneReducer(state, { type: 'failed', token: 1, message: 'late' })).toBe(state);
    expect(paneReducer(state, { type: 'cancelled', token: 1 })).toBe(state);
  });

  it('Discard goes back to nothing shown, but not while work runs', () => {
    expect(paneReducer(checked, { type: 'check_discarded' }).track).toEqual({ kind: 'idle' });
    const writing = paneReducer(checked, { type: 'started', operation: 'commit', token: 2, at: 0 });
    expect(paneReducer(writing, { type: 'check_discarded' })).toBe(writing);
  });
});

describe('paneReducer: cancelling', () => {
  it('checks can always be stopped; a write until it starts writing; other work not', () => {
    const checking = reduce([{ type: 'started', operation: 'prepare', token: 1, at: 0 }]);
    expect(isCancellable(checking)).toBe(true);
    const writing = reduce([{ type: 'started', operation: 'commit', token: 1, at: 0 }], checked);
    expect(isCancellable(writing)).toBe(true);
    const reading = paneReducer(writing, {
      type: 'progressed',
      token: 1,
      progress: { step: 'computing', fraction: 0.5 },
    });
    expect(isCancellable(reading)).toBe(true);
    const written = paneReducer(reading, {
      type: 'progressed',
      token: 1,
      progress: { step: 'writing', fraction: 0.6 },
    });
    expect(isCancellable(written)).toBe(false);
    expect(isCancellable(reduce([{ type: 'started', operation: 'revert', token: 1, at: 0 }]))).toBe(false);
    expect(isCancellable(reduce([{ type: 'started', operation: 'workbook', token: 1, at: 0 }]))).toBe(false);
    expect(isCancellable(reduce([{ type: 'started', operation: 'import_prepare', token: 1, at: 0 }]))).toBe(
      true,
    );
    expect(isCancellable(INITIAL_STATE)).toBe(false);
  });
});

describe('paneReducer: revert', () => {
  const withRun = { ...checked, lastRun };

  it('asks first, naming the run; Keep it goes back to what was shown', () => {
    const asked = paneReducer(withRun, { type: 'revert_asked' });
    expect(asked.track).toEqual({ kind: 'confirm_revert', back: checked.track, run: lastRun });
    expect(paneReducer(asked, { type: 'revert_kept' }).track).toEqual(checked.track);
  });

  it('does not ask when there is nothing to revert, or while work runs', () => {
    const none = { ...checked, lastRun: { kind: 'none', reason: 'no_run' } as const };
    expect(paneReducer(none, { type: 'revert_asked' })).toBe(none);
    expect(paneReducer({ ...checked, lastRun: null }, { type: 'revert_asked' }).track).toBe(checked.track);
    const busy = paneReducer(withRun, { type: 'started', operation: 'prepare', token: 3, at: 0 });
    expect(paneReducer(busy, { type: 'revert_asked' })).toBe(busy);
  });

  it('reverts, then shows what it undid', () => {
    const state = reduce(
      [
        { type: 'revert_asked' },
        { type: 'started', operation: 'revert', token: 3, at: 5 },
        { type: 'reverted', token: 3, result: { kind: 'reverted', ...LAST_RUN } },
      ],
      withRun,
    );
    expect(state.track).toEqual({ kind: 'reverted', result: { kind: 'reverted', ...LAST_RUN } });
  });
});

describe('paneReducer: setting up', () => {
  it('tells the sheets added from the placemat on the Track tab, and nothing when added from Set up', () => {
    const created = { kind: 'created', sheets: ['Campaigns', 'Tasks'] } as const;
    const fromPlacemat = reduce([
      { type: 'started', operation: 'template', token: 1, at: 0, sample: true },
      { type: 'template_created', token: 1, result: created, fromPlacemat: true },
    ]);
    expect(fromPlacemat.tab).toBe('track');
    expect(fromPlacemat.setup).toEqual({ kind: 'created', result: created });
    expect(fromPlacemat.notice).toBe(
      'Added 2 sheets: Campaigns, Tasks. Run checks to see where the campaigns stand.',
    );
    const fromSetUp = reduce([
      { type: 'tab_chosen', tab: 'setup' },
      { type: 'started', operation: 'template', token: 1, at: 0 },
      { type: 'template_created', token: 1, result: created, fromPlacemat: false },
    ]);
    expect([fromSetUp.tab, fromSetUp.notice]).toEqual(['setup', null]);
  });
});

describe('paneReducer: outside the pane', () => {
  it('shows a run written by the ribbon, its problems, or its failure', () => {
    const written = paneReducer(INITIAL_STATE, {
      type: 'outside_outcome',
      outcome: { kind: 'committed', committed: sampleCommitted() },
    });
    expect(written.track).toEqual({ kind: 'written', committed: sampleCommitted(), by: 'ribbon' });
    const refused = paneReducer(INITIAL_STATE, { type: 'outside_outcome', outcome: problems });
    expect(refused.track).toEqual({ kind: 'problems', issues: INPUT_ERRORS });
    const failed = paneReducer(INITIAL_STATE, {
      type: 'outside_outcome',
      outcome: { kind: 'failed', message: 'x' },
    });
    expect(failed.error).toBe('x');
  });

  it('never replaces the pane’s own work under way (a look at the workbook is not such work)', () => {
    const busy = reduce([{ type: 'started', operation: 'prepare', token: 1, at: 0 }]);
    const outcome = { kind: 'committed', committed: sampleCommitted() } as const;
    expect(paneReducer(busy, { type: 'outside_outcome', outcome })).toBe(busy);
    const looking = reduce([{ type: 'started', operation: 'workbook', token: 1, at: 0 }]);
    expect(paneReducer(looking, { type: 'outside_outcome', outcome }).track.kind).toBe('written');
  });

  it('knows when Excel waits for a cell being edited', () => {
    const waiting = paneReducer(INITIAL_STATE, { type: 'excel_waiting', waiting: true });
    expect(waiting.excelWaiting).toBe(true);
    expect(paneReducer(waiting, { type: 'excel_waiting', waiting: true })).toBe(waiting);
    expect(paneReducer(waiting, { type: 'excel_waiting', waiting: false }).excelWaiting).toBe(false);
  });
});
