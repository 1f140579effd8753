import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useId } from 'react';
import type { ImportPreview } from '../../../src/excel/operator-actions';
import { Heading } from './Heading';
import { ImportCounts } from './ImportCounts';
import { ImportReviewView } from './ImportReviewView';
import { ImportSummaryText } from './ImportSummaryText';
import { useLayoutStyles } from './layout-styles';

export interface ImportPreviewViewProps {
  readonly preview: ImportPreview;
  /** ChannelMetrics changed since the preview the marketer confirmed: this is the fresh one. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

/**
 * What an import will write to ChannelMetrics, to confirm before anything changes.
 *
 * @example <ImportPreviewView preview={preview} stale={false} busy={busy} onImport={confirmImport} onCancel={cancelImport} />
 */
export function ImportPreviewView({ preview, stale, busy, onImport, onCancel }: ImportPreviewViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Review the import
      </Heading>
      {stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>ChannelMetrics changed</MessageBarTitle>
            Nothing was written. This is a fresh preview of the import into the workbook as it is now: check
            it again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ImportCounts preview={preview} />
      <ImportReviewView review={preview.review} currency={preview.currency} />
      <ImportSummaryText lines={preview.summary} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onImport}>
          Import
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
