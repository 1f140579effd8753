import { error, type Issue } from '../../engine/issues/issue';
import { normalizeId } from '../../engine/model/id-text';
import { FIELD_LABELS, TABLE_LABELS } from '../../engine/model/labels';
import { isBlankCell } from '../../workbook/cells/cell-read';
import { readCurrency } from '../../workbook/cells/read-currency';
import type { Inventory, RawCell, RawTable, ReadRequest } from '../../workbook/host';
import { missingTable, planReads } from '../../workbook/read/plan-reads';
import { sourceOfKey, sourceOfName } from '../../workbook/names/input-sources';
import { readSettings } from '../../workbook/settings/read-settings';
import type { SourceMap } from '../../workbook/source-map';
import { readHeader } from '../../workbook/tables/header';
import { tableLocation } from '../../workbook/tables/table-location';
import { cellText } from '../values/cell-text';
import { readChannelMetricsTable, type ChannelMetricsTable } from '../merge/channel-metrics-table';

/** The tables an import reads: the campaign (its currency), Settings (the default currency), ChannelMetrics. */
const NEEDED = new Set(['campaigns', 'settings', 'channelMetrics']);

/**
 * The reads an import needs from a workbook, from its inventory: Campaigns, Settings and
 * ChannelMetrics only, so a problem in Tasks or KPIs does not stop an import.
 *
 * @example importReads({ sheets: ['Campaigns', 'ChannelMetrics'], tables: [] }).map((r) => r.source.name) // ['Campaigns', 'ChannelMetrics']
 */
export function importReads(inventory: Inventory): ReadRequest[] {
  return planReads(inventory).requests.filter((r) => NEEDED.has(sourceOfName(r.source.name)?.key ?? ''));
}

/**
 * The inputs an import needs that the workbook has in several places (`ambiguous_source`): the import
 * stops rather than write into one of them.
 *
 * @example importSourceIssues({ sheets: ['ChannelMetrics'], tables: [{ name: 'Channel_Metrics', sheet: 'Old' }] })[0].code // 'ambiguous_source'
 */
export function importSourceIssues(inventory: Inventory): Issue[] {
  return planReads(inventory).issues.filter(
    (i) => i.code === 'ambiguous_source' && NEEDED.has(String(i.path[0])),
  );
}

export interface ImportTarget {
  /** The campaign's Currency, else Settings Currency, else USD. */
  readonly campaignCurrency: string;
  /** `null`: the workbook has no ChannelMetrics yet (the import creates it). */
  readonly channelMetrics: ChannelMetricsTable | null;
}

export type ImportTargetRead =
  | { readonly ok: true; readonly target: ImportTarget }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly sourceMap: SourceMap };

const byKey = (tables: readonly RawTable[], key: string): RawTable | undefined =>
  tables.find((t) => sourceOfName(t.source.name)?.key === key);

/**
 * Finds the campaign an import goes to and its currency, and the ChannelMetrics rows already there,
 * from the tables `importReads` asked for. Only the campaign's own ID and Currency cells are read:
 * problems elsewhere in Campaigns are for `track` to report. Settings matter only when the
 * campaign has no Currency.
 *
 * @example readImportTarget(tables, 'C1') // { ok: true, target: { campaignCurrency: 'EUR', channelMetrics: { … } } }
 */
export function readImportTarget(tables: readonly RawTable[], campaignId: string): ImportTargetRead {
  const campaigns = byKey(tables, 'campaigns');
  const spec = sourceOfKey('campaigns');
  if (campaigns === undefined || spec === undefined) {
    return { ok: false, issues: spec === undefined ? [] : [missingTable(spec)], sourceMap: {} };
  }
  const header = readHeader<keyof typeof FIELD_LABELS.campaigns>(campaigns.header, {
    key: 'campaigns',
    label: TABLE_LABELS.campaigns,
    labels: FIELD_LABELS.campaigns,
    required: ['campaignId'],
    severity: 'error',
  });
  const sheetRows: number[] = [];
  let hit: { index: number; currency: RawCell } | null = null;
  for (const [r, cells] of campaigns.rows.entries()) {
    if (cells.every(isBlankCell)) continue;
    const index = sheetRows.push(campaigns.headerRow + 1 + r) - 1;
    const id = normalizeId(cellText(cells[header.columns.get('campaignId') ?? -1] ?? null));
    const cur = header.columns.get('currency');
    if (hit === null && id === normalizeId(campaignId)) {
      hit = { index, currency: cur === undefined ? null : (cells[cur] ?? null) };
    }
  }
  const settingsRaw = byKey(tables, 'settings');
  const settings = readSettings(settingsRaw);
  const sourceMap: SourceMap = {
    campaigns: tableLocation(campaigns, header.columns, sheetRows),
    ...(settings.location === null ? {} : { settings: settings.location }),
  };
  const fail = (issues: readonly Issue[]): ImportTargetRead => ({ ok: false, issues, sourceMap });
  if (header.issues.length > 0) return fail(header.issues);
  if (hit === null)
    return fail([error(['campaigns', 'campaignId'], { code: 'unknown_campaign', campaignId })]);
  const own = readCurrency(hit.currency, {
    column: FIELD_LABELS.campaigns.currency,
    timeZone: 'UTC',
    numberFormat: null,
  });
  if (!own.ok) return fail([error(['campaigns', hit.index, 'currency'], own.detail)]);
  if (own.value === null) {
    const broken = settings.issues.filter((i) => i.severity === 'error');
    if (broken.length > 0) return fail(broken);
  }
  const metrics = byKey(tables, 'channelMetrics');
  return {
    ok: true,
    target: {
      campaignCurrency: own.value ?? settings.settings.currency ?? 'USD',
      channelMetrics: metrics === undefined ? null : readChannelMetricsTable(metrics),
    },
  };
}
