import { useId } from 'react';
import type { RunCommitted } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { readableTime } from '../format/readable-time';
import { CampaignDetailsList } from './CampaignDetailsList';
import { CampaignOverview } from './CampaignOverview';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { ProblemList } from './ProblemList';
import type { SelectTarget } from './TargetLink';

export interface WrittenViewProps {
  readonly committed: RunCommitted;
  /** Written by the pane's Write report, or by the ribbon's Run checks. */
  readonly by: 'pane' | 'ribbon';
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * What a write did: each campaign at a glance with links to its new sheets, then the details.
 *
 * @example <WrittenView committed={committed} by="pane" onSelect={select} />
 */
export function WrittenView({ committed, by, onSelect }: WrittenViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const { preview, sheets } = committed;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Report written
      </Heading>
      <p className={styles.note}>
        {by === 'ribbon' ? 'Written by Run checks on the ribbon. ' : ''}As of{' '}
        {readableTime(preview.asOf, preview.timeZone)}: applied{' '}
        {countOf(preview.taskChanges.length, 'status change')}, rejected{' '}
        {countOf(preview.rejectedUpdates.length, 'update')}, wrote {countOf(sheets.length * 2, 'sheet')}.
      </p>
      {preview.warnings.length > 0 ? <ProblemList issues={preview.warnings} onSelect={onSelect} /> : null}
      <CampaignOverview
        campaigns={preview.campaigns}
        thresholdPct={preview.performanceThresholdPct}
        sheets={sheets}
        onSelect={onSelect}
      />
      <CampaignDetailsList campaigns={preview.campaigns} thresholdPct={preview.performanceThresholdPct} />
    </section>
  );
}
