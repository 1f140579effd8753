import { analyzeCampaign } from '../analysis/analyze-campaign';
import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { TrackingInput } from '../model/tracking-input';
import { DAY, HOUR, makeCampaign, makeInput, makeKpi, makeRow, makeTask, START } from '../testing/fixtures';
import { renderBlockerResolution } from './render-blocker-resolution';
import { renderEscalation } from './render-escalation';

// Day 20 of 30 (2026-03-21T00:00Z): e = 2 / 3, past the midpoint. 50 hours before it is 2026-03-18T22:00Z.
const AS_OF = START + 20 * DAY;

function analyze(parts: Partial<TrackingInput>): CampaignAnalysis {
  const input = makeInput(parts);
  const campaign = input.campaigns[0];
  if (campaign === undefined) throw new Error('no campaign');
  return analyzeCampaign({ campaign, input, tasks: input.tasks, asOf: AS_OF });
}

function texts(a: CampaignAnalysis, code: string) {
  const finding = a.escalations.find((e) => e.code === code);
  if (finding === undefined) throw new Error(`no ${code}`);
  return renderEscalation(finding, a);
}

describe('renderEscalation', () => {
  it('words an unbounded primary CPA and asks to check tracking first', () => {
    const a = analyze({
      kpis: [makeKpi('CPA', '$80', { type: 'primary' })],
      channelMetrics: [makeRow('Meta', { impressions: 20000, clicks: 300, cost: 1200 })],
    });
    const t = texts(a, 'kpi_below_threshold');
    expect(t.description).toBe(
      "Primary KPI CPA has no conversions yet ($1,200.00 spent) against a target of $80.00 with 66.7% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(t.recommendedAction).toBe(
      'Decide this week how to bring CPA back on course. First check that conversion tracking works: no conversions yet ($1,200.00 spent). If $80.00 is out of reach, agree a revised target with the CMO.',
    );
  });

  it('names the best and worst channel of a secondary KPI', () => {
    // CTR: Search 300 / 10,000 = 3 %, Display 30 / 30,000 = 0.1 %; total 330 / 40,000 = 0.825 %
    // against 2 %: 41.25 % of target
    const a = analyze({
      kpis: [makeKpi('CTR', '2%'), makeKpi('cost', 10_000, { type: 'primary' })],
      channelMetrics: [
        makeRow('Search', { impressions: 10000, clicks: 300, cost: 100 }),
        makeRow('Display', { impressions: 30000, clicks: 30, cost: 100, source: 'estimated' }),
      ],
    });
    const t = texts(a, 'kpi_below_threshold');
    expect(t.description).toBe(
      "Secondary KPI CTR is at 41.3% of its target (0.8%, estimated, against 2.0%) with 66.7% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(t.recommendedAction).toBe(
      'Review at the next check-in how to bring CTR back on course. Search does best on CTR (3.0%) and Display worst (0.1%): shift budget from Display to Search and rework the targeting or creative on Display. If 2.0% is out of reach, agree a revised target with the CMO.',
    );
  });

  it('words a budget used up (critical) and one running ahead (high)', () => {
    const tasks = [
      makeTask('T1', { status: 'completed' }),
      makeTask('T2'),
      makeTask('T3'),
      makeTask('T4', { status: 'cancelled' }),
    ];
    const over = analyze({ campaigns: [makeCampaign({ budgetSpent: 5250 })], tasks });
    // 5,250 / 5,000 = 105 %; 1 of 4 complete = 25 %; 2 tasks open (T2, T3)
    expect(texts(over, 'budget_ahead_of_progress')).toEqual({
      description:
        'The budget is used up: $5,250.00 spent of $5,000.00 (105.0%, $250.00 over) while only 25.0% of tasks are completed (1 of 4); budgets more than 80% spent with under 50% of tasks completed are escalated.',
      recommendedAction:
        'Stop or cap spending today, then ask the CMO either for extra budget to finish the 2 tasks still open or to cut that scope.',
    });
    const ahead = analyze({
      campaigns: [makeCampaign({ budgetSpent: null })],
      tasks,
      channelMetrics: [makeRow('Meta', { cost: 3000 }), makeRow('Search', { cost: 1250.5 })],
    });
    // 4,250.50 / 5,000 = 85.01 %; 749.50 left
    expect(texts(ahead, 'budget_ahead_of_progress')).toEqual({
      description:
        '$4,250.50 of the $5,000.00 budget is spent (85.0%) while only 25.0% of tasks are completed (1 of 4); budgets more than 80% spent with under 50% of tasks completed are escalated.',
      recommendedAction:
        'Slow spending before the budget runs out: $749.50 is left for 2 tasks still open. Lower the daily caps (the largest spender is Meta with $3,000.00) until delivery catches up, or agree extra budget with the CMO.',
    });
  });

  it('words blocked tasks: critical with waiting tasks, and without a blocker or a start', () => {
    const a = analyze({
      tasks: [
        makeTask('T1', {
          title: 'Legal review',
          status: 'blocked',
          critical: true,
          blocker: 'Contract unsigned',
          blockedSince: AS_OF - 50 * HOUR,
        }),
        makeTask('T2', { title: 'Launch', dependsOn: ['T1'] }),
        makeTask('T3', { title: 'Report', status: 'blocked' }),
      ],
    });
    const [critical, medium] = a.escalations.map((e) => renderEscalation(e, a));
    expect(critical).toEqual({
      description:
        'Critical task T1 “Legal review” has been blocked for 2 days 2 hours (since 2026-03-18), over the 24-hour limit, by “Contract unsigned”; 1 task waits on it: T2 “Launch”.',
      recommendedAction:
        'Escalate today: get whoever can clear “Contract unsigned” to commit to a date for T1, and re-plan T2 “Launch” if it slips.',
    });
    expect(medium).toEqual({
      description:
        'Task T3 “Report” has been blocked for an unknown time (Blocked Since is empty), over the 24-hour limit, with no blocker recorded; no other task waits on it.',
      recommendedAction:
        'Clear the blocker with the owner of T3 this week, or cancel the task if it is no longer needed. Record Blocked Since on the task so the delay can be measured.',
    });
    const [first, second] = a.blocked.map((b) => renderBlockerResolution(b, a));
    expect(first).toBe(
      'Clear “Contract unsigned”: name an owner and a date today (critical task); then start T2 “Launch”, which waits on it.',
    );
    expect(second).toBe(
      'No blocker is recorded for T3: write the reason in Blocker and name who can clear it this week; nothing else waits on it. Record Blocked Since so the delay can be measured.',
    );
  });

  it('words failed tasks by their impact', () => {
    const a = analyze({
      tasks: [
        makeTask('T1', { title: 'A/B test', status: 'failed', attempts: 3 }),
        makeTask('T2', { title: 'Rollout', dependsOn: ['T1'] }),
        makeTask('T3', { title: 'Press kit', status: 'failed', attempts: 1, critical: true }),
        makeTask('T4', { title: 'Survey', status: 'failed', attempts: 3 }),
      ],
    });
    expect(a.escalations.map((e) => renderEscalation(e, a))).toEqual([
      {
        description: 'Task T1 “A/B test” failed after 3 attempts; it holds up 1 task: T2 “Rollout”.',
        recommendedAction:
          'Decide now whether to retry T1 with a changed approach, replace it, or re-plan T2 “Rollout” without it; write down the cause in its Actual Result.',
      },
      {
        description: 'Critical task T3 “Press kit” failed after 1 attempt; no unfinished task depends on it.',
        recommendedAction:
          'Decide now how the campaign gets what critical task T3 was meant to deliver: retry it with a changed approach or agree a replacement with the CMO.',
      },
      {
        description: 'Task T4 “Survey” failed after 3 attempts; no unfinished task depends on it.',
        recommendedAction:
          'Write down why T4 failed and decide whether the work is still needed; nothing else waits on it.',
      },
    ]);
  });
});
