import {
  baseBook,
  withCell,
  withColumn,
  withoutColumn,
  withoutSheet,
  withRawSheet,
  withRow,
} from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';

const base = baseBook();

const REQUIRED: ReadonlyArray<readonly [sheet: string, columns: readonly string[], lastLetterAfter: string]> =
  [
    // Campaigns has 9 columns (A–I): without one, the header runs A1:H1.
    [
      'Campaigns',
      ['Campaign ID', 'Mission ID', 'Name', 'Status', 'Budget Allocated', 'Start Date', 'End Date'],
      'H',
    ],
    // Tasks has 16 (A–P) → A1:O1; KPIs 7 (A–G) → A1:F1; ChannelMetrics 10 (A–J) → A1:I1; TaskUpdates 8 (A–H) → A1:G1.
    ['Tasks', ['Task ID', 'Campaign ID', 'Title', 'Status'], 'O'],
    ['KPIs', ['Campaign ID', 'Metric', 'Target'], 'F'],
    ['ChannelMetrics', ['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Cost'], 'I'],
    ['TaskUpdates', ['Task ID', 'New Status'], 'G'],
  ];

export const SHAPE_CASES: HostileCase[] = [
  ...['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics'].map((sheet): HostileCase => ({
    kind: 'missing table',
    name: `no ${sheet} sheet or table`,
    book: withoutSheet(base, sheet),
    expect: stops('missing_table', sheet),
  })),
  ...REQUIRED.flatMap(([sheet, columns, last]) =>
    columns.map((column): HostileCase => ({
      kind: 'missing column',
      name: `${sheet} without ${column}`,
      book: withoutColumn(base, sheet, column),
      expect: stops('missing_column', `${sheet}!A1:${last}1`),
    })),
  ),
  {
    kind: 'missing column',
    name: 'Tasks with a second Status column (Q, after D)',
    book: withColumn(base, 'Tasks', 'status', 'pending'),
    // The first of the two columns is named; the message says there are two.
    expect: stops('duplicate_column', 'Tasks!D1'),
  },
  {
    kind: 'missing column',
    name: 'a Tasks sheet with nothing on it',
    book: withRawSheet(base, 'Tasks', []),
    expect: stops('empty_header', 'Tasks!A1'),
  },
];

export const ID_CASES: HostileCase[] = [
  {
    kind: 'duplicate ID',
    name: 'Campaign ID C-1 twice (row 3)',
    book: withRow(base, 'Campaigns', {
      'Campaign ID': 'C-1',
      'Mission ID': 'M-2',
      Name: 'Copy',
      Status: 'paused',
      'Budget Allocated': 1,
      'Start Date': '2026-11-01',
      'End Date': '2026-11-30',
    }),
    expect: stops('duplicate_id', 'Campaigns!A3'),
  },
  {
    kind: 'duplicate ID',
    name: 'Task ID T-1 twice (row 6)',
    book: withRow(base, 'Tasks', {
      'Task ID': 'T-1',
      'Campaign ID': 'C-1',
      Title: 'Again',
      Status: 'pending',
    }),
    expect: stops('duplicate_id', 'Tasks!A6'),
  },
  {
    kind: 'duplicate ID',
    name: 'Task ID differing only in case is another task',
    book: withRow(base, 'Tasks', {
      'Task ID': 't-1',
      'Campaign ID': 'C-1',
      Title: 'Lower case',
      Status: 'pending',
    }),
    expect: (run) => expect(run.result.tasks.map((t) => t.taskId)).toContain('t-1'),
  },
];

export const CHOICE_CASES: HostileCase[] = [
  ['Campaigns', 'Status', 'running', 'Campaigns!D2'],
  ['Tasks', 'Status', 'done', 'Tasks!D2'],
  ['Tasks', 'Critical', 'maybe', 'Tasks!E2'],
  ['KPIs', 'Type', 'main', 'KPIs!D2'],
  ['KPIs', 'Actual Source', 'guessed', 'KPIs!F2'],
  ['ChannelMetrics', 'Source', 'modelled', 'ChannelMetrics!J2'],
].map(([sheet, column, value, address]): HostileCase => ({
  kind: 'unknown status or choice',
  name: `${sheet} ${column} "${value}"`,
  book: withCell(base, sheet ?? '', 1, column ?? '', value ?? ''),
  expect: stops(column === 'Critical' ? 'invalid_value' : 'invalid_choice', address ?? ''),
}));
