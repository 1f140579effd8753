import { INPUT_ERRORS, sampleCommitted, samplePreview } from '../testing/run-fixtures';
import { paneAnnouncement } from './announcement';
import { INITIAL_STATE, type PaneState } from './pane-state';

const at = (patch: Partial<PaneState>): PaneState => ({ ...INITIAL_STATE, ...patch });

describe('paneAnnouncement', () => {
  it.each<[string, PaneState, string]>([
    ['idle', at({}), ''],
    ['idle after the sample was added', at({ notice: 'Added 6 sheets.' }), 'Added 6 sheets.'],
    [
      'starting the checks',
      at({ track: { kind: 'progress', purpose: 'check', progress: null, startedAt: 0 } }),
      'Starting the checks…',
    ],
    [
      'starting a write',
      at({ track: { kind: 'progress', purpose: 'write', progress: null, startedAt: 0 } }),
      'Starting to write…',
    ],
    [
      'a step',
      at({
        track: {
          kind: 'progress',
          purpose: 'check',
          progress: { step: 'computing', fraction: 0.6 },
          startedAt: 0,
        },
      }),
      'Working out the reports…',
    ],
    [
      'checked',
      at({ track: { kind: 'checked', preview: samplePreview(), stale: false } }),
      'Checks done, nothing written: 1 campaign checked; writing would make 1 status change.',
    ],
    [
      'checked again after the workbook changed',
      at({ track: { kind: 'checked', preview: samplePreview({ taskChanges: [] }), stale: true } }),
      'The workbook changed. Checked again: 1 campaign checked; writing would make 0 status changes.',
    ],
    [
      'written',
      at({ track: { kind: 'written', committed: sampleCommitted(), by: 'pane' } }),
      'Report written for 1 campaign.',
    ],
    [
      'problems (2 errors, 1 warning in INPUT_ERRORS)',
      at({ track: { kind: 'problems', issues: INPUT_ERRORS } }),
      '2 errors and 1 warning in the workbook; nothing was written.',
    ],
    ['reverting', at({ track: { kind: 'reverting', startedAt: 0 } }), 'Reverting the last run…'],
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
