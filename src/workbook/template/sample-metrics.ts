import type { ChannelMetric } from '../../engine/model/channel-metric';
import type { SampleClock } from './sample-clock';

/** A channel's typical weekday: impressions, click-through, cost per click, conversions per click, value per conversion. */
interface ChannelProfile {
  readonly channel: string;
  readonly impressions: number;
  readonly ctr: number;
  readonly cpc: number;
  readonly conversionRate: number;
  readonly valuePerConversion: number;
  /** Engagements per click, where the platform reports them. */
  readonly engagementsPerClick: number | null;
  /** The last days still estimated by the platform (reporting lag). */
  readonly estimatedDays: number;
}

/**
 * LinkedIn converts well but costs the most per click; Google Search has the best CTR and CPA;
 * Meta is cheap traffic that converts poorly; Display barely converts. Their figures lead the
 * engine to channel-comparison learnings and a budget shift from Display to Google Search.
 */
const LAUNCH_CHANNELS: readonly ChannelProfile[] = [
  {
    channel: 'LinkedIn',
    impressions: 9000,
    ctr: 0.006,
    cpc: 7.6,
    conversionRate: 0.042,
    valuePerConversion: 410,
    engagementsPerClick: 3.2,
    estimatedDays: 1,
  },
  {
    channel: 'Google Ads – Search',
    impressions: 4000,
    ctr: 0.04,
    cpc: 2.05,
    conversionRate: 0.016,
    valuePerConversion: 480,
    engagementsPerClick: null,
    estimatedDays: 0,
  },
  {
    channel: 'Meta',
    impressions: 20000,
    ctr: 0.006,
    cpc: 1.55,
    conversionRate: 0.0075,
    valuePerConversion: 260,
    engagementsPerClick: 2.1,
    estimatedDays: 0,
  },
  {
    channel: 'Display',
    impressions: 60000,
    ctr: 0.001,
    cpc: 2.9,
    conversionRate: 0.005,
    valuePerConversion: 170,
    engagementsPerClick: null,
    estimatedDays: 2,
  },
];

/** A small, fixed day-to-day wobble (±8 %), so the rows look like real exports. */
const WOBBLE = [1, 1.06, 0.95, 1.08, 0.97, 1.03, 0.92];

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Daily rows per channel from day `firstDay` to `lastDay` (offsets from today). Weekends run at
 * 45 % of a weekday. Conversions are whole numbers whose running total follows the rate exactly.
 */
function dailyRows(
  c: SampleClock,
  campaignId: string,
  profile: ChannelProfile,
  firstDay: number,
  lastDay: number,
): ChannelMetric[] {
  const rows: ChannelMetric[] = [];
  let expected = 0;
  let counted = 0;
  for (let d = firstDay, i = 0; d <= lastDay; d += 1, i += 1) {
    const weekend = c.weekday(d) === 0 || c.weekday(d) === 6;
    const volume = (weekend ? 0.45 : 1) * (WOBBLE[i % WOBBLE.length] ?? 1);
    const impressions = Math.round(profile.impressions * volume);
    const clicks = Math.round(impressions * profile.ctr * (WOBBLE[(i + 3) % WOBBLE.length] ?? 1));
    expected += clicks * profile.conversionRate;
    const conversions = Math.round(expected) - counted;
    counted += conversions;
    rows.push({
      campaignId,
      channel: profile.channel,
      adCampaign: null,
      date: c.day(d),
      impressions,
      clicks,
      conversions,
      cost: cents(clicks * profile.cpc),
      revenue: cents(conversions * profile.valuePerConversion),
      engagements:
        profile.engagementsPerClick === null ? null : Math.round(clicks * profile.engagementsPerClick),
      source: d > lastDay - profile.estimatedDays ? 'estimated' : 'measured',
    });
  }
  return rows;
}

/** The launch campaign's daily rows for its four channels, from its first day to yesterday. */
export function launchMetrics(c: SampleClock, campaignId: string, firstDay: number): ChannelMetric[] {
  return LAUNCH_CHANNELS.flatMap((p) => dailyRows(c, campaignId, p, firstDay, -1));
}

/** The paused campaign: weekly LinkedIn totals until it was paused. */
export function webinarMetrics(c: SampleClock, campaignId: string): ChannelMetric[] {
  return [-35, -28, -21, -14].map((d, i) => ({
    campaignId,
    channel: 'LinkedIn',
    adCampaign: null,
    date: c.day(d),
    impressions: 21000 + i * 1500,
    clicks: 130 + i * 9,
    conversions: 11 + i,
    cost: cents(780 + i * 45.5),
    revenue: null,
    engagements: 410 + i * 22,
    source: 'measured',
  }));
}
