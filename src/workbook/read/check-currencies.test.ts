import type { CurrencyMark } from '../cells/currency-mark';
import { currencyIssues, type CurrencyContext, type MarkedTable } from './check-currencies';

const EUR: CurrencyMark = { mark: '€', currencies: ['EUR'] };
const YEN: CurrencyMark = { mark: '¥', currencies: ['JPY', 'CNY'] };
const cost = (index: number, mark: CurrencyMark) => ({ index, field: 'cost', value: `${mark.mark}1`, mark });

const metrics = (ids: Array<string | null>, marked: MarkedTable['marked']): MarkedTable => ({
  key: 'channelMetrics',
  campaignIds: ids,
  marked,
  labels: { cost: 'Cost' },
});
const context = (over: Partial<CurrencyContext> = {}): CurrencyContext => ({
  campaigns: [
    { campaignId: 'C-USD', currency: null },
    { campaignId: 'C-EUR', currency: 'EUR' },
    { campaignId: 'C-JPY', currency: 'JPY' },
  ],
  settingsCurrency: null,
  unreadable: { campaigns: new Set(), settings: false },
  ...over,
});

describe('currencyIssues', () => {
  it('finds each row’s campaign and refuses a mark that is not its currency', () => {
    const issues = currencyIssues(
      [
        metrics(
          ['C-EUR', 'C-USD', 'C-JPY', 'C-EUR'],
          [cost(0, EUR), cost(1, EUR), cost(2, YEN), cost(3, YEN)],
        ),
      ],
      context(),
    );
    expect(issues.map((i) => [i.path, i.code === 'wrong_currency' && i.currency])).toEqual([
      [['channelMetrics', 1, 'cost'], 'USD'],
      [['channelMetrics', 3, 'cost'], 'EUR'],
    ]);
  });

  it('uses Settings Currency for a campaign without its own, else USD', () => {
    const table = [metrics(['C-USD'], [cost(0, EUR)])];
    expect(currencyIssues(table, context({ settingsCurrency: 'EUR' }))).toEqual([]);
    expect(currencyIssues(table, context())).toHaveLength(1);
  });

  it('checks a Campaigns row against its own currency', () => {
    const campaigns: MarkedTable = {
      key: 'campaigns',
      campaignIds: ['C-USD', 'C-EUR'],
      marked: [
        { index: 0, field: 'budgetAllocated', value: '€5', mark: EUR },
        { index: 1, field: 'budgetAllocated', value: '€5', mark: EUR },
      ],
      labels: { budgetAllocated: 'Budget Allocated' },
    };
    expect(currencyIssues([campaigns], context()).map((i) => i.path)).toEqual([
      ['campaigns', 0, 'budgetAllocated'],
    ]);
  });

  it('leaves alone what cannot be known: an unknown campaign, an unreadable currency', () => {
    const table = [metrics(['C-9', null, 'C-USD'], [cost(0, EUR), cost(1, EUR), cost(2, EUR)])];
    expect(
      currencyIssues(table, context({ unreadable: { campaigns: new Set([0]), settings: false } })),
    ).toEqual([]);
    expect(currencyIssues(table, context({ unreadable: { campaigns: new Set(), settings: true } }))).toEqual(
      [],
    );
  });
});
