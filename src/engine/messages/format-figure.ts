import type { Actual, FigureUnit, ParsedTarget } from '../analysis/campaign-analysis';
import { formatMoney, minorUnits } from '../money/currency';
import { Dec } from '../money/decimal';
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
 * A percentage with one decimal (or `decimals`), always shown.
 *
 * @example formatPercent(new Dec('3.25')) // '3.3%'
 * @example formatPercent(new Dec('75.00005'), 5) // '75.00005%'
 */
export function formatPercent(value: Dec, decimals = 1): string {
  return `${grouped(value, decimals, decimals)}%`;
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
 * two decimals (four below 1). `extra` decimals are added where a figure must be shown more
 * precisely than usual (`$157.7933`, so that a percent beside it can be checked).
 *
 * @example formatFigure(new Dec('91.304'), 'money', 'USD') // '$91.30'
 * @example formatFigure(new Dec(15000), 'count', 'USD') // '15,000'
 * @example formatFigure(new Dec('0.7216'), 'percent', 'USD', 2) // '0.722%'
 */
export function formatFigure(value: Dec, unit: FigureUnit | 'number', currency: string, extra = 0): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, extra);
    case 'percent':
      return formatPercent(value, 1 + extra);
    case 'multiplier':
      return `${grouped(value, 2 + extra, 2 + extra)}x`;
    case 'count':
      return grouped(value, 2 + extra);
    case 'number':
      return grouped(value, (value.abs().lt(1) ? 4 : 2) + extra);
  }
}

/** A target's own decimals beyond its unit's usual ones, so it is never shown rounded. */
function targetExtra(target: ParsedTarget, currency: string): number {
  const usual = { money: minorUnits(currency), percent: 1, multiplier: 2, count: 2, number: 2 }[target.unit];
  return Math.max(0, target.value.decimalPlaces() - usual);
}

/**
 * A KPI target for people, in the metric's unit, with `≤ ` when the user marked it as a maximum.
 * Never rounded: `1.25%` stays `1.25%`, so a percent of target can be checked against it.
 *
 * @example formatTarget(parseTarget('max 80'), 'EUR') // '≤ 80' for a plain number; '≤ €80.00' for CPA
 */
export function formatTarget(target: ParsedTarget, currency: string): string {
  const figure = formatFigure(target.value, target.unit, currency, targetExtra(target, currency));
  return `${target.lowerIsBetterMarked ? '≤ ' : ''}${figure}`;
}

/** At most this many decimals are added to a figure to make it agree with what stands beside it. */
const MAX_EXTRA = 6;

/**
 * How many decimals a percentage needs so that, as shown, it falls on the same side of every
 * threshold as the exact figure: one usually; `75.00005%` (not `75.0%`) against a 75 % flag it
 * exceeds, `49.96%` (not `50.0%`) against a 50 % threshold it is below.
 *
 * @example percentDecimals(new Dec('75.00005'), [75]) // 5
 * @example percentDecimals(new Dec('82.4'), [80]) // 1
 */
export function percentDecimals(value: Dec, thresholds: ReadonlyArray<number | Dec>): number {
  for (let d = 1; d < 1 + MAX_EXTRA + 4; d += 1) {
    const shown = value.toDecimalPlaces(d, Dec.ROUND_HALF_UP);
    if (thresholds.every((t) => shown.cmp(t) === value.cmp(t))) return d;
  }
  return 1 + MAX_EXTRA + 4;
}

/**
 * A KPI's percent of target and its actual as shown side by side: the percent with the decimals its
 * thresholds need (`percentDecimals`), the actual with as many decimals as it takes for shown actual ÷
 * target (target ÷ actual when lower is better) to give the percent shown — `0.72%` against `1.2%`
 * at `60.0%`, never `0.7%`.
 *
 * @example kpiStanding(kpi, 'USD', [50]) // { actual: '0.72%', pct: '60.0%', pctDecimals: 1, actualExtra: 1 }
 */
export function kpiStanding(
  kpi: {
    readonly actual: Actual;
    readonly target: ParsedTarget;
    readonly direction: 'higher_is_better' | 'lower_is_better';
    readonly pctOfTarget: Dec | null;
  },
  currency: string,
  thresholds: ReadonlyArray<number | Dec> = [],
): { actual: string; pct: string | null; pctDecimals: number; actualExtra: number } {
  const { actual, target, pctOfTarget } = kpi;
  if (pctOfTarget === null)
    return { actual: formatActual(actual, currency), pct: null, pctDecimals: 1, actualExtra: 0 };
  const pctDecimalsNeeded = percentDecimals(pctOfTarget, thresholds);
  const pct = formatPercent(pctOfTarget, pctDecimalsNeeded);
  if (actual.kind !== 'value')
    return {
      actual: formatActual(actual, currency),
      pct,
      pctDecimals: pctDecimalsNeeded,
      actualExtra: 0,
    };
  const shownPct = pctOfTarget.toDecimalPlaces(pctDecimalsNeeded, Dec.ROUND_HALF_UP);
  const base = {
    money: minorUnits(currency),
    percent: 1,
    multiplier: 2,
    count: 2,
    number: actual.value.abs().lt(1) ? 4 : 2,
  }[actual.unit];
  for (let extra = 0; extra <= MAX_EXTRA; extra += 1) {
    const shown = actual.value.toDecimalPlaces(base + extra, Dec.ROUND_HALF_UP);
    const implied =
      kpi.direction === 'higher_is_better'
        ? target.value.isZero()
          ? null
          : shown.div(target.value).times(100)
        : shown.isZero()
          ? null
          : target.value.div(shown).times(100);
    if (implied === null || implied.toDecimalPlaces(pctDecimalsNeeded, Dec.ROUND_HALF_UP).eq(shownPct)) {
      return {
        actual: formatFigure(actual.value, actual.unit, currency, extra),
        pct,
        pctDecimals: pctDecimalsNeeded,
        actualExtra: extra,
      };
    }
  }
  return {
    actual: formatFigure(actual.value, actual.unit, currency, MAX_EXTRA),
    pct,
    pctDecimals: pctDecimalsNeeded,
    actualExtra: MAX_EXTRA,
  };
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
