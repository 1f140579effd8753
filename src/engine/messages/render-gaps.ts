import type { FigureGap } from '../analysis/campaign-analysis';
import { plural } from './plural';
import { list } from './quote';
import { shortText as name } from './short-text';

const MAX_LISTED = 5;

/**
 * One gap in words.
 *
 * @example gapText({ channel: 'Display', figure: 'conversions', blankRows: 5, rows: 30 }) // 'conversions not reported in 5 of 30 rows of Display'
 * @example gapText({ channel: 'X Ads', figure: 'conversions', blankRows: 4, rows: 4 }) // 'conversions not reported by X Ads (4 rows)'
 */
export function gapText(g: FigureGap): string {
  return g.blankRows === g.rows
    ? `${g.figure} not reported by ${name(g.channel)} (${plural(g.rows, 'row')})`
    : `${g.figure} not reported in ${g.blankRows} of ${plural(g.rows, 'row')} of ${name(g.channel)}`;
}

/**
 * Where figures are missing, in words, for a KPI's actual, a learning or the report: the first five
 * gaps and how many more. Empty for no gap.
 *
 * @example renderGaps([{ channel: 'Display', figure: 'conversions', blankRows: 5, rows: 30 }])
 * // 'conversions not reported in 5 of 30 rows of Display'
 */
export function renderGaps(gaps: readonly FigureGap[]): string {
  const shown = gaps.slice(0, MAX_LISTED).map(gapText);
  const more = gaps.length - shown.length;
  return list(more > 0 ? [...shown, `${more} more`] : shown);
}
