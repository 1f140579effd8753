import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { CampaignOutcome } from '../../../src/excel/operator-actions';
import { BlockerList } from './BlockerList';
import { BudgetBar } from './BudgetBar';
import { EscalationList } from './EscalationList';
import { KpiList } from './KpiList';
import { LearningList } from './LearningList';
import { TaskSummary } from './TaskSummary';
import { TextList } from './TextList';

export interface CampaignDetailsProps {
  readonly outcome: CampaignOutcome;
  readonly thresholdPct: number;
}

/**
 * A campaign's report in collapsible sections, all closed at first: tasks, budget, KPIs,
 * escalations, blockers, learnings and recommendations — the figures the report sheets hold.
 *
 * @example <CampaignDetails outcome={outcome} thresholdPct={50} />
 */
export function CampaignDetails({ outcome, thresholdPct }: CampaignDetailsProps) {
  const { report, feedback } = outcome;
  const sections = [
    {
      value: 'tasks',
      title: `Tasks (${report.task_summary.completed} of ${report.task_summary.total} done)`,
      body: <TaskSummary summary={report.task_summary} completionRatePct={report.task_completion_rate_pct} />,
    },
    { value: 'budget', title: 'Budget', body: <BudgetBar budget={report.budget_status} /> },
    {
      value: 'kpis',
      title: `KPIs (${report.performance_vs_target.length})`,
      body: <KpiList entries={report.performance_vs_target} thresholdPct={thresholdPct} />,
    },
    {
      value: 'escalations',
      title: `Escalations (${report.escalations.length})`,
      body: <EscalationList escalations={report.escalations} />,
    },
    {
      value: 'blockers',
      title: `Blockers (${report.blockers.length})`,
      body: <BlockerList blockers={report.blockers} />,
    },
    {
      value: 'learnings',
      title: `Learnings (${feedback.learnings.length})`,
      body: <LearningList learnings={feedback.learnings} />,
    },
    {
      value: 'recommendations',
      title: `Recommendations (${feedback.recommendations.length})`,
      body: <TextList items={feedback.recommendations} empty="No recommendations." />,
    },
  ];
  return (
    <Accordion multiple collapsible>
      {sections.map((section) => (
        <AccordionItem key={section.value} value={section.value}>
          <AccordionHeader as="h4" size="small">
            {section.title}
          </AccordionHeader>
          <AccordionPanel>{section.body}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
