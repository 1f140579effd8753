import { analysis, row } from '../testing/analysis-fixture';
import { renderExecutionResult } from '../messages/render-execution-result';
import { renderFeedbackIssue } from '../messages/render-feedback-issue';
import { budgetGap } from './budget-gap';
import { executionSummary } from './execution-summary';
import { issueFindings } from './issues/issue-findings';

describe('a gap between Budget Spent and the channels’ cost', () => {
  const rows = [
    row('Search', { date: '2026-11-15', cost: 2011.26 }),
    row('Display', { date: '2026-11-15', cost: 1000 }),
  ];

  it('is named in the execution result and as an issue', () => {
    const a = analysis({ campaign: { currency: 'EUR', budgetAllocated: 20000 }, spent: 15000.01, rows });
    expect(budgetGap(a)?.gap.toString()).toBe('11988.75');
    expect(renderExecutionResult(executionSummary(a))).toContain(
      "Budget: €15,000.01 of €20,000.00 spent (75.0%); the channels' rows account for €3,011.26 of it, €11,988.75 is outside them.",
    );
    const issue = issueFindings(a, [], [], []).find((i) => i.code === 'budget_gap');
    expect(issue === undefined ? null : renderFeedbackIssue(issue)).toEqual({
      description:
        "Budget Spent (€15,000.01) is €11,988.75 more than the cost of the campaign's ChannelMetrics rows (€3,011.26)",
      severity: 3,
      impact:
        "€11,988.75 of the spend is not in any channel's figures, so the channel comparisons and CPA cover only €3,011.26",
      resolution:
        'add the missing ChannelMetrics rows (a channel not imported, days missing), or note what the rest paid for (fees, production)',
    });
  });

  it('is said the other way round when the channels show more than Budget Spent', () => {
    const a = analysis({ spent: 3000, rows });
    expect(renderExecutionResult(executionSummary(a))).toContain(
      "the channels' rows show $3,011.26, $11.26 more than Budget Spent.",
    );
  });

  it('is no gap without rows, with a blank Budget Spent, or under a cent', () => {
    expect(budgetGap(analysis({ spent: 100 }))).toBeNull();
    expect(budgetGap(analysis({ rows }))).toBeNull();
    expect(budgetGap(analysis({ spent: 3011.264, rows }))).toBeNull();
  });
});
