import type { FigureGap } from '../analysis/campaign-analysis';
import type { DataGap } from './output-schemas';

/**
 * Gaps as the outputs' `data_gaps` list them.
 *
 * @example dataGaps([{ channel: 'Display', figure: 'conversions', blankRows: 5, rows: 30 }])
 * // [{ channel: 'Display', figure: 'conversions', blank_rows: 5, rows: 30 }]
 */
export function dataGaps(gaps: readonly FigureGap[]): DataGap[] {
  return gaps.map((g) => ({ channel: g.channel, figure: g.figure, blank_rows: g.blankRows, rows: g.rows }));
}
