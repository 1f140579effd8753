import { IMPORT_PROBLEMS, sampleImportCommitted, sampleImportPreview } from '../testing/import-fixtures';
import { paneAnnouncement } from './announcement';
import type { ImportView } from './import-state';
import { INITIAL_STATE } from './pane-state';

describe('paneAnnouncement on the Import tab', () => {
  it.each<[string, ImportView, string]>([
    ['idle', { kind: 'idle' }, ''],
    ['reading a file', { kind: 'reading', source: 'file' }, 'Reading the export…'],
    ['reading a paste', { kind: 'reading', source: 'selection' }, 'Reading the pasted range…'],
    [
      'a preview',
      { kind: 'preview', preview: sampleImportPreview(), stale: false },
      'Import ready to review: 6 added, 2 replaced, 0 skipped.',
    ],
    [
      'a stale preview',
      { kind: 'preview', preview: sampleImportPreview(), stale: true },
      'ChannelMetrics changed. Fresh import preview: 6 added, 2 replaced, 0 skipped.',
    ],
    ['writing', { kind: 'writing', preview: sampleImportPreview() }, 'Writing to ChannelMetrics…'],
    ['imported', { kind: 'imported', committed: sampleImportCommitted() }, 'Imported: 6 added, 2 replaced.'],
    [
      'nothing written',
      { kind: 'imported', committed: { ...sampleImportCommitted(), written: false } },
      'Nothing to import; ChannelMetrics is unchanged.',
    ],
    // Two problems listed; the third entry only counts the ones left out.
    ['problems', { kind: 'problems', problems: IMPORT_PROBLEMS }, 'Nothing was imported: 2 problems.'],
  ])('%s', (_name, view, expected) => {
    expect(paneAnnouncement({ ...INITIAL_STATE, tab: 'import', import: view })).toBe(expected);
  });

  it('says nothing about imports on another tab', () => {
    const state = { ...INITIAL_STATE, import: { kind: 'reading', source: 'file' } as const };
    expect(paneAnnouncement(state)).toBe('');
  });
});
