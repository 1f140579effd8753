import type { LocalDate } from '../../engine/model/primitives';
import { FIELD_LABELS } from '../../engine/model/labels';
import type { RawTable } from '../../workbook/host';
import type { TableLocation } from '../../workbook/source-map';
import { cellText, isMissing } from '../values/cell-text';
import { readDate } from '../values/date-reading';

/** What identifies an existing ChannelMetrics row, and where it is. */
export interface ExistingMetricRow {
  readonly campaignId: string;
  readonly channel: string;
  /** `null` when blank; an unreadable date is kept as `?text` so it matches no import. */
  readonly date: LocalDate | null | `?${string}`;
  readonly sheetRow: number;
}

export interface ChannelMetricsTable {
  readonly location: TableLocation;
  readonly rows: readonly ExistingMetricRow[];
}

/** Table and column names match ignoring case, spaces, `_` and `-` (product.md §2). */
export const looseName = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

const FIELD_BY_NAME = new Map(
  Object.entries(FIELD_LABELS.channelMetrics).map(([field, label]) => [looseName(label), field]),
);

function dateOf(cell: RawTable['rows'][number][number]): ExistingMetricRow['date'] {
  if (isMissing(cell)) return null;
  const d = readDate(cell);
  return d.kind === 'date' ? d.date : `?${cellText(cell)}`;
}

/**
 * The ChannelMetrics rows already in the workbook (their key: campaign, channel, date) and where
 * the table is, from the cells a host read. Blank rows are skipped; unknown columns are counted in
 * the width and never touched.
 *
 * @example readChannelMetricsTable(raw).rows[0] // { campaignId: 'C1', channel: 'LinkedIn', date: '2025-03-04', sheetRow: 2 }
 */
export function readChannelMetricsTable(raw: RawTable): ChannelMetricsTable {
  const columns: Record<string, number | undefined> = {};
  raw.header.forEach((h, i) => {
    const field = FIELD_BY_NAME.get(looseName(cellText(h)));
    if (field !== undefined && columns[field] === undefined) columns[field] = raw.firstColumn + i;
  });
  const at = (row: readonly RawTable['rows'][number][number][], field: string) => {
    const c = columns[field];
    return c === undefined ? null : (row[c - raw.firstColumn] ?? null);
  };
  const rows: ExistingMetricRow[] = [];
  raw.rows.forEach((row, i) => {
    if (row.every((c) => isMissing(c))) return;
    rows.push({
      campaignId: cellText(at(row, 'campaignId')),
      channel: cellText(at(row, 'channel')),
      date: dateOf(at(row, 'date')),
      sheetRow: raw.headerRow + 1 + i,
    });
  });
  return {
    location: {
      source: raw.source,
      sheet: raw.sheet,
      headerRow: raw.headerRow,
      firstColumn: raw.firstColumn,
      width: raw.header.length,
      columns,
      rows: rows.map((r) => r.sheetRow),
      nextRow: raw.headerRow + 1 + raw.rows.length,
    },
    rows,
  };
}
