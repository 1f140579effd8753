import {
  REPORTED_FIGURES,
  type ChannelTotals,
  type DerivedMetric,
  type FigureGap,
  type ReportedFigure,
} from '../analysis/campaign-analysis';

/**
 * The reported figures each derived metric rests on. Revenue and Engagements are left out: they are
 * optional columns, and their ratios already count only the rows that report them.
 */
export const FIGURES_OF: Readonly<Record<DerivedMetric, readonly ReportedFigure[]>> = {
  impressions: ['impressions'],
  clicks: ['clicks'],
  conversions: ['conversions'],
  cost: ['cost'],
  revenue: [],
  ctr: ['clicks', 'impressions'],
  conversion_rate: ['conversions', 'clicks'],
  cpc: ['cost', 'clicks'],
  cpm: ['cost', 'impressions'],
  cpa: ['cost', 'conversions'],
  roas: ['cost'],
  engagement_rate: ['impressions'],
};

/**
 * Where the channels leave figures blank: one entry per channel and figure with blank cells, in
 * channel order, then in the order Impressions, Clicks, Conversions, Cost.
 *
 * @example figureGaps(a.channels) // [{ channel: 'Google Ads – Display', figure: 'conversions', blankRows: 5, rows: 30 }]
 * @example figureGaps(a.channels, FIGURES_OF.ctr) // only clicks and impressions
 */
export function figureGaps(
  channels: readonly ChannelTotals[],
  figures: readonly ReportedFigure[] = REPORTED_FIGURES,
): FigureGap[] {
  const gaps: FigureGap[] = [];
  for (const c of channels) {
    for (const figure of REPORTED_FIGURES) {
      if (!figures.includes(figure) || c.blanks[figure] === 0) continue;
      gaps.push({ channel: c.channel, figure, blankRows: c.blanks[figure], rows: c.rows });
    }
  }
  return gaps;
}
