import type { TrackingInput } from '../model/tracking-input';
import { HOUR, makeCampaign, makeInput, makeKpi, makeRow, makeTask } from './fixtures';

/**
 * A small campaign worked out by hand (see analyze-campaign.test.ts and build-status-report.test.ts):
 * 30 days from 2026-03-01 to 2026-03-31 (exclusive), seen on 2026-03-19 at 00:00 UTC, so
 * e = 18 / 30 = 0.6. Budget 4,000 USD with Budget Spent blank.
 */
export const SCENARIO_AS_OF = Date.UTC(2026, 2, 19);

/** The deadline of a date-only Due Date in March 2026: the end of that day. */
const due = (day: number) => Date.UTC(2026, 2, day + 1);

export function scenarioInput(): TrackingInput {
  return makeInput({
    campaigns: [makeCampaign({ budgetAllocated: 4000 }), makeCampaign({ campaignId: 'C2', name: 'Other' })],
    tasks: [
      makeTask('T1', { title: 'Brief agency', status: 'completed', dueAt: due(5) }),
      makeTask('T2', { title: 'Build landing page', status: 'completed', critical: true, dueAt: due(8) }),
      makeTask('T3', {
        title: 'Legal review of claims',
        status: 'blocked',
        critical: true,
        dueAt: due(25),
        blockedSince: SCENARIO_AS_OF - 27 * HOUR,
        blocker: 'Waiting for legal sign-off',
      }),
      makeTask('T4', { title: 'Launch LinkedIn ads', dependsOn: ['T3'], dueAt: due(20) }),
      makeTask('T5', { title: 'A/B test headlines', status: 'failed', attempts: 3, dueAt: due(12) }),
      makeTask('T6', { title: 'Roll out winning headline', dependsOn: ['T5'] }),
      makeTask('T7', { title: 'Webinar', status: 'cancelled' }),
      makeTask('T8', { title: 'Newsletter', status: 'in_progress', dueAt: due(15) }),
      makeTask('T9', { title: 'Retargeting setup', status: 'completed' }),
      makeTask('T10', { title: 'Report to CMO', status: 'blocked', blocker: 'Data access', dueAt: due(30) }),
      makeTask('T11', { campaignId: 'C2', title: 'Reuse headline', dependsOn: ['T5'] }),
    ],
    kpis: [
      makeKpi('CPA', '$70', { type: 'primary' }),
      makeKpi('CTR', '2%'),
      makeKpi('ROAS', '2.4x'),
      makeKpi('Newsletter sign-ups', '1,000', { actual: 350 }),
      makeKpi('MQLs', 'min 200', { dataEta: '2026-03-25' }),
      makeKpi('Cost per click', '≤ $5'),
      makeKpi('CTR', '9%', { campaignId: 'C2', type: 'primary' }),
    ],
    channelMetrics: [
      makeRow('LinkedIn', {
        date: '2026-03-10',
        impressions: 8000,
        clicks: 240,
        conversions: 6,
        cost: 1200.5,
        revenue: 2400,
        engagements: 400,
      }),
      makeRow('LinkedIn', {
        date: '2026-03-17',
        impressions: 4000,
        clicks: 120,
        conversions: 4,
        cost: 799.5,
        revenue: 1600,
        engagements: 200,
      }),
      makeRow('Google Ads – Search', {
        date: '2026-03-18',
        impressions: 6000,
        clicks: 300,
        conversions: 12.5,
        cost: 1100.25,
      }),
      makeRow('Display', {
        date: '2026-03-16',
        impressions: 30000,
        clicks: 90,
        cost: 450.1,
        source: 'estimated',
      }),
      makeRow('LinkedIn', { campaignId: 'C2', impressions: 1, clicks: 1, cost: 99 }),
    ],
  });
}
