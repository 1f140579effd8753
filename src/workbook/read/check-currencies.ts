import { error, type Issue } from '../../engine/issues/issue';
import type { Campaign } from '../../engine/model/campaign';
import type { MarkedCell } from '../tables/read-table';

/** What the check needs of one table: its rows' Campaign IDs and the cells that name a currency. */
export interface MarkedTable {
  readonly key: 'campaigns' | 'kpis' | 'channelMetrics';
  readonly campaignIds: ReadonlyArray<string | null>;
  readonly marked: readonly MarkedCell[];
  /** Column labels by field, for messages. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface CurrencyContext {
  readonly campaigns: ReadonlyArray<Pick<Campaign, 'campaignId' | 'currency'>>;
  /** Settings Currency; `null` when not set. */
  readonly settingsCurrency: string | null;
  /** Campaign rows whose own Currency cell could not be read, and whether Settings Currency could not. */
  readonly unreadable: { readonly campaigns: ReadonlySet<number>; readonly settings: boolean };
}

/**
 * `wrong_currency` for each cell that names a currency its campaign is not in: a budget, a cost or
 * revenue, a KPI target or actual written `€25000`, `25000 EUR`, `¥25000` or shown so by its format
 * in a campaign whose currency (its Currency, else Settings Currency, else USD) is another. A mark
 * that stands for several currencies (`$`, `¥`, `£`, `kr`) is right when the campaign's currency is
 * one of them. A campaign whose currency could not be read, or that no row names, is not checked.
 *
 * @example currencyIssues([channelMetrics], context) // [{ code: 'wrong_currency', path: ['channelMetrics', 0, 'cost'], … }]
 */
export function currencyIssues(tables: readonly MarkedTable[], context: CurrencyContext): Issue[] {
  const byId = new Map<string, number>();
  context.campaigns.forEach((c, i) => {
    if (typeof c.campaignId === 'string' && !byId.has(c.campaignId)) byId.set(c.campaignId, i);
  });
  const currencyOf = (index: number): string | null => {
    const campaign = context.campaigns[index];
    if (campaign === undefined || context.unreadable.campaigns.has(index)) return null;
    if (campaign.currency !== null && campaign.currency !== undefined) return campaign.currency;
    return context.unreadable.settings ? null : (context.settingsCurrency ?? 'USD');
  };
  const issues: Issue[] = [];
  for (const table of tables) {
    for (const cell of table.marked) {
      const id = table.campaignIds[cell.index];
      const index =
        table.key === 'campaigns' ? cell.index : id === null || id === undefined ? undefined : byId.get(id);
      const currency = index === undefined ? null : currencyOf(index);
      const campaignId = index === undefined ? null : context.campaigns[index]?.campaignId;
      if (currency === null || typeof campaignId !== 'string' || cell.mark.currencies.includes(currency))
        continue;
      issues.push(
        error([table.key, cell.index, cell.field], {
          code: 'wrong_currency',
          column: table.labels[cell.field] ?? cell.field,
          value: cell.value,
          format: cell.mark.format ?? null,
          mark: cell.mark.mark,
          currencies: cell.mark.currencies,
          campaignId,
          currency,
        }),
      );
    }
  }
  return issues;
}
