import { INPUT_ERRORS, sampleCommitted, samplePreview } from '../testing/run-fixtures';
import type { PaneAction } from './pane-action';
import { paneReducer } from './pane-reducer';
import { INITIAL_STATE, type PaneState } from './pane-state';

const reduce = (actions: readonly PaneAction[], from: PaneState = INITIAL_STATE): PaneState =>
  actions.reduce(paneReducer, from);

const preview = samplePreview();
const problems = { kind: 'input_problems', issues: INPUT_ERRORS } as const;

describe('paneReducer: a run', () => {
  it('shows progress from the start, then each reported step', () => {
    const started = reduce([{ type: 'started', operation: 'prepare', token: 1 }]);
    expect(started.track).toEqual({ kind: 'progress', progress: null });
    expect(started.pending?.operation).toBe('prepare');
    const stepped = paneReducer(started, {
      type: 'progressed',
      token: 1,
      progress: { step: 'checking', fraction: 0.3 },
    });
    expect(stepped.track).toEqual({ kind: 'progress', progress: { step: 'checking', fraction: 0.3 } });
  });

  it('shows the preview, then the summary after the commit', () => {
    const previewed = reduce([
      { type: 'started', operation: 'prepare', token: 1 },
      { type: 'prepared', token: 1, result: preview },
    ]);
    expect(previewed.track).toEqual({ kind: 'preview', preview, stale: false });
    expect(previewed.pending).toBeNull();
    const committing = paneReducer(previewed, { type: 'started', operation: 'commit', token: 2 });
    expect(committing.track.kind).toBe('progress');
    const done = paneReducer(committing, { type: 'committed', token: 2, result: sampleCommitted() });
    expect(done.track).toEqual({ kind: 'summary', committed: sampleCommitted() });
  });

  it('shows a stale answer as a fresh preview, marked stale', () => {
    const fresh = samplePreview({ runId: 'run-2' });
    const state = reduce([
      { type: 'started', operation: 'commit', token: 1 },
      { type: 'committed', token: 1, result: { kind: 'stale', preview: fresh } },
    ]);
    expect(state.track).toEqual({ kind: 'preview', preview: fresh, stale: true });
  });

  it.each([
    ['prepare', 'prepared'],
    ['commit', 'committed'],
  ] as const)('shows input problems answered to %s', (operation, type) => {
    const state = reduce([
      { type: 'started', operation, token: 1 },
      { type, token: 1, result: problems },
    ]);
    expect(state.track).toEqual({ kind: 'problems', issues: INPUT_ERRORS, source: 'run' });
  });

  it('goes back to the preview with the message when the commit fails', () => {
    const state = reduce([
      { type: 'started', operation: 'prepare', token: 1 },
      { type: 'prepared', token: 1, result: preview },
      { type: 'started', operation: 'commit', token: 2 },
      { type: 'failed', token: 2, message: 'The workbook is read-only.' },
    ]);
    expect(state.track).toEqual({ kind: 'preview', preview, stale: false });
    expect(state.error).toBe('The workbook is read-only.');
    expect(state.pending).toBeNull();
  });

  it('goes back to what was shown before the run when a commit straight after the prepare fails', () => {
    const summary = { kind: 'summary', committed: sampleCommitted() } as const;
    const state = reduce(
      [
        { type: 'started', operation: 'prepare', token: 1 },
        { type: 'started', operation: 'commit', token: 2 },
        { type: 'failed', token: 2, message: 'Lost the connection.' },
      ],
      { ...INITIAL_STATE, track: summary },
    );
    expect(state.track).toEqual(summary);
    expect(state.error).toBe('Lost the connection.');
  });

  it('ignores answers and progress of work that is no longer current', () => {
    const state = reduce([
      { type: 'started', operation: 'prepare', token: 1 },
      { type: 'started', operation: 'commit', token: 2 },
      { type: 'prepared', token: 1, result: preview },
      { type: 'progressed', token: 1, progress: { step: 'reading', fraction: 0.1 } },
      { type: 'failed', token: 1, message: 'late' },
    ]);
    expect(state.track).toEqual({ kind: 'progress', progress: null });
    expect(state.pending?.token).toBe(2);
    expect(state.error).toBeNull();
  });

  it('cancels a preview back to idle, writing nothing', () => {
    const state = reduce([
      { type: 'started', operation: 'prepare', token: 1 },
      { type: 'prepared', token: 1, result: preview },
      { type: 'preview_cancelled' },
    ]);
    expect(state.track).toEqual({ kind: 'idle' });
  });

  it('clears the last error when new work starts', () => {
    const state = reduce([
      { type: 'select_failed', message: 'No such sheet.' },
      { type: 'started', operation: 'prepare', token: 1 },
    ]);
    expect(state.error).toBeNull();
  });
});

describe('paneReducer: revert, template, campaigns', () => {
  it('asks before reverting; keeping the run shows what was there', () => {
    const summary = { kind: 'summary', committed: sampleCommitted() } as const;
    const asked = reduce([{ type: 'revert_asked' }], { ...INITIAL_STATE, track: summary });
    expect(asked.track).toEqual({ kind: 'confirm_revert', back: summary });
    expect(paneReducer(asked, { type: 'revert_asked' })).toBe(asked);
    expect(paneReducer(asked, { type: 'revert_kept' }).track).toEqual(summary);
  });

  it('shows the revert result', () => {
    const state = reduce([
      { type: 'revert_asked' },
      { type: 'started', operation: 'revert', token: 1 },
      { type: 'reverted', token: 1, result: { kind: 'nothing_to_revert' } },
    ]);
    expect(state.track).toEqual({ kind: 'reverted', result: { kind: 'nothing_to_revert' } });
  });

  it('shows template work on the Set up tab', () => {
    const creating = reduce([{ type: 'started', operation: 'template', token: 1, sample: true }]);
    expect(creating.tab).toBe('setup');
    expect(creating.setup).toEqual({ kind: 'creating', sample: true });
    const result = { kind: 'created', sheets: ['Campaigns'] } as const;
    expect(paneReducer(creating, { type: 'template_created', token: 1, result }).setup).toEqual({
      kind: 'created',
      result,
    });
  });

  it('keeps the chosen campaign only while the list still has it', () => {
    const options = [{ campaignId: 'C1', name: 'One', status: 'active' }] as const;
    const chosen = reduce([{ type: 'campaign_chosen', campaignId: 'C1' }]);
    const kept = reduce(
      [
        { type: 'started', operation: 'campaigns', token: 1 },
        { type: 'campaigns_listed', token: 1, result: [...options] },
      ],
      chosen,
    );
    expect(kept.campaignId).toBe('C1');
    const gone = reduce(
      [
        { type: 'started', operation: 'campaigns', token: 2 },
        { type: 'campaigns_listed', token: 2, result: [] },
      ],
      kept,
    );
    expect(gone.campaignId).toBeNull();
  });

  it('shows problems listing campaigns, and drops them once the list loads', () => {
    const failed = reduce([
      { type: 'started', operation: 'campaigns', token: 1 },
      { type: 'campaigns_listed', token: 1, result: problems },
    ]);
    expect(failed.track).toEqual({ kind: 'problems', issues: INPUT_ERRORS, source: 'campaigns' });
    expect(failed.campaigns).toBeNull();
    const loaded = reduce(
      [
        { type: 'started', operation: 'campaigns', token: 2 },
        { type: 'campaigns_listed', token: 2, result: [] },
      ],
      failed,
    );
    expect(loaded.track).toEqual({ kind: 'idle' });
  });

  it("keeps a run's problems when the campaign list loads", () => {
    const runProblems = { kind: 'problems', issues: INPUT_ERRORS, source: 'run' } as const;
    const state = reduce(
      [
        { type: 'started', operation: 'campaigns', token: 1 },
        { type: 'campaigns_listed', token: 1, result: [] },
      ],
      { ...INITIAL_STATE, track: runProblems },
    );
    expect(state.track).toEqual(runProblems);
  });

  it('does not cover a summary with problems found listing campaigns', () => {
    const summary = { kind: 'summary', committed: sampleCommitted() } as const;
    const state = reduce(
      [
        { type: 'started', operation: 'campaigns', token: 1 },
        { type: 'campaigns_listed', token: 1, result: problems },
      ],
      { ...INITIAL_STATE, track: summary },
    );
    expect(state.track).toEqual(summary);
  });
});

describe('paneReducer: runs from the ribbon', () => {
  const committed = sampleCommitted();

  it('shows a ribbon run’s report, and its input problems, on the Track tab', () => {
    const shown = reduce([
      { type: 'tab_chosen', tab: 'setup' },
      { type: 'outside_outcome', outcome: { kind: 'committed', committed } },
    ]);
    expect(shown.tab).toBe('track');
    expect(shown.track).toEqual({ kind: 'summary', committed });
    const problemsShown = paneReducer(shown, { type: 'outside_outcome', outcome: problems });
    expect(problemsShown.track).toEqual({ kind: 'problems', issues: INPUT_ERRORS, source: 'run' });
  });

  it('shows a ribbon run’s failure as an error, whatever the pane is doing', () => {
    const busy = reduce([{ type: 'started', operation: 'prepare', token: 1 }]);
    const state = paneReducer(busy, {
      type: 'outside_outcome',
      outcome: { kind: 'failed', message: 'Excel is busy.' },
    });
    expect(state.error).toBe('Excel is busy.');
    expect(state.track).toEqual(busy.track);
  });

  it('does not cover the pane’s own work under way', () => {
    const busy = reduce([{ type: 'started', operation: 'prepare', token: 1 }]);
    expect(paneReducer(busy, { type: 'outside_outcome', outcome: { kind: 'committed', committed } })).toBe(
      busy,
    );
  });

  it('shows a ribbon run’s report while the campaign list loads', () => {
    const loading = reduce([{ type: 'started', operation: 'campaigns', token: 1 }]);
    const committed = sampleCommitted();
    const state = paneReducer(loading, {
      type: 'outside_outcome',
      outcome: { kind: 'committed', committed },
    });
    expect(state.track).toEqual({ kind: 'summary', committed });
  });
});
