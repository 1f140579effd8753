import { normalizeId } from '../../engine/model/id-text';
import type { LocalDate } from '../../engine/model/primitives';
import { FIELD_LABELS, TABLE_LABELS } from '../../engine/model/labels';
import type { RawCell, RawTable } from '../../workbook/host';
import { isBlankCell } from '../../workbook/cells/cell-read';
import type { TableLocation } from '../../workbook/source-map';
import { readHeader } from '../../workbook/tables/header';
import { tableLocation } from '../../workbook/tables/table-location';
import { cellText, isMissing } from '../values/cell-text';
import { readDate } from '../values/date-reading';

/** What identifies an existing ChannelMetrics row, and where it is. */
export interface ExistingMetricRow {
  readonly campaignId: string;
  readonly channel: string;
  /** `null` when blank, or when the table has no Ad Campaign column. */
  readonly adCampaign: string | null;
  /** `null` when blank; an unreadable date is kept as `?text` so it matches no import. */
  readonly date: LocalDate | null | `?${string}`;
  readonly sheetRow: number;
}

export interface ChannelMetricsTable {
  readonly location: TableLocation;
  readonly rows: readonly ExistingMetricRow[];
}

function dateOf(cell: RawCell): ExistingMetricRow['date'] {
  if (isMissing(cell)) return null;
  const d = readDate(cell);
  return d.kind === 'date' ? d.date : `?${cellText(cell)}`;
}

/**
 * The ChannelMetrics rows already in the workbook (their key: campaign, channel, ad campaign, date) and where
 * the table is, from the cells a host read. Only the key is read, so a row the tracker would refuse
 * for another cell can still be replaced. Headers match as everywhere (case, spaces, `_`, `-`
 * ignored); blank rows are skipped (as the tracker skips them); unknown columns count in the width and are never touched.
 *
 * @example readChannelMetricsTable(raw).rows[0] // { campaignId: 'C1', channel: 'LinkedIn', date: '2025-03-04', sheetRow: 2 }
 */
export function readChannelMetricsTable(raw: RawTable): ChannelMetricsTable {
  const { columns } = readHeader(raw.header, {
    key: 'channelMetrics',
    label: TABLE_LABELS.channelMetrics,
    labels: FIELD_LABELS.channelMetrics,
    required: [],
    severity: 'warning',
  });
  const at = (row: readonly RawCell[], field: keyof typeof FIELD_LABELS.channelMetrics): RawCell => {
    const i = columns.get(field);
    return i === undefined ? null : (row[i] ?? null);
  };
  const rows: ExistingMetricRow[] = [];
  raw.rows.forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    rows.push({
      campaignId: normalizeId(cellText(at(row, 'campaignId'))),
      channel: cellText(at(row, 'channel')),
      adCampaign: isMissing(at(row, 'adCampaign')) ? null : cellText(at(row, 'adCampaign')),
      date: dateOf(at(row, 'date')),
      sheetRow: raw.headerRow + 1 + i,
    });
  });
  return {
    location: tableLocation(
      raw,
      columns,
      rows.map((r) => r.sheetRow),
    ),
    rows,
  };
}
