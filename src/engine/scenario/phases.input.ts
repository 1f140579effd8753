import { DEFAULT_SETTINGS } from '../model/settings';
import type { TrackingInput } from '../model/tracking-input';
import { makeCampaign, makeKpi, makeRow, makeTask } from '../testing/fixtures';

/** The report time of the three campaigns: 2026-03-20T00:00Z. */
export const AS_OF = Date.UTC(2026, 2, 20);
const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
/** The end of a day given as a date-only Due Date or End Date: the next midnight. */
const endOf = (d: string) => day(d) + 86_400_000;

/**
 * One workbook, three campaigns seen on the same day, one in each phase:
 * - PRE starts on 2026-04-01 (not started): a late task, a blocked critical task another waits on,
 *   an open tracking task;
 * - RUN runs from 2026-03-01 to 2026-03-31;
 * - END ran from 2026-02-01 to 2026-02-28 (ended): its primary KPI missed, most of its budget is
 *   spent with a quarter of its tasks done, a task is blocked, another failed, and Search converted
 *   far more cheaply than Display.
 */
export const phasesInput: TrackingInput = {
  campaigns: [
    makeCampaign({
      campaignId: 'PRE',
      name: 'April launch',
      budgetAllocated: 8000,
      startAt: day('2026-04-01'),
      endAt: endOf('2026-04-30'),
    }),
    makeCampaign({ campaignId: 'RUN', name: 'March push', budgetAllocated: 6000 }),
    makeCampaign({
      campaignId: 'END',
      name: 'February sale',
      budgetAllocated: 5000,
      budgetSpent: 4800,
      startAt: day('2026-02-01'),
      endAt: endOf('2026-02-28'),
    }),
  ],
  tasks: [
    makeTask('P1', { campaignId: 'PRE', title: 'Write the brief', status: 'completed' }),
    makeTask('P2', {
      campaignId: 'PRE',
      title: 'Install the Meta pixel',
      status: 'in_progress',
      dueAt: endOf('2026-03-25'),
    }),
    makeTask('P3', { campaignId: 'PRE', title: 'Book the influencers', dueAt: endOf('2026-03-18') }),
    makeTask('P4', {
      campaignId: 'PRE',
      title: 'Landing page copy',
      status: 'blocked',
      critical: true,
      blockedSince: day('2026-03-18'),
      blocker: 'Legal review',
    }),
    makeTask('P5', { campaignId: 'PRE', title: 'Publish the landing page', dependsOn: ['P4'] }),
    makeTask('R1', { campaignId: 'RUN', title: 'Brief', status: 'completed' }),
    makeTask('R2', { campaignId: 'RUN', title: 'Creatives', status: 'in_progress' }),
    makeTask('E1', { campaignId: 'END', title: 'Creatives', status: 'completed' }),
    makeTask('E2', {
      campaignId: 'END',
      title: 'Retargeting audience',
      status: 'blocked',
      blockedSince: day('2026-02-20'),
      blocker: 'Waiting on the data team',
    }),
    makeTask('E3', { campaignId: 'END', title: 'Partner newsletter', status: 'failed', attempts: 3 }),
    makeTask('E4', { campaignId: 'END', title: 'Newsletter follow-up', dependsOn: ['E3'] }),
  ],
  kpis: [
    makeKpi('conversions', 200, { campaignId: 'PRE', type: 'primary' }),
    makeKpi('conversions', 400, { campaignId: 'RUN', type: 'primary' }),
    makeKpi('conversions', 300, { campaignId: 'END', type: 'primary' }),
  ],
  channelMetrics: [
    makeRow('Search', {
      campaignId: 'RUN',
      date: '2026-03-18',
      impressions: 20000,
      clicks: 800,
      conversions: 60,
      cost: 1600,
    }),
    makeRow('Display', {
      campaignId: 'RUN',
      date: '2026-03-18',
      impressions: 60000,
      clicks: 500,
      conversions: 20,
      cost: 1300,
    }),
    makeRow('Search', {
      campaignId: 'END',
      date: '2026-02-27',
      impressions: 30000,
      clicks: 1500,
      conversions: 100,
      cost: 2000,
    }),
    makeRow('Display', {
      campaignId: 'END',
      date: '2026-02-27',
      impressions: 90000,
      clicks: 900,
      conversions: 20,
      cost: 2800,
    }),
  ],
  taskUpdates: [],
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
};
