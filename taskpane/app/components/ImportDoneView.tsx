import { useId } from 'react';
import type { ImportCommitted } from '../../../src/excel/operator-actions';
import { Heading } from './Heading';
import { ImportCounts } from './ImportCounts';
import { ImportSummaryText } from './ImportSummaryText';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface ImportDoneViewProps {
  readonly committed: ImportCommitted;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * An import written (or with nothing to write: every channel-day skipped), with a link to ChannelMetrics.
 *
 * @example <ImportDoneView committed={committed} onSelect={select} />
 */
export function ImportDoneView({ committed, onSelect }: ImportDoneViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const { preview } = committed;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        {committed.written ? 'Imported' : 'Nothing to import'}
      </Heading>
      <p className={styles.paragraph}>
        {committed.written
          ? `ChannelMetrics now holds the export’s rows for ${preview.campaignId}.`
          : 'ChannelMetrics already has every channel-day of this export; nothing was written.'}
      </p>
      <ImportCounts preview={preview} />
      <ImportSummaryText lines={preview.summary} />
      <span>
        <TargetLink target={{ sheet: preview.sheet }} onSelect={onSelect}>
          Open the {preview.sheet} sheet
        </TargetLink>
      </span>
    </section>
  );
}
