import { analysis, row, task } from '../testing/analysis-fixture';
import { nextActions } from './next-actions';
import { recommendationFindings } from './recommendations/recommendations';

describe('the next three actions', () => {
  it('are the recommendations most urgent first, each with the day it is due', () => {
    // as_of 2026-11-16 (half-way): budget over (today), a failed task holding one up (today), a
    // non-critical blocked task (this week), no channel rows (by their ETA).
    const a = analysis({
      spent: 5200,
      tasks: [
        task('T1', { status: 'blocked', blockedSince: Date.UTC(2026, 10, 10), blocker: 'Legal' }),
        task('T2', { status: 'failed', attempts: 3 }),
        task('T3', { dependsOn: ['T2'] }),
      ],
    });
    const findings = recommendationFindings(a);
    expect(findings.map((f) => f.code)).toEqual([
      'budget_exhausted',
      'unblock_task',
      'replan_failed_task',
      'fill_channel_rows',
    ]);
    expect(nextActions(a, findings).map((n) => [n.finding.code, n.urgency, n.due])).toEqual([
      ['budget_exhausted', 'today', '2026-11-16'],
      ['replan_failed_task', 'today', '2026-11-16'],
      ['unblock_task', 'this_week', '2026-11-23'],
    ]);
  });

  it('keeps the course until the next review when all is well', () => {
    const a = analysis({
      rows: [row('Search', { date: '2026-11-15', clicks: 10, cost: 2500, revenue: 3000 })],
    });
    expect(nextActions(a, recommendationFindings(a)).map((n) => [n.urgency, n.due])).toEqual([
      ['next_review', '2026-11-23'],
    ]);
  });
});
