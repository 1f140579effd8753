import { useId } from 'react';
import type { RunCommitted } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { readableTimestamp } from '../format/readable-timestamp';
import { CampaignSummary } from './CampaignSummary';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { ProblemList } from './ProblemList';
import type { SelectTarget } from './TargetLink';

export interface SummaryViewProps {
  readonly committed: RunCommitted;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * What a committed run wrote: the status changes, then each campaign's report and feedback.
 *
 * @example <SummaryView committed={committed} onSelect={select} />
 */
export function SummaryView({ committed, onSelect }: SummaryViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const { preview, sheets } = committed;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Checks done
      </Heading>
      <p className={styles.note}>
        Report time {readableTimestamp(preview.asOf)}. Applied{' '}
        {countOf(preview.taskChanges.length, 'status change')}; rejected{' '}
        {countOf(preview.rejectedUpdates.length, 'update')}.
      </p>
      {preview.warnings.length > 0 ? (
        <div className={styles.section}>
          <Heading level={3}>Warnings ({preview.warnings.length})</Heading>
          <ProblemList issues={preview.warnings} onSelect={onSelect} />
        </div>
      ) : null}
      {preview.campaigns.length === 0 ? (
        <p className={styles.paragraph}>No active campaign to report on.</p>
      ) : null}
      {preview.campaigns.map((outcome) => (
        <CampaignSummary
          key={outcome.campaignId}
          outcome={outcome}
          sheets={sheets.find((s) => s.campaignId === outcome.campaignId)}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}
