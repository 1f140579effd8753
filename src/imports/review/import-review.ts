import {
  REVIEW_FIGURES,
  type ImportReview,
  type ReviewFigure,
  type ReviewRow,
} from '../../engine/issues/import-summary';
import { ExactSum } from '../../engine/metrics/exact-sum';
import { roundMoney } from '../../engine/money/currency';
import { roundTo } from '../../engine/money/decimal';
import { FIELD_LABELS } from '../../engine/model/labels';
import type { ImportedRow } from '../import-types';
import { sameName } from '../merge/metric-key';

/** Rows shown as they will be written. */
export const REVIEW_ROWS = 5;

/** The columns a review row shows: ChannelMetrics' own, but Source (always `measured`). */
const FIELDS = [
  'campaignId',
  'channel',
  'adCampaign',
  'date',
  'impressions',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'engagements',
] as const;

/** What the merge decided for a row (`replace`: the sheet row it goes to). */
export type RowAction =
  | { readonly kind: 'append' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'replace'; readonly sheetRow: number };

function reviewRow(row: ImportedRow, action: RowAction): ReviewRow {
  return {
    action: action.kind === 'append' ? 'add' : action.kind,
    sheetRow: action.kind === 'replace' ? action.sheetRow : null,
    values: FIELDS.map((f) => row[f]),
  };
}

/**
 * The review of an import: dates covered, exact totals of spend, impressions, clicks and
 * conversions (blanks counted, never added as zeros), channels and ad campaigns, and the first rows
 * with what writing them does. Pure; the rows are the export's, whatever the merge replaces or skips.
 *
 * @example reviewImport(rows, actions, 'USD').totals.cost // 1400.7
 */
export function reviewImport(
  rows: readonly ImportedRow[],
  actions: readonly RowAction[],
  currency: string,
): ImportReview {
  const sums = Object.fromEntries(REVIEW_FIGURES.map((f) => [f, new ExactSum()])) as Record<
    ReviewFigure,
    ExactSum
  >;
  const blankRows = { cost: 0, impressions: 0, clicks: 0, conversions: 0 };
  const channels = new Set<string>();
  const adCampaigns = new Set<string>();
  let first: string | null = null;
  let last: string | null = null;
  let undatedRows = 0;
  for (const r of rows) {
    for (const f of REVIEW_FIGURES) {
      const v = r[f];
      if (v === null) blankRows[f]++;
      else sums[f].add(v);
    }
    const channel = sameName(r.channel);
    channels.add(channel);
    if (r.adCampaign !== null) adCampaigns.add(`${channel}\u0000${sameName(r.adCampaign)}`);
    if (r.date === null) undatedRows++;
    else {
      if (first === null || r.date < first) first = r.date;
      if (last === null || r.date > last) last = r.date;
    }
  }
  const total = (f: ReviewFigure): number | null => {
    if (blankRows[f] === rows.length) return null;
    const exact = sums[f].total();
    return f === 'cost' ? roundMoney(exact, currency) : roundTo(exact, 2);
  };
  return {
    rows: rows.length,
    dates: first === null || last === null ? null : { first, last },
    undatedRows,
    totals: {
      cost: total('cost'),
      impressions: total('impressions'),
      clicks: total('clicks'),
      conversions: total('conversions'),
    },
    blankRows,
    channels: channels.size,
    adCampaigns: adCampaigns.size,
    columns: FIELDS.map((f) => FIELD_LABELS.channelMetrics[f]),
    firstRows: rows.slice(0, REVIEW_ROWS).map((r, i) => reviewRow(r, actions[i] ?? { kind: 'append' })),
  };
}
