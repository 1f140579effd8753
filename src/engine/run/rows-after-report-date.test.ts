import { makeCampaign, makeInput, makeRow, START, DAY } from '../testing/fixtures';
import { counterIds } from '../testing/counter-ids';
import { track } from '../track';
import { rowsAfterReportDate } from './rows-after-report-date';

describe('ChannelMetrics rows dated after the report date', () => {
  // The report is made on 2026-03-10 (Tokyo): rows of the 11th and 12th have not happened yet.
  const asOf = START + 9 * DAY + 12 * 3_600_000; // 2026-03-10T12:00Z = 21:00 in Tokyo
  const input = makeInput({
    campaigns: [makeCampaign({ currency: 'JPY' }), makeCampaign({ campaignId: 'C2', currency: 'JPY' })],
    channelMetrics: [
      makeRow('LINE Ads', { date: '2026-03-10', cost: 250_000, clicks: 500 }),
      makeRow('LINE Ads', { date: '2026-03-11', cost: 750_000, clicks: 900 }),
      makeRow('LINE Ads', { date: '2026-03-12', cost: 10, clicks: 1 }),
      makeRow('LINE Ads', { campaignId: 'C2', date: '2026-03-09', cost: 100 }),
    ],
    settings: { ...makeInput().settings, timeZone: 'Asia/Tokyo' },
  });

  it('are one warning per campaign, on the Date cell of the first', () => {
    expect(rowsAfterReportDate(input.channelMetrics, asOf, 'Asia/Tokyo')).toEqual([
      {
        code: 'rows_after_report_date',
        campaignId: 'C1',
        rows: 2,
        reportDate: '2026-03-10',
        path: ['channelMetrics', 1, 'date'],
        severity: 'warning',
      },
    ]);
  });

  it('are left out of every figure, and the feedback says so', () => {
    const outcome = track(input, { asOf, runId: 'r', newId: counterIds(), campaignIds: ['C1', 'C2'] });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const [c1, c2] = outcome.result.campaigns;
    expect(c1?.report.budget_status.spent).toBe(250_000);
    expect(c1?.feedback.metrics.clicks).toBe(500);
    expect(c1?.feedback.data_as_of).toBe('2026-03-10');
    expect(c1?.feedback.issues.find((i) => i.description.includes('after the report date'))).toEqual({
      description:
        'campaign "C1" has 2 ChannelMetrics rows dated after the report date 2026-03-10 (the first is here); they are left out of every figure',
      severity: 3,
      impact: 'the spend, results and comparisons in this report stop at 2026-03-10',
      resolution: 'correct their Date if it is wrong, or run the report again on or after those dates',
    });
    // Only the campaign whose rows they are hears about them.
    expect(c2?.feedback.issues.some((i) => i.description.includes('after the report date'))).toBe(false);
  });
});
