import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useId } from 'react';
import type { RunPreview } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { readableTimestamp } from '../format/readable-timestamp';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { ProblemList } from './ProblemList';
import { RejectedUpdateList } from './RejectedUpdateList';
import type { SelectTarget } from './TargetLink';
import { TaskChangeList } from './TaskChangeList';

export interface PreviewViewProps {
  readonly preview: RunPreview;
  /** The workbook changed since the preview the marketer confirmed: this is the fresh one. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * What a run will write, to confirm before anything changes in the workbook.
 *
 * @example <PreviewView preview={preview} stale={false} busy={busy} onApply={apply} onCancel={cancel} onSelect={select} />
 */
export function PreviewView({ preview, stale, busy, onApply, onCancel, onSelect }: PreviewViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const names = preview.campaigns.map((c) => `${c.name} (${c.campaignId})`).join(', ');
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Review before writing
      </Heading>
      {stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The workbook changed</MessageBarTitle>
            Nothing was written. This is a fresh preview of the workbook as it is now: check it again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={styles.note}>
        {countOf(preview.campaigns.length, 'campaign')}
        {names === '' ? '' : `: ${names}`}. Report time {readableTimestamp(preview.asOf)}.
      </p>
      <div className={styles.section}>
        <Heading level={3}>Status changes ({preview.taskChanges.length})</Heading>
        <TaskChangeList changes={preview.taskChanges} />
      </div>
      <div className={styles.section}>
        <Heading level={3}>Rejected updates ({preview.rejectedUpdates.length})</Heading>
        <RejectedUpdateList updates={preview.rejectedUpdates} onSelect={onSelect} />
      </div>
      {preview.warnings.length > 0 ? (
        <div className={styles.section}>
          <Heading level={3}>Warnings ({preview.warnings.length})</Heading>
          <ProblemList issues={preview.warnings} onSelect={onSelect} />
        </div>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onApply}>
          Apply and write report
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
