import type { DerivedMetric, FigureUnit } from '../analysis/campaign-analysis';
import type { Dec } from '../money/decimal';

const UNITS: Readonly<Record<DerivedMetric, FigureUnit>> = {
  impressions: 'count',
  clicks: 'count',
  conversions: 'count',
  cost: 'money',
  revenue: 'money',
  ctr: 'percent',
  cpc: 'money',
  cpm: 'money',
  cpa: 'money',
  conversion_rate: 'percent',
  roas: 'multiplier',
  engagement_rate: 'percent',
};

/**
 * The unit a derived metric is expressed in.
 *
 * @example metricUnit('ctr') // 'percent'
 */
export function metricUnit(metric: DerivedMetric): FigureUnit {
  return UNITS[metric];
}

/**
 * A figure expressed in `unit`: a plain number takes the unit, a percentage and a multiplier convert
 * into each other (250 % is 2.5x), any other pair is left as written.
 *
 * @example toUnit(new Dec(250), 'percent', 'multiplier') // { value: 2.5, unit: 'multiplier' }
 * @example toUnit(new Dec(80), 'number', 'money') // { value: 80, unit: 'money' }
 */
export function toUnit(
  value: Dec,
  from: FigureUnit | 'number',
  unit: FigureUnit | 'number',
): { value: Dec; unit: FigureUnit | 'number' } {
  if (from === 'number' || from === unit) return { value, unit };
  if (from === 'percent' && unit === 'multiplier') return { value: value.div(100), unit };
  if (from === 'multiplier' && unit === 'percent') return { value: value.times(100), unit };
  return { value, unit: from };
}
