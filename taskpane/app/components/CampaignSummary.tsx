import { Divider } from '@fluentui/react-components';
import type { CampaignOutcome } from '../../../src/excel/operator-actions';
import { TIMELINE_TEXT } from '../../../src/workbook/plan/display-text';
import { BlockerList } from './BlockerList';
import { BudgetBar } from './BudgetBar';
import { EscalationList } from './EscalationList';
import { Heading } from './Heading';
import { KpiList } from './KpiList';
import { useLayoutStyles } from './layout-styles';
import { Pairs } from './Pairs';
import { SheetLinks } from './SheetLinks';
import { StatusBadge } from './StatusBadge';
import type { SelectTarget } from './TargetLink';
import { TaskSummary } from './TaskSummary';
import { TextList } from './TextList';

export interface CampaignSummaryProps {
  readonly outcome: CampaignOutcome;
  /** The sheets this run wrote for the campaign; absent in a preview. */
  readonly sheets?: { readonly report: string; readonly feedback: string } | undefined;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * One campaign's report and feedback, as the run wrote them (values shown, never recomputed).
 *
 * @example <CampaignSummary outcome={preview.campaigns[0]} sheets={committed.sheets[0]} onSelect={select} />
 */
export function CampaignSummary({ outcome, sheets, onSelect }: CampaignSummaryProps) {
  const styles = useLayoutStyles();
  const { report, feedback } = outcome;
  return (
    <article className={styles.stack} aria-label={`${outcome.name} (${outcome.campaignId})`}>
      <Divider />
      <Heading level={3}>
        {outcome.name} ({outcome.campaignId})
      </Heading>
      <Pairs
        pairs={[
          ['Overall status', <StatusBadge key="status" status={report.overall_status} />],
          ['Timeline', TIMELINE_TEXT[report.timeline_adherence]],
          ['Confidence in data', `${feedback.confidence_in_data} / 100`],
        ]}
      />
      <p className={styles.paragraph}>{feedback.execution_result}</p>
      {sheets === undefined ? null : (
        <SheetLinks report={sheets.report} feedback={sheets.feedback} onSelect={onSelect} />
      )}
      <div className={styles.section}>
        <Heading level={4}>Tasks</Heading>
        <TaskSummary summary={report.task_summary} completionRatePct={report.task_completion_rate_pct} />
      </div>
      <div className={styles.section}>
        <Heading level={4}>Budget</Heading>
        <BudgetBar budget={report.budget_status} />
      </div>
      <div className={styles.section}>
        <Heading level={4}>KPIs</Heading>
        <KpiList entries={report.performance_vs_target} />
      </div>
      <div className={styles.section}>
        <Heading level={4}>Escalations ({report.escalations.length})</Heading>
        <EscalationList escalations={report.escalations} />
      </div>
      <div className={styles.section}>
        <Heading level={4}>Blockers ({report.blockers.length})</Heading>
        <BlockerList blockers={report.blockers} />
      </div>
      <div className={styles.section}>
        <Heading level={4}>Learnings</Heading>
        <TextList items={feedback.learnings} empty="No learnings." />
      </div>
      <div className={styles.section}>
        <Heading level={4}>Recommendations</Heading>
        <TextList items={feedback.recommendations} empty="No recommendations." />
      </div>
    </article>
  );
}
