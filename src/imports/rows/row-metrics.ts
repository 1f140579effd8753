import type { ImportCellRef } from '../../engine/issues/import-issue';
import type { ImportMetric } from '../../engine/issues/import-summary';
import type { RawCell } from '../../workbook/host';
import { WHOLE_METRICS } from '../recognise/fields';
import { readNumber } from '../values/number-reading';
import type { MetricValue } from './row-sums';

/** One metric cell: missing, a problem, or a value read both ways. */
export type MetricCell =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid_number' | 'negative_number' }
  | { readonly kind: 'value'; readonly value: MetricValue };

const isWhole = (decimal: string | null): boolean => decimal === null || /^-?\d+(\.0*)?$/.test(decimal);

/**
 * Reads one metric cell. Impressions, clicks and engagements cannot be fractional, so a reading
 * that makes them so is dropped: `1.234` impressions is 1234 (decimal comma), never 1.234.
 *
 * @example readMetricCell('impressions', '1.234') // { kind: 'value', value: { point: null, comma: '1234' } }
 */
export function readMetricCell(metric: ImportMetric, cell: RawCell | undefined): MetricCell {
  const r = readNumber(cell);
  if (r.kind === 'missing') return r;
  if (r.kind === 'invalid') return { kind: 'invalid_number' };
  const whole = WHOLE_METRICS.has(metric);
  const point = whole && !isWhole(r.point) ? null : r.point;
  const comma = whole && !isWhole(r.comma) ? null : r.comma;
  if (point === null && comma === null) return { kind: 'invalid_number' };
  if ((point ?? comma ?? '').startsWith('-') && Number(point ?? comma) !== 0)
    return { kind: 'negative_number' };
  return {
    kind: 'value',
    value: { point: point?.replace(/^-/, '') ?? null, comma: comma?.replace(/^-/, '') ?? null },
  };
}

/**
 * A cell's reference for a message.
 *
 * @example cellRef(7, 3, 'Cost', 'abc') // { line: 7, columnIndex: 3, column: 'Cost', value: 'abc' }
 */
export function cellRef(line: number, columnIndex: number, column: string, value: string): ImportCellRef {
  return { line, columnIndex, column, value };
}
