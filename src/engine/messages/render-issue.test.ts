import { error } from '../issues/issue';
import { TASK_STATUSES } from '../model/statuses';
import { quote, quoteId } from './quote';
import { renderIssue } from './render-issue';
import { outcomeText } from './render-rejection';

describe('messages', () => {
  it('renders the spec example', () => {
    const i = error(['tasks', 5, 'status'], {
      code: 'invalid_choice',
      column: 'Status',
      value: 'done',
      allowed: TASK_STATUSES,
    });
    expect(renderIssue(i)).toBe(
      'Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled',
    );
  });

  it('shows invisible characters and the look-alike letters of an ID escaped', () => {
    expect(quote('CMP-001\u200b')).toBe('"CMP-001\\u200B"');
    expect(quote('12\u00a0500')).toBe('"12\\u00A0500"');
    expect(quoteId('\u0422-2')).toBe('"\\u0422-2"');
    expect(quoteId('T-2')).toBe('"T-2"');
    expect(
      renderIssue(
        error(['tasks', 1, 'taskId'], {
          code: 'confusable_id',
          column: 'Task ID',
          value: 'CMP-\u0416\u0422',
          letters: [
            { char: '\u0416', script: 'Cyrillic', looksLike: null },
            { char: '\u0422', script: 'Cyrillic', looksLike: 'T' },
          ],
        }),
      ),
    ).toBe(
      'Task ID "CMP-\\u0416\\u0422" has the Cyrillic \u0416 (\\u0416) among Latin letters and the Cyrillic \u0422 (\\u0422), which looks like T: type it again in Latin letters, so that IDs that look the same are the same',
    );
  });

  it('quotes hostile values visibly and briefly', () => {
    expect(quote('=HYPERLINK("x")\t')).toBe('"=HYPERLINK("x")\\t"');
    const long = quote('x'.repeat(100_000));
    expect(long.length).toBeLessThan(100);
    expect(long).toContain('(100000 characters)');
  });

  it('renders outcomes', () => {
    expect(outcomeText(null)).toBe('applied');
    expect(
      outcomeText({ code: 'unmet_dependencies', dependencies: [{ taskId: 'T1', status: 'pending' }] }),
    ).toBe('rejected: waiting on T1 (pending); a task starts when every task it depends on is completed');
    expect(renderIssue(error(['tasks'], { code: 'dependency_cycle', cycle: ['T1', 'T2'] }))).toBe(
      'Depends On makes a cycle: T1 → T2 → T1',
    );
  });
});

describe('ambiguous_source', () => {
  const at = (kind: 'table' | 'sheet', name: string, sheetRef: string) => ({ kind, name, sheetRef });
  it.each([
    [
      [at('table', 'ChannelMetrics', 'ChannelMetrics'), at('table', 'Channel_Metrics', "'Archive 2025'")],
      "Tables ChannelMetrics (sheet ChannelMetrics) and Channel_Metrics (sheet 'Archive 2025') both match ChannelMetrics: rename one",
    ],
    [
      [at('table', 'Channel_Metrics', "'Archive 2025'"), at('sheet', 'ChannelMetrics', 'ChannelMetrics')],
      "Table Channel_Metrics (sheet 'Archive 2025') and sheet ChannelMetrics both match ChannelMetrics: rename one, or name the table exactly ChannelMetrics",
    ],
    [
      [
        at('sheet', 'ChannelMetrics', 'ChannelMetrics'),
        at('sheet', 'Channel Metrics', "'Channel Metrics'"),
        at('sheet', 'channel-metrics', "'channel-metrics'"),
      ],
      "Sheets ChannelMetrics, 'Channel Metrics' and 'channel-metrics' all match ChannelMetrics: rename all but one",
    ],
  ])('names every place: %#', (candidates, text) => {
    const i = error(['channelMetrics'], { code: 'ambiguous_source', table: 'ChannelMetrics', candidates });
    expect(renderIssue(i)).toBe(text);
  });
});

describe('money', () => {
  const wrong = (value: string, mark: string, currencies: string[], format: string | null = null) =>
    renderIssue(
      error(['campaigns', 0, 'budgetAllocated'], {
        code: 'wrong_currency',
        column: 'Budget Allocated',
        value,
        format,
        mark,
        currencies,
        campaignId: 'C-1',
        currency: 'USD',
      }),
    );
  it.each([
    [wrong('€25000', '€', ['EUR']), 'Budget Allocated "€25000" is in EUR (€), but campaign "C-1" is in USD'],
    [wrong('25000 EUR', 'EUR', ['EUR']), 'Budget Allocated "25000 EUR" is in EUR, but'],
    [wrong('¥25000', '¥', ['JPY', 'CNY']), 'is in JPY or CNY (¥), but'],
    [wrong('£25,000', '£', ['GBP', 'GIP', 'FKP', 'SHP', 'EGP']), 'is in pounds (£), but'],
    [wrong('25 kr', 'kr', ['SEK', 'NOK', 'DKK', 'ISK']), 'is in kronor or kroner (kr), but'],
    [wrong('$80', '$', ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']), 'is in dollars or pesos ($), but'],
    [
      wrong('25000', '€', ['EUR'], '"€"#,##0'),
      'Budget Allocated 25000 is shown in EUR (€) by its number format "€"#,##0, but',
    ],
  ])('%s', (text, part) => {
    expect(text).toContain(part);
    expect(text).toMatch(/: enter the amount in USD, or change the campaign's Currency$/);
  });

  it('gives the readings of a number that reads two ways, or the one it has', () => {
    const number = (
      value: string,
      readings: Array<{ style: '1,234.56' | '1.234,56'; value: number }>,
      style: '1,234.56' | '1.234,56' | null,
    ) =>
      renderIssue(
        error(['channelMetrics', 0, 'cost'], {
          code: 'ambiguous_number',
          column: 'Cost',
          value,
          readings,
          style,
        }),
      );
    expect(
      number(
        '25.000',
        [
          { style: '1,234.56', value: 25 },
          { style: '1.234,56', value: 25000 },
        ],
        null,
      ),
    ).toBe(
      'Cost "25.000" is 25 with a decimal point but 25000 with a decimal comma: enter it without a thousands separator (25 or 25000), or set Settings Number Format to 1,234.56 or 1.234,56',
    );
    expect(number('1.234,5', [{ style: '1.234,56', value: 1234.5 }], null)).toBe(
      'Cost "1.234,5" is written with a decimal comma (1234.5): enter 1234.5, or set Settings Number Format to 1.234,56',
    );
    expect(number('1,234.5', [{ style: '1,234.56', value: 1234.5 }], '1.234,56')).toBe(
      'Cost "1,234.5" is written with a decimal point (1234.5), but Settings Number Format is 1.234,56: write it with a decimal comma, or change Settings Number Format',
    );
  });
});

describe('references to other places', () => {
  it('words the first occurrence of a duplicate with the host locator', () => {
    const i = error(['tasks', 7, 'taskId'], {
      code: 'duplicate_id',
      column: 'Task ID',
      value: 'T1',
      firstPath: ['tasks', 2, 'taskId'],
    });
    expect(renderIssue(i)).toBe('Task ID "T1" is used again (first at row 3 of tasks)');
    expect(renderIssue(i, () => 'Tasks!A4')).toBe('Task ID "T1" is used again (first at Tasks!A4)');
  });
});

describe('cell messages added for the workbook reader', () => {
  it.each([
    [
      {
        code: 'ambiguous_date',
        column: 'Due Date',
        value: '03/04/2026',
        candidates: ['2026-03-04', '2026-04-03'],
      },
      'Due Date "03/04/2026" is not a year-month-day date: write it as 2026-03-04 or 2026-04-03, or enter it as an Excel date',
    ],
    [
      { code: 'too_small', column: 'Retry Limit', value: 0, min: 1, inclusive: true },
      'Retry Limit 0 must be at least 1',
    ],
    [
      { code: 'too_small', column: 'Blocked Escalation Hours', value: 0, min: 0, inclusive: false },
      'Blocked Escalation Hours 0 must be greater than 0',
    ],
  ] as const)('%j', (detail, text) => {
    expect(renderIssue(error(['settings', 0, 'value'], detail))).toBe(text);
  });
});
