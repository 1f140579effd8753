import type { Campaign } from '../../engine/model/campaign';
import type { Kpi } from '../../engine/model/kpi';
import type { LocalDate } from '../../engine/model/primitives';
import { DEFAULT_SETTINGS } from '../../engine/model/settings';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { type SampleClock, sampleClock } from './sample-clock';
import { launchMetrics, webinarMetrics } from './sample-metrics';
import { launchTasks, webinarTasks } from './sample-tasks';
import { launchUpdates } from './sample-updates';

/** A realistic workbook's rows, for `init --sample` and `demo`. */
export interface SampleWorkbook {
  /** The day the sample is built around: the launch campaign is past its midpoint on this day. */
  readonly today: LocalDate;
  /** The rows as the reader reads them back from the template (Settings included). */
  readonly input: TrackingInput;
}

export const SAMPLE_TIME_ZONE = 'America/New_York';
export const LAUNCH_ID = 'CMP-001';
export const WEBINAR_ID = 'CMP-002';
/** The launch runs from 24 days before `today` to 17 days after it (42 days). */
const LAUNCH_START = -24;
const LAUNCH_END = 17;

function campaigns(c: SampleClock): Campaign[] {
  return [
    {
      campaignId: LAUNCH_ID,
      missionId: 'MSN-ATLAS-LAUNCH',
      name: 'Atlas Analytics launch (B2B)',
      status: 'active',
      budgetAllocated: 25000,
      budgetSpent: null,
      startAt: c.startOf(LAUNCH_START),
      endAt: c.endOf(LAUNCH_END),
      currency: 'USD',
    },
    {
      campaignId: WEBINAR_ID,
      missionId: 'MSN-CUSTOMER-EDU',
      name: 'Customer webinar series (EMEA)',
      status: 'paused',
      budgetAllocated: 8000,
      budgetSpent: 3250.5,
      startAt: c.startOf(-40),
      endAt: c.endOf(20),
      currency: 'EUR',
    },
  ];
}

function kpis(c: SampleClock): Kpi[] {
  const kpi = (
    campaignId: string,
    metric: string,
    target: string | number,
    type: Kpi['type'] = 'secondary',
  ): Kpi => ({
    campaignId,
    metric,
    target,
    type,
    actual: null,
    actualSource: 'measured',
    dataEta: null,
  });
  return [
    kpi(LAUNCH_ID, 'conversions', 450, 'primary'),
    kpi(LAUNCH_ID, 'cpa', '$120'),
    kpi(LAUNCH_ID, 'ctr', '0.6%'),
    kpi(LAUNCH_ID, 'roas', '4.0x'),
    kpi(LAUNCH_ID, 'cost', '≤ 25000'),
    { ...kpi(LAUNCH_ID, 'MQLs', 120), dataEta: c.day(3) },
    kpi(WEBINAR_ID, 'conversions', 200, 'primary'),
    kpi(WEBINAR_ID, 'cpa', '≤ 40'),
  ];
}

/**
 * A B2B product launch in USD past its midpoint on `today` — $25,000 budget, spend ahead of
 * progress, four channels with daily rows (a few still estimated), 16 tasks in every state with
 * dependencies, KPIs behind target and one waiting for data, pending TaskUpdates — plus a paused
 * webinar campaign in EUR. The same `today` always gives the same rows.
 *
 * @example buildSampleWorkbook('2026-11-24').input.tasks.length // 19
 */
export function buildSampleWorkbook(today: LocalDate): SampleWorkbook {
  const c = sampleClock(today, SAMPLE_TIME_ZONE);
  return {
    today,
    input: {
      campaigns: campaigns(c),
      tasks: [...launchTasks(c, LAUNCH_ID), ...webinarTasks(c, WEBINAR_ID)],
      kpis: kpis(c),
      channelMetrics: [...launchMetrics(c, LAUNCH_ID, LAUNCH_START), ...webinarMetrics(c, WEBINAR_ID)],
      taskUpdates: launchUpdates(c),
      settings: { ...DEFAULT_SETTINGS, timeZone: SAMPLE_TIME_ZONE, currency: 'USD' },
    },
  };
}
