import { IMPORT_METRICS, type ImportMetric } from '../../engine/issues/import-summary';

/** Columns of an export that describe a row rather than measure it. */
export const DIMENSION_FIELDS = [
  'campaign',
  'campaignId',
  'date',
  'dateStart',
  'dateEnd',
  'channelType',
  'status',
  'currency',
  'resultIndicator',
] as const;
export type DimensionField = (typeof DIMENSION_FIELDS)[number];

/** Every export column the importer understands. */
export type ExportField = DimensionField | ImportMetric;
export const EXPORT_FIELDS: readonly ExportField[] = [...DIMENSION_FIELDS, ...IMPORT_METRICS];

/** Counts that cannot be fractional (conversions can: `25.75` is normal). */
export const WHOLE_METRICS: ReadonlySet<ImportMetric> = new Set(['impressions', 'clicks', 'engagements']);
