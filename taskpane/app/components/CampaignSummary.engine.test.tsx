/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { formatMoney } from '../../../src/engine/money/currency';
import { Dec } from '../../../src/engine/money/decimal';
import { SCENARIO_AS_OF, scenarioInput } from '../../../src/engine/testing/scenario';
import { track } from '../../../src/engine/track';
import { renderInPane } from '../testing/render-pane';
import { CampaignSummary } from './CampaignSummary';

/** The pane shows the engine's own report and feedback for a real run, never figures of its own. */
describe('CampaignSummary over a run of the engine', () => {
  let ids = 0;
  const outcome = track(scenarioInput(), {
    asOf: SCENARIO_AS_OF,
    runId: 'run-1',
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
  });
  if (!outcome.ok) throw new Error('the scenario is valid input');
  const result = outcome.result.campaigns[0];
  if (result === undefined) throw new Error('the scenario tracks C1');
  const { report, feedback } = result;

  beforeEach(() => {
    renderInPane(
      <CampaignSummary
        outcome={{ campaignId: result.campaignId, name: report.campaign_name, report, feedback }}
        onSelect={() => undefined}
      />,
    );
  });

  it('has something to show in every part (so the checks below are not vacuous)', () => {
    expect(report.performance_vs_target.length).toBeGreaterThan(0);
    expect(report.escalations.length).toBeGreaterThan(0);
    expect(report.blockers.length).toBeGreaterThan(0);
    expect(feedback.learnings.length).toBeGreaterThan(0);
  });

  it("shows every KPI's target and actual as the report wrote them", () => {
    for (const entry of report.performance_vs_target) {
      expect(screen.getAllByText(entry.target).length).toBeGreaterThan(0);
      expect(screen.getAllByText(entry.actual).length).toBeGreaterThan(0);
    }
  });

  it("shows the report's budget figures in its currency", () => {
    const { spent, allocated, currency } = report.budget_status;
    expect(
      screen.getByText(
        new RegExp(
          `^${escape(formatMoney(new Dec(spent), currency))} of ${escape(formatMoney(new Dec(allocated), currency))} spent`,
        ),
      ),
    ).toBeTruthy();
  });

  it('shows every escalation, blocker, learning and recommendation', () => {
    for (const e of report.escalations) expect(screen.getByText(e.description)).toBeTruthy();
    for (const b of report.blockers)
      expect(screen.getByText(new RegExp(`^${escape(b.task_id)}: `))).toBeTruthy();
    for (const l of feedback.learnings) expect(screen.getByText(l)).toBeTruthy();
    for (const r of feedback.recommendations) expect(screen.getByText(r)).toBeTruthy();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
