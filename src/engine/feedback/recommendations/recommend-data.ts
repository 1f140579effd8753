import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { figureGaps } from '../../metrics/figure-gaps';
import type { RecommendationFinding } from './recommendation-finding';

const COLUMN_FOR: Readonly<Record<string, 'Revenue' | 'Engagements'>> = {
  revenue: 'Revenue',
  roas: 'Revenue',
  engagement_rate: 'Engagements',
};

/**
 * Which data to fill: ChannelMetrics rows when there are none; a KPI's Actual when its metric is not
 * derived from ChannelMetrics; the Revenue or Engagements column when a KPI needs it (or, while the
 * campaign runs, Revenue for ROAS); the Impressions, Clicks, Conversions or Cost cells some rows
 * leave blank.
 *
 * @example recommendData(a) // [{ code: 'fill_kpi_actual', metric: 'signups', eta: '2026-11-20' }]
 */
export function recommendData(a: CampaignAnalysis): RecommendationFinding[] {
  const hasRows = a.totals.rows > 0;
  const found: RecommendationFinding[] = [];
  if (!hasRows)
    found.push({ code: 'fill_channel_rows', campaignId: a.campaign.campaignId, eta: a.defaultEta });
  const columns = new Set<string>();
  for (const k of a.kpis) {
    if (k.actual.kind !== 'pending') continue;
    const column = k.derived === null ? undefined : COLUMN_FOR[k.derived];
    if (k.derived === null) found.push({ code: 'fill_kpi_actual', metric: k.metric, eta: k.actual.eta });
    else if (hasRows && column !== undefined && !columns.has(column)) {
      columns.add(column);
      found.push({ code: 'fill_channel_column', column, figure: k.metric, eta: k.actual.eta });
    }
  }
  // Revenue for ROAS in general (no KPI asks for it) is worth adding while the campaign runs only.
  if (a.timeline.phase === 'running' && hasRows && a.totals.revenue === null && !columns.has('Revenue')) {
    found.push({ code: 'fill_channel_column', column: 'Revenue', figure: 'ROAS', eta: a.defaultEta });
  }
  const gaps = figureGaps(a.channels);
  if (gaps.length > 0) found.push({ code: 'report_blank_figures', gaps });
  return found;
}
