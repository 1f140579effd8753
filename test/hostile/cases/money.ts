import type { RawCell } from '../../../src/workbook/host';
import { baseBook, withCell, withFormat, withRows, type Book } from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';
import type { Planned } from '../pipeline';

const base = baseBook();
const KIND = 'money in another currency or number style';

/** The baseline with the campaign in `currency`. */
const inCurrency = (currency: string): Book => withCell(base, 'Campaigns', 1, 'Currency', currency);
/** The baseline with one more Settings row. */
const withSetting = (book: Book, key: string, value: RawCell): Book =>
  withRows(book, 'Settings', [
    ['Time Zone', 'UTC'],
    ['As Of', '2026-11-20 12:00'],
    [key, value],
  ]);

const budget = (run: Planned): number | undefined => run.input.campaigns[0]?.budgetAllocated;
const cost = (run: Planned): number | null | undefined => run.input.channelMetrics[0]?.cost;

const stopping: ReadonlyArray<
  readonly [
    name: string,
    book: Book,
    code: 'wrong_currency' | 'ambiguous_number' | 'invalid_value',
    address: string,
  ]
> = [
  [
    'Budget Allocated "€25000" in a USD campaign',
    withCell(base, 'Campaigns', 1, 'Budget Allocated', '€25000'),
    'wrong_currency',
    'Campaigns!E2',
  ],
  [
    'Budget Spent "£25,000" in a USD campaign',
    withCell(base, 'Campaigns', 1, 'Budget Spent', '£25,000'),
    'wrong_currency',
    'Campaigns!F2',
  ],
  [
    'Cost "25000 EUR" in a USD campaign',
    withCell(base, 'ChannelMetrics', 1, 'Cost', '25000 EUR'),
    'wrong_currency',
    'ChannelMetrics!G2',
  ],
  [
    'Revenue "¥25000" in a USD campaign',
    withCell(base, 'ChannelMetrics', 1, 'Revenue', '¥25000'),
    'wrong_currency',
    'ChannelMetrics!H2',
  ],
  [
    'Cost "25 000 kr" in a USD campaign',
    withCell(base, 'ChannelMetrics', 2, 'Cost', '25 000 kr'),
    'wrong_currency',
    'ChannelMetrics!G3',
  ],
  [
    'KPI Target "€120" in a USD campaign',
    withCell(base, 'KPIs', 1, 'Target', '€120'),
    'wrong_currency',
    'KPIs!C2',
  ],
  [
    'KPI Target "≤ 80 GBP" in a USD campaign',
    withCell(base, 'KPIs', 2, 'Target', '≤ 80 GBP'),
    'wrong_currency',
    'KPIs!C3',
  ],
  [
    'KPI Actual "€95" in a USD campaign',
    withCell(base, 'KPIs', 1, 'Actual', '€95'),
    'wrong_currency',
    'KPIs!E2',
  ],
  [
    'Budget Allocated 25000 formatted "€"#,##0 in a USD campaign',
    withFormat(
      withCell(base, 'Campaigns', 1, 'Budget Allocated', 25000),
      'Campaigns',
      1,
      'Budget Allocated',
      '"€"#,##0',
    ),
    'wrong_currency',
    'Campaigns!E2',
  ],
  [
    'Budget Allocated "$25,000" in a EUR campaign',
    withCell(inCurrency('EUR'), 'Campaigns', 1, 'Budget Allocated', '$25,000'),
    'wrong_currency',
    'Campaigns!E2',
  ],
  [
    'Budget Allocated "¥25000" with Settings Currency EUR',
    withSetting(
      withCell(
        withCell(base, 'Campaigns', 1, 'Currency', null),
        'Campaigns',
        1,
        'Budget Allocated',
        '¥25000',
      ),
      'Currency',
      'EUR',
    ),
    'wrong_currency',
    'Campaigns!E2',
  ],
  [
    'Cost "25.000": 25 or 25,000?',
    withCell(base, 'ChannelMetrics', 1, 'Cost', '25.000'),
    'ambiguous_number',
    'ChannelMetrics!G2',
  ],
  [
    'Budget Allocated "$1.234": 1.234 or 1,234?',
    withCell(base, 'Campaigns', 1, 'Budget Allocated', '$1.234'),
    'ambiguous_number',
    'Campaigns!E2',
  ],
  [
    'Revenue "1.234,56" with no Number Format',
    withCell(base, 'ChannelMetrics', 1, 'Revenue', '1.234,56'),
    'ambiguous_number',
    'ChannelMetrics!H2',
  ],
  [
    'Cost "1,234.56" in a 1.234,56 workbook',
    withSetting(withCell(base, 'ChannelMetrics', 1, 'Cost', '1,234.56'), 'Number Format', '1.234,56'),
    'ambiguous_number',
    'ChannelMetrics!G2',
  ],
  [
    'Settings Number Format "european"',
    withSetting(base, 'Number Format', 'european'),
    'invalid_value',
    'Settings!B4',
  ],
];

const running: ReadonlyArray<readonly [name: string, book: Book, check: (run: Planned) => void]> = [
  [
    'Budget Allocated "€25000" in a EUR campaign',
    withCell(inCurrency('EUR'), 'Campaigns', 1, 'Budget Allocated', '€25000'),
    (run) => expect(budget(run)).toBe(25000),
  ],
  [
    'Budget Allocated "¥25000" in a JPY campaign',
    withCell(inCurrency('JPY'), 'Campaigns', 1, 'Budget Allocated', '¥25000'),
    (run) => expect(budget(run)).toBe(25000),
  ],
  [
    'Budget Allocated "¥25000" in a CNY campaign',
    withCell(inCurrency('CNY'), 'Campaigns', 1, 'Budget Allocated', '¥25000'),
    (run) => expect(budget(run)).toBe(25000),
  ],
  [
    'Cost "C$80" and "$80" in a CAD campaign',
    withCell(
      withCell(inCurrency('CAD'), 'ChannelMetrics', 1, 'Cost', 'C$80'),
      'ChannelMetrics',
      2,
      'Cost',
      '$80',
    ),
    (run) => expect(run.input.channelMetrics.map((r) => r.cost)).toEqual([80, 80]),
  ],
  [
    'Cost "25 000 kr" in a SEK campaign',
    withCell(inCurrency('SEK'), 'ChannelMetrics', 1, 'Cost', '25 000 kr'),
    (run) => expect(cost(run)).toBe(25000),
  ],
  [
    'Cost "$1,234.50" and KPI Target "$80" in a USD campaign',
    withCell(withCell(base, 'ChannelMetrics', 1, 'Cost', '$1,234.50'), 'KPIs', 1, 'Target', '$80'),
    (run) => expect(cost(run)).toBe(1234.5),
  ],
  [
    'Cost "25.000" in a 1.234,56 workbook is 25,000',
    withSetting(withCell(base, 'ChannelMetrics', 1, 'Cost', '25.000'), 'Number Format', '1.234,56'),
    (run) => expect(cost(run)).toBe(25000),
  ],
  [
    'Cost "25.000" in a 1,234.56 workbook is 25',
    withSetting(withCell(base, 'ChannelMetrics', 1, 'Cost', '25.000'), 'Number Format', '1,234.56'),
    (run) => expect(cost(run)).toBe(25),
  ],
  [
    'Cost "1 234,50 €" in a EUR campaign of a 1.234,56 workbook',
    withSetting(
      withCell(inCurrency('EUR'), 'ChannelMetrics', 1, 'Cost', '1 234,50 €'),
      'Number Format',
      'decimal comma',
    ),
    (run) => expect(cost(run)).toBe(1234.5),
  ],
  [
    'Impressions "10.000" in a 1.234,56 workbook is 10,000',
    withSetting(withCell(base, 'ChannelMetrics', 1, 'Impressions', '10.000'), 'Number Format', '1.234,56'),
    (run) => expect(run.input.channelMetrics[0]?.impressions).toBe(10000),
  ],
];

export const MONEY_CASES: HostileCase[] = [
  ...stopping.map(([name, book, code, address]): HostileCase => ({
    kind: KIND,
    name,
    book,
    expect: stops(code, address),
  })),
  ...running.map(([name, book, expect]): HostileCase => ({ kind: KIND, name, book, expect })),
];
