import { keyOf } from './header-key';
import { knownKeys } from './vocabulary-index';

/** Rows searched for the header: Google's title lines, Microsoft's ~10 preamble lines, GA4's comments. */
export const HEADER_SEARCH_ROWS = 100;

/**
 * How much a row looks like a header: 2 points per cell naming a metric on some platform, 1 per
 * other known header. A row naming fewer than two metrics scores 0.
 *
 * @example headerScore(['Campaign', 'Impr.', 'Clicks', 'Cost']) // 7
 * @example headerScore(['Campaign report']) // 0
 */
export function headerScore(cells: readonly string[]): number {
  const { metrics, any } = knownKeys();
  let metricCells = 0;
  let otherCells = 0;
  for (const key of new Set(cells.map(keyOf))) {
    if (metrics.has(key)) metricCells++;
    else if (any.has(key)) otherCells++;
  }
  return metricCells < 2 ? 0 : 2 * metricCells + otherCells;
}

/**
 * The index of the header among the first rows: the best-scoring one (the earliest on a tie), or
 * `null` when no row names two metrics.
 *
 * @example findHeader([['Campaign report'], ['May 1, 2025 - May 31, 2025'], ['Campaign', 'Clicks', 'Cost']]) // 2
 */
export function findHeader(rows: ReadonlyArray<readonly string[]>): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) {
    const score = headerScore(rows[i] ?? []);
    if (score > 0 && (best === null || score > best.score)) best = { index: i, score };
  }
  return best;
}
