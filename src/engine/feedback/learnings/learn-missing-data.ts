import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { figureGaps } from '../../metrics/figure-gaps';
import type { LearningFinding, MissingData } from './learning-finding';

/**
 * What data a learning would need and when it is expected: ChannelMetrics rows, clicks enough to
 * compare channels, figures rows leave blank, KPI actuals, KPIs themselves.
 *
 * @example missingData(a) // [{ what: 'channel_rows', eta: '2026-11-17' }]
 */
export function missingData(a: CampaignAnalysis): MissingData[] {
  const missing: MissingData[] = [];
  const eta = a.defaultEta;
  const minClicks = a.settings.minClicksForComparison;
  if (a.totals.rows === 0) missing.push({ what: 'channel_rows', eta });
  else if (a.channels.filter((c) => c.clicks.gte(minClicks)).length < 2) {
    missing.push({
      what: 'channel_clicks',
      channels: a.channels.map((c) => ({ channel: c.channel, clicks: c.clicks })),
      minClicks,
      eta,
    });
  }
  const gaps = figureGaps(a.channels);
  if (gaps.length > 0) missing.push({ what: 'blank_figures', gaps });
  if (a.kpis.length === 0) missing.push({ what: 'no_kpis' });
  for (const k of a.kpis) {
    if (k.actual.kind === 'pending')
      missing.push({ what: 'kpi_actual', metric: k.metric, eta: k.actual.eta });
  }
  return missing;
}

/**
 * The learning when nothing else qualifies: an [INFERENCE] naming the missing data.
 *
 * @example learnMissingData(a).label // '[INFERENCE]'
 */
export function learnMissingData(a: CampaignAnalysis): LearningFinding {
  return {
    code: 'data_missing',
    label: '[INFERENCE]',
    missing: missingData(a),
    rows: a.totals.rows,
    eta: a.defaultEta,
  };
}
