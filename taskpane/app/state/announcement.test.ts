import { INPUT_ERRORS, sampleCommitted, samplePreview } from '../testing/run-fixtures';
import { paneAnnouncement } from './announcement';
import { INITIAL_STATE, type PaneState } from './pane-state';

const at = (patch: Partial<PaneState>): PaneState => ({ ...INITIAL_STATE, ...patch });

describe('paneAnnouncement', () => {
  it.each<[string, PaneState, string]>([
    ['idle', at({}), ''],
    ['starting', at({ track: { kind: 'progress', progress: null } }), 'Starting the checks…'],
    [
      'a step',
      at({ track: { kind: 'progress', progress: { step: 'computing', fraction: 0.6 } } }),
      'Computing the reports…',
    ],
    [
      'a preview',
      at({ track: { kind: 'preview', preview: samplePreview(), stale: false } }),
      'Preview ready: 1 status change and 1 rejected update to review.',
    ],
    [
      'a stale preview',
      at({ track: { kind: 'preview', preview: samplePreview({ rejectedUpdates: [] }), stale: true } }),
      'The workbook changed. Fresh preview: 1 status change and 0 rejected updates to review.',
    ],
    [
      'a summary',
      at({ track: { kind: 'summary', committed: sampleCommitted() } }),
      'Checks done: reports written for 1 campaign.',
    ],
    [
      'problems (2 errors, 1 warning in INPUT_ERRORS)',
      at({ track: { kind: 'problems', issues: INPUT_ERRORS, source: 'run' } }),
      '2 errors and 1 warning in the workbook; nothing was written.',
    ],
    ['reverting', at({ track: { kind: 'reverting' } }), 'Reverting the last run…'],
    [
      'nothing to revert',
      at({ track: { kind: 'reverted', result: { kind: 'nothing_to_revert' } } }),
      'There is no run to revert.',
    ],
    [
      'creating the template',
      at({ tab: 'setup', setup: { kind: 'creating', sample: false } }),
      'Adding the input tables…',
    ],
    [
      'creating the sample',
      at({ tab: 'setup', setup: { kind: 'creating', sample: true } }),
      'Adding the sample campaign…',
    ],
    [
      'a template',
      at({
        tab: 'setup',
        setup: { kind: 'created', result: { kind: 'created', sheets: ['Campaigns', 'Tasks'] } },
      }),
      'Added 2 sheets.',
    ],
    [
      'tables already there',
      at({
        tab: 'setup',
        setup: { kind: 'created', result: { kind: 'already_present', tables: ['Tasks'] } },
      }),
      'The input tables are already in this workbook; nothing was added.',
    ],
  ])('%s', (_name, state, text) => {
    expect(paneAnnouncement(state)).toBe(text);
  });
});
