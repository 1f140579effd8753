import { error, type Issue } from '../issues/issue';
import { FIELD_LABELS, TABLE_LABELS } from '../model/labels';
import type { Indexed, RowsToCheck } from './rows-to-check';

function unknownIn(
  table: 'tasks' | 'kpis' | 'channelMetrics',
  rows: ReadonlyArray<Indexed<{ readonly campaignId: string }>>,
  known: ReadonlySet<string>,
): Issue[] {
  return rows
    .filter(({ row }) => !known.has(row.campaignId))
    .map(({ index, row }) =>
      error([table, index, 'campaignId'], {
        code: 'unknown_reference',
        column: FIELD_LABELS[table].campaignId,
        value: row.campaignId,
        table: TABLE_LABELS.campaigns,
      }),
    );
}

/**
 * A Tasks, KPIs or ChannelMetrics row whose Campaign ID is not in Campaigns.
 *
 * @example campaignReferences(rowsOf(input)) // [{ code: 'unknown_reference', path: ['kpis', 3, 'campaignId'], value: 'C9', table: 'Campaigns', … }]
 */
export function campaignReferences(rows: RowsToCheck): Issue[] {
  return [
    ...unknownIn('tasks', rows.tasks, rows.knownCampaignIds),
    ...unknownIn('kpis', rows.kpis, rows.knownCampaignIds),
    ...unknownIn('channelMetrics', rows.channelMetrics, rows.knownCampaignIds),
  ];
}
