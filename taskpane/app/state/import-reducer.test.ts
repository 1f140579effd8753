import { IMPORT_PROBLEMS, sampleImportCommitted, sampleImportPreview } from '../testing/import-fixtures';
import type { PaneAction } from './pane-action';
import { paneReducer } from './pane-reducer';
import { INITIAL_STATE, type PaneState } from './pane-state';

const reduce = (actions: readonly PaneAction[], from: PaneState = INITIAL_STATE): PaneState =>
  actions.reduce(paneReducer, from);

const preview = sampleImportPreview();
const previewed = reduce([
  { type: 'started', operation: 'import_prepare', token: 1, at: 0, source: 'selection' },
  { type: 'import_prepared', token: 1, result: preview },
]);

describe('paneReducer: an import', () => {
  it('reads (on the Import tab, whatever tab was shown), then shows the preview', () => {
    const reading = reduce([
      { type: 'started', operation: 'import_prepare', token: 1, at: 0, source: 'file' },
    ]);
    expect([reading.tab, reading.import, reading.pending?.operation]).toEqual([
      'import',
      { kind: 'reading', source: 'file' },
      'import_prepare',
    ]);
    expect(previewed.import).toEqual({ kind: 'preview', preview, stale: false });
    expect(previewed.pending).toBeNull();
  });

  it('writes the preview shown, then shows what was written', () => {
    const writing = paneReducer(previewed, { type: 'started', operation: 'import_commit', token: 2, at: 0 });
    expect(writing.import).toEqual({ kind: 'writing', preview });
    const done = paneReducer(writing, {
      type: 'import_committed',
      token: 2,
      result: sampleImportCommitted(),
    });
    expect(done.import).toEqual({ kind: 'imported', committed: sampleImportCommitted() });
  });

  it('shows a stale answer as the fresh preview, marked stale', () => {
    const fresh = sampleImportPreview({ summary: ['fresh'] });
    const state = reduce(
      [
        { type: 'started', operation: 'import_commit', token: 2, at: 0 },
        { type: 'import_committed', token: 2, result: { kind: 'stale', preview: fresh } },
      ],
      previewed,
    );
    expect(state.import).toEqual({ kind: 'preview', preview: fresh, stale: true });
  });

  it('lists problems; one about the date order asks for the Date format from then on', () => {
    const withoutDates = IMPORT_PROBLEMS.filter((p) => p.code !== 'ambiguous_dates');
    const plain = reduce([
      { type: 'started', operation: 'import_prepare', token: 1, at: 0 },
      { type: 'import_prepared', token: 1, result: { kind: 'import_problems', problems: withoutDates } },
    ]);
    expect(plain.import).toEqual({ kind: 'problems', problems: withoutDates });
    expect(plain.importChoices.dateFormatAsked).toBe(false);
    const asked = reduce([
      { type: 'started', operation: 'import_prepare', token: 1, at: 0 },
      { type: 'import_prepared', token: 1, result: { kind: 'import_problems', problems: IMPORT_PROBLEMS } },
      { type: 'started', operation: 'import_prepare', token: 2, at: 0 },
      { type: 'import_prepared', token: 2, result: preview },
    ]);
    expect(asked.importChoices.dateFormatAsked).toBe(true);
  });

  it('goes back to the preview with the message when the commit fails', () => {
    const state = reduce(
      [
        { type: 'started', operation: 'import_commit', token: 2, at: 0 },
        { type: 'failed', token: 2, message: 'Excel is busy.' },
      ],
      previewed,
    );
    expect([state.import, state.error, state.pending]).toEqual([
      { kind: 'preview', preview, stale: false },
      'Excel is busy.',
      null,
    ]);
  });

  it('ignores an answer for work that is no longer current', () => {
    const state = reduce([
      { type: 'started', operation: 'import_prepare', token: 1, at: 0 },
      { type: 'failed', token: 1, message: 'x' },
      { type: 'import_prepared', token: 1, result: preview },
    ]);
    expect(state.import).toEqual({ kind: 'idle' });
  });

  it('Cancel on the preview goes back to the fields, but not while work runs', () => {
    expect(paneReducer(previewed, { type: 'import_cancelled' }).import).toEqual({ kind: 'idle' });
    const writing = paneReducer(previewed, { type: 'started', operation: 'import_commit', token: 2, at: 0 });
    expect(paneReducer(writing, { type: 'import_cancelled' })).toBe(writing);
  });

  it('keeps the fields as they change', () => {
    const state = reduce([
      { type: 'import_choices_changed', choices: { campaignId: 'C-OLD', mode: 'skip' } },
      { type: 'import_choices_changed', choices: { channel: 'LinkedIn' } },
      { type: 'tab_chosen', tab: 'track' },
    ]);
    expect(state.importChoices).toMatchObject({ campaignId: 'C-OLD', mode: 'skip', channel: 'LinkedIn' });
  });
});
