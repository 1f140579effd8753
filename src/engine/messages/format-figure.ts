import type { Actual, FigureUnit, ParsedTarget } from '../analysis/campaign-analysis';
import { formatMoney } from '../money/currency';
import type { Dec } from '../money/decimal';
import { dataPending } from '../report/data-pending';

function grouped(value: Dec, maxDecimals: number, minDecimals = 0): string {
  const fixed = value.toFixed(maxDecimals);
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [whole = '0', fraction = ''] = fixed.replace('-', '').split('.');
  let decimals = fraction;
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${withCommas}${decimals === '' ? '' : `.${decimals}`}`;
}

/**
 * A count with grouping and at most two decimals.
 *
 * @example formatCount(new Dec('15000')) // '15,000'
 * @example formatCount(new Dec('22.5')) // '22.5'
 */
export function formatCount(value: Dec): string {
  return grouped(value, 2);
}

/**
 * A percentage with one decimal, always shown.
 *
 * @example formatPercent(new Dec('3.25')) // '3.3%'
 */
export function formatPercent(value: Dec): string {
  return `${grouped(value, 1, 1)}%`;
}

/**
 * A multiplier with two decimals, always shown.
 *
 * @example formatMultiplier(new Dec('2.4')) // '2.40x'
 */
export function formatMultiplier(value: Dec): string {
  return `${grouped(value, 2, 2)}x`;
}

/**
 * A figure for people, in its unit: `$80.00`, `3.2%`, `2.40x`, `15,000`. A plain number keeps up to
 * two decimals (four below 1).
 *
 * @example formatFigure(new Dec('91.304'), 'money', 'USD') // '$91.30'
 * @example formatFigure(new Dec(15000), 'count', 'USD') // '15,000'
 */
export function formatFigure(value: Dec, unit: FigureUnit | 'number', currency: string): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value);
    case 'multiplier':
      return formatMultiplier(value);
    case 'count':
      return formatCount(value);
    case 'number':
      return grouped(value, value.abs().lt(1) ? 4 : 2);
  }
}

/**
 * A KPI target for people, in the metric's unit, with `≤ ` when the user marked it as a maximum.
 *
 * @example formatTarget(parseTarget('max 80'), 'EUR') // '≤ 80' for a plain number; '≤ €80.00' for CPA
 */
export function formatTarget(target: ParsedTarget, currency: string): string {
  return `${target.lowerIsBetterMarked ? '≤ ' : ''}${formatFigure(target.value, target.unit, currency)}`;
}

const UNBOUNDED_WHAT = {
  no_conversions: 'no conversions',
  no_clicks: 'no clicks',
  no_impressions: 'no impressions',
} as const;

/**
 * A KPI actual for people: the figure, `no conversions yet ($1,200.00 spent)`, or
 * `DATA PENDING — ETA: 2026-11-25`.
 *
 * @example formatActual({ kind: 'unbounded', what: 'no_conversions', spent: new Dec(1200) }, 'USD') // 'no conversions yet ($1,200.00 spent)'
 */
export function formatActual(actual: Actual, currency: string): string {
  switch (actual.kind) {
    case 'value':
      return formatFigure(actual.value, actual.unit, currency);
    case 'unbounded':
      return `${UNBOUNDED_WHAT[actual.what]} yet (${formatMoney(actual.spent, currency)} spent)`;
    case 'pending':
      return dataPending(actual.eta);
  }
}
