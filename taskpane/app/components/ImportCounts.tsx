import type { ImportPreview } from '../../../src/excel/operator-actions';
import { Pairs } from './Pairs';

export interface ImportCountsProps {
  readonly preview: ImportPreview;
}

/** Where an import reads from, as the pane names it. */
function sourceText(source: ImportPreview['source']): string {
  return source.kind === 'file' ? source.name : `pasted range ${source.address}`;
}

/**
 * What an import reads and what it does to ChannelMetrics, as labelled counts.
 *
 * @example <ImportCounts preview={preview} />
 */
export function ImportCounts({ preview }: ImportCountsProps) {
  const { counts } = preview;
  return (
    <Pairs
      pairs={[
        ['From', sourceText(preview.source)],
        ['Campaign', preview.campaignId],
        ['Platform', preview.platformName],
        ['Currency', preview.currency],
        ['Rows read', counts.rowsRead],
        ['Added', counts.added],
        ['Replaced', counts.replaced],
        ['Skipped', counts.skipped],
        ['Total rows dropped', counts.dropped.totals],
        ['Empty rows dropped', counts.dropped.empty],
      ]}
    />
  );
}
