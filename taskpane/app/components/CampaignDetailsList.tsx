import { useId } from 'react';
import type { CampaignOutcome } from '../../../src/excel/operator-actions';
import { CampaignDetails } from './CampaignDetails';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

/** One campaign's details under its own heading. */
function Details({
  outcome,
  thresholdPct,
}: {
  readonly outcome: CampaignOutcome;
  readonly thresholdPct: number;
}) {
  const styles = useLayoutStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        Details: {outcome.name}
      </Heading>
      <CampaignDetails outcome={outcome} thresholdPct={thresholdPct} />
    </section>
  );
}

/**
 * Each campaign's report in collapsible sections, below the overview.
 *
 * @example <CampaignDetailsList campaigns={preview.campaigns} thresholdPct={50} />
 */
export function CampaignDetailsList({
  campaigns,
  thresholdPct,
}: {
  readonly campaigns: readonly CampaignOutcome[];
  readonly thresholdPct: number;
}) {
  const styles = useLayoutStyles();
  return (
    <div className={styles.stack}>
      {campaigns.map((outcome) => (
        <Details key={outcome.campaignId} outcome={outcome} thresholdPct={thresholdPct} />
      ))}
    </div>
  );
}
