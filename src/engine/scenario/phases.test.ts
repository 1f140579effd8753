import { counterIds } from '../testing/counter-ids';
import { track } from '../track';
import type { CampaignResult } from '../track-types';
import { AS_OF, phasesInput } from './phases.input';

function results(): Map<string, CampaignResult> {
  const outcome = track(phasesInput, {
    asOf: AS_OF,
    runId: 'run-1',
    newId: counterIds(),
    campaignIds: ['PRE', 'RUN', 'END'],
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return new Map(outcome.result.campaigns.map((c) => [c.campaignId, c]));
}

/** Every sentence the two outputs say to the CMO. */
function sentences(c: CampaignResult): string[] {
  return [
    c.feedback.execution_result,
    ...c.feedback.learnings,
    ...c.feedback.issues.flatMap((i) => [i.description, i.impact, i.resolution]),
    ...c.feedback.recommendations,
    ...c.report.escalations.flatMap((e) => [e.description, e.recommended_action]),
    ...c.report.blockers.map((b) => b.proposed_resolution),
  ];
}

describe('a campaign in each phase, on the same report day (2026-03-20)', () => {
  const all = results();
  const get = (id: string) => {
    const c = all.get(id);
    if (c === undefined) throw new Error(id);
    return c;
  };

  it('says which phase each is in', () => {
    expect([...all.values()].map((c) => [c.campaignId, c.report.phase, c.feedback.phase])).toEqual([
      ['PRE', 'not_started', 'not_started'],
      ['RUN', 'running', 'running'],
      ['END', 'ended', 'ended'],
    ]);
  });

  it('gives a campaign that has not started its readiness, not results', () => {
    const pre = get('PRE');
    // 12 days from 2026-03-20 to 2026-04-01; P3 was due 2026-03-18; P2 is the only tracking task.
    // Expected progress (P3 past due: 1; the others 0 before the start) 1 / 5 = progress 1 / 5: on
    // track; the critical blocked task makes it at risk.
    expect(pre.feedback.execution_result).toBe(
      'Status: at risk. Starts on 2026-04-01 (in 12 days). Tasks: 1 of 5 completed (20.0%), 1 in progress, 1 blocked, 0 failed. Budget: $0.00 of $8,000.00 spent (0.0%). Readiness: 1 task past its due date (P3); budget set; 0 of 1 tracking task completed. Primary KPI conversions: target 200, no data before launch. Escalations: 1 (1 critical).',
    );
    expect(pre.feedback.recommendations).toEqual([
      'Unblock critical task P4 “Landing page copy” before launch on 2026-04-01 (blocked 2 days by “Legal review”): P5 waits on it',
      'Finish task P3 “Book the influencers” before launch on 2026-04-01 (it was due on 2026-03-18)',
      'Complete P2 “Install the Meta pixel” before launch on 2026-04-01, so results are measured from the first day',
    ]);
    // No data is expected before launch: a KPI without data is not an issue yet.
    expect(pre.feedback.issues.map((i) => i.description)).toEqual([
      'Critical task P4 “Landing page copy” blocked for 2 days: “Legal review”',
    ]);
    expect(pre.report.blockers[0]?.proposed_resolution).toBe(
      'Clear “Legal review”: name an owner and a date before launch on 2026-04-01; then start P5 “Publish the landing page”, which waits on it.',
    );
    expect(pre.feedback.next_actions.map((n) => [n.urgency, n.due])).toEqual([
      ['before_launch', '2026-04-01'],
      ['before_launch', '2026-04-01'],
      ['before_launch', '2026-04-01'],
    ]);
  });

  it('gives a campaign that has ended a retrospective: no action for today or this week', () => {
    const end = get('END');
    for (const s of sentences(end)) {
      expect(s).not.toMatch(/\btoday\b|this week|Stop or cap|Shift \d+%|Decide now|see the/);
    }
    expect(end.feedback.execution_result).toMatch(/^Status: failed\. Ended on 2026-02-28\. /);
    expect(end.feedback.recommendations).toEqual([
      // Search 100 conversions for $2,000 against Display 20 for $2,800: 7× per dollar,
      // se = √(1/100 + 1/20) = 0.2449: 7 × e^(±0.4801) = 4.33–11.3.
      "For the next campaign, plan more of the budget for Search and less for Display: Search's CPA is about 7× lower (95% interval 4.3–12×): $20.00 vs $140.00",
      'For the next campaign, set the conversions target from what this one reached (120 in 28 days against 300), or plan the budget and channels it would take to reach 300',
      'Close task E2 “Retargeting audience” (blocked 28 days by “Waiting on the data team”): cancel it with a reason, or carry it into the next plan if the work is still needed',
      'Write down why failed task E3 “Partner newsletter” failed (3 attempts) for the retrospective, and cancel or carry into the next plan what waits on it (E4)',
    ]);
    expect(end.feedback.next_actions.every((n) => n.urgency === 'next_plan' && n.due === null)).toBe(true);
  });

  it('names the gap between Budget Spent and the channels’ cost', () => {
    const end = get('END');
    // 4,800 in Budget Spent; the rows cost 2,000 + 2,800 = 4,800: no gap here.
    expect(end.feedback.execution_result).toContain('Budget: $4,800.00 of $5,000.00 spent (96.0%).');
  });

  it('keeps the running campaign’s advice for today and this week', () => {
    const run = get('RUN');
    expect(run.feedback.execution_result).toMatch(/^Status: [a-z ]+\. Tasks: /);
    expect(run.feedback.next_actions.length).toBeGreaterThan(0);
  });

  it('points to a recommendation only when the feedback has it', () => {
    for (const c of all.values()) {
      const text = sentences(c).join('\n');
      if (text.includes('see the recommendation to cap spend')) {
        expect(c.feedback.recommendations.some((r) => r.startsWith('Cap spend'))).toBe(true);
      }
      if (text.includes('see the recommendation to pause spend')) {
        expect(c.feedback.recommendations.some((r) => r.startsWith('Pause spend'))).toBe(true);
      }
      expect(text).not.toContain('see the pacing recommendation');
    }
  });
});
