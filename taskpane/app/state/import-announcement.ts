import { countOf } from '../format/count-of';
import type { ImportView } from './import-state';

/**
 * The live region's sentence for the Import tab's state.
 *
 * @example importAnnouncement({ kind: 'reading', source: 'selection' }) // 'Reading the pasted range…'
 */
export function importAnnouncement(view: ImportView): string {
  switch (view.kind) {
    case 'idle':
      return '';
    case 'reading':
      return view.source === 'file' ? 'Reading the export…' : 'Reading the pasted range…';
    case 'preview': {
      const { added, replaced, skipped } = view.preview.counts;
      const what = `${added} added, ${replaced} replaced, ${skipped} skipped.`;
      return view.stale
        ? `ChannelMetrics changed. Fresh import preview: ${what}`
        : `Import ready to review: ${what}`;
    }
    case 'writing':
      return 'Writing to ChannelMetrics…';
    case 'imported':
      return view.committed.written
        ? `Imported: ${view.committed.preview.counts.added} added, ${view.committed.preview.counts.replaced} replaced.`
        : 'Nothing to import; ChannelMetrics is unchanged.';
    case 'problems':
      return `Nothing was imported: ${countOf(view.problems.filter((p) => p.code !== 'more').length, 'problem')}.`;
  }
}
