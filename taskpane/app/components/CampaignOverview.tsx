import type { CampaignOutcome, CampaignSheets } from '../../../src/excel/operator-actions';
import { CampaignCard } from './CampaignCard';
import { useLayoutStyles } from './layout-styles';
import type { SelectTarget } from './TargetLink';

export interface CampaignOverviewProps {
  readonly campaigns: readonly CampaignOutcome[];
  readonly thresholdPct: number;
  /** The sheets written per campaign, once written. */
  readonly sheets?: readonly CampaignSheets[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * One card per campaign, first thing after the result's heading.
 *
 * @example <CampaignOverview campaigns={preview.campaigns} thresholdPct={50} onSelect={select} />
 */
export function CampaignOverview({ campaigns, thresholdPct, sheets, onSelect }: CampaignOverviewProps) {
  const styles = useLayoutStyles();
  if (campaigns.length === 0)
    return <p className={styles.paragraph}>No active campaign to report on. Choose one above.</p>;
  return (
    <div className={styles.stack}>
      {campaigns.map((outcome) => (
        <CampaignCard
          key={outcome.campaignId}
          outcome={outcome}
          thresholdPct={thresholdPct}
          sheets={sheets?.find((s) => s.campaignId === outcome.campaignId)}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}
