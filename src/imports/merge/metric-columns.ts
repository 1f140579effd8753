import { IMPORT_METRICS, type ImportMetric } from '../../engine/issues/import-summary';
import type { LocalDate } from '../../engine/model/primitives';
import { FIELD_LABELS } from '../../engine/model/labels';
import { serialOfWallTime } from '../../engine/time/excel-serial';
import { parseLocalDate } from '../../engine/time/zoned';
import type { PlanValue } from '../../workbook/plan/write-plan';
import type { TableLocation } from '../../workbook/source-map';
import type { ImportedRow } from '../import-types';

export type MetricField = keyof typeof FIELD_LABELS.channelMetrics;

/** ChannelMetrics columns in the order a new table gets them. */
export const METRIC_FIELDS = Object.keys(FIELD_LABELS.channelMetrics) as MetricField[];

export const DATE_FORMAT = 'yyyy-mm-dd';

/** Columns ChannelMetrics must have (product.md §2); the others are added only when there is data for them. */
const REQUIRED: readonly MetricField[] = [
  'campaignId',
  'channel',
  'impressions',
  'clicks',
  'conversions',
  'cost',
];

/** Where each field is written: existing columns, plus the ones the import adds to the table's right. */
export interface ColumnPlan {
  readonly column: Readonly<Partial<Record<MetricField, number>>>;
  readonly added: ReadonlyArray<{ readonly column: number; readonly header: string }>;
  /** Fields the import writes (a metric the export lacks is left as it is on replaced rows). */
  readonly written: readonly MetricField[];
  readonly width: number;
}

/**
 * Decides the columns of an import: the table's own, plus any needed column it lacks (Date when
 * rows are dated, Ad Campaign when the export names its campaigns, Revenue or Engagements when the
 * export has them, a missing required column).
 *
 * @example planColumns(location, rows, ['engagements']).added // [{ column: 9, header: 'Date' }] when Date is missing
 */
export function planColumns(
  location: TableLocation,
  rows: readonly ImportedRow[],
  absent: readonly ImportMetric[],
): ColumnPlan {
  const metrics = IMPORT_METRICS.filter((m) => !absent.includes(m));
  const needed: MetricField[] = [...REQUIRED];
  if (rows.some((r) => r.date !== null)) needed.push('date');
  if (rows.some((r) => r.adCampaign !== null)) needed.push('adCampaign');
  for (const m of metrics) if (!needed.includes(m)) needed.push(m);
  const column: Partial<Record<MetricField, number>> = {};
  const added: Array<{ column: number; header: string }> = [];
  let next = location.firstColumn + location.width;
  for (const f of METRIC_FIELDS) {
    const existing = location.columns[f];
    if (existing !== undefined) column[f] = existing;
    else if (needed.includes(f)) {
      column[f] = next;
      added.push({ column: next++, header: FIELD_LABELS.channelMetrics[f] });
    }
  }
  const written = METRIC_FIELDS.filter(
    (f) =>
      column[f] !== undefined &&
      (!IMPORT_METRICS.includes(f as ImportMetric) || metrics.includes(f as ImportMetric)),
  );
  return { column, added, written, width: next - location.firstColumn };
}

/**
 * A local date as the Excel serial a date cell holds.
 *
 * @example dateSerial('2025-05-18') // 45795
 */
export function dateSerial(date: LocalDate): number {
  const p = parseLocalDate(date);
  if (p === null) throw new RangeError(`not a date: ${date}`);
  return serialOfWallTime({ ...p, hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/**
 * The value an imported row writes in a field.
 *
 * @example fieldValue(row, 'date') // 45795 for 2025-05-18
 */
export function fieldValue(row: ImportedRow, field: MetricField): PlanValue {
  if (field === 'date') return row.date === null ? null : dateSerial(row.date);
  return row[field];
}
