import { baseBook, withCell, withoutSheet, withRow, withTable, type Book, type Sheet } from '../hostile-book';
import { stops, stopsWithAll, type HostileCase } from '../hostile-case';

const base = baseBook();
const metrics = base['ChannelMetrics'] as Sheet;

/** An old copy of ChannelMetrics (last year's figures, ten times as large) on another sheet. */
const archive: Sheet = {
  header: metrics.header,
  rows: [['C-1', 'LinkedIn', '2025-11-10', 100000, 1500, 5000, 40000, null, null, 'measured']],
};

const withSheet = (book: Book, name: string, sheet: Sheet): Book => ({ ...book, [name]: sheet });

export const SOURCE_CASES: HostileCase[] = [
  {
    kind: 'ambiguous table or sheet',
    name: 'a Power Query table Channel_Metrics on sheet "Archive 2025" beside the ChannelMetrics sheet',
    book: withSheet(base, 'Archive 2025', { ...archive, table: 'Channel_Metrics' }),
    expect: stops('ambiguous_source', 'ChannelMetrics'),
  },
  {
    kind: 'ambiguous table or sheet',
    name: 'two tables, ChannelMetrics and Channel_Metrics',
    book: withSheet(withTable(base, 'ChannelMetrics', 'ChannelMetrics'), 'Archive 2025', {
      ...archive,
      table: 'Channel_Metrics',
    }),
    expect: stops('ambiguous_source', 'ChannelMetrics'),
  },
  {
    kind: 'ambiguous table or sheet',
    name: 'two sheets, ChannelMetrics and "Channel Metrics"',
    book: withSheet(base, 'Channel Metrics', archive),
    expect: stops('ambiguous_source', 'ChannelMetrics'),
  },
  {
    kind: 'ambiguous table or sheet',
    name: 'a Settings_ table on another sheet beside the Settings sheet',
    book: withSheet(base, 'Old settings', {
      header: ['Key', 'Value'],
      rows: [['Time Zone', 'Asia/Tokyo']],
      table: 'Settings_',
    }),
    expect: stops('ambiguous_source', 'Settings'),
  },
  {
    kind: 'ambiguous table or sheet',
    name: 'a table named exactly ChannelMetrics on sheet Data wins over a "Channel Metrics" sheet',
    book: withSheet(
      withSheet(withoutSheet(base, 'ChannelMetrics'), 'Data', { ...metrics, table: 'ChannelMetrics' }),
      'Channel Metrics',
      archive,
    ),
    expect: (run) => {
      expect(run.sourceMap['channelMetrics']?.sheet).toBe('Data');
      expect(run.input.channelMetrics.map((r) => r.date)).toEqual(['2026-11-10', '2026-11-11']);
    },
  },
  {
    kind: 'ambiguous table or sheet',
    name: 'a ChannelMetrics table on its own ChannelMetrics sheet is one place',
    book: withTable(base, 'ChannelMetrics', 'ChannelMetrics'),
    expect: (run) => {
      expect(run.sourceMap['channelMetrics']?.source).toEqual({ kind: 'table', name: 'ChannelMetrics' });
      expect(run.input.channelMetrics).toHaveLength(2);
    },
  },
];

const duplicateTask = (book: Book): Book =>
  withRow(book, 'Tasks', { 'Task ID': 'T-1', 'Campaign ID': 'C-1', Title: 'Again', Status: 'pending' });

export const ALL_AT_ONCE_CASES: HostileCase[] = [
  {
    kind: 'problems in several tables',
    name: 'a cell error in Campaigns, a duplicate Task ID and a KPI Target that is not a figure',
    book: duplicateTask(
      withCell(withCell(base, 'Campaigns', 1, 'Budget Allocated', 'lots'), 'KPIs', 1, 'Target', 'soon'),
    ),
    expect: stopsWithAll(
      stops('invalid_value', 'Campaigns!E2'),
      stops('duplicate_id', 'Tasks!A6'),
      stops('invalid_target', 'KPIs!C2'),
    ),
  },
  {
    kind: 'problems in several tables',
    name: 'an unknown word in each of the four input tables',
    book: withCell(
      withCell(
        withCell(withCell(base, 'Campaigns', 1, 'Status', 'running'), 'Tasks', 2, 'Status', 'done'),
        'KPIs',
        2,
        'Type',
        'main',
      ),
      'ChannelMetrics',
      1,
      'Source',
      'modelled',
    ),
    expect: stopsWithAll(
      stops('invalid_choice', 'Campaigns!D2'),
      stops('invalid_choice', 'Tasks!D3'),
      stops('invalid_choice', 'KPIs!D3'),
      stops('invalid_choice', 'ChannelMetrics!J2'),
    ),
  },
  {
    kind: 'problems in several tables',
    name: 'no KPIs table, a bad Cost and a dependency on an unknown task',
    book: withCell(
      withCell(withoutSheet(base, 'KPIs'), 'ChannelMetrics', 2, 'Cost', 'abc'),
      'Tasks',
      3,
      'Depends On',
      'T-9',
    ),
    expect: stopsWithAll(
      stops('missing_table', 'KPIs'),
      stops('invalid_value', 'ChannelMetrics!G3'),
      stops('unknown_reference', 'Tasks!F4'),
    ),
  },
  {
    kind: 'problems in several tables',
    name: 'an ambiguous ChannelMetrics, a negative budget and a task on an unknown campaign',
    book: withCell(
      withCell(withSheet(base, 'Channel Metrics', archive), 'Campaigns', 1, 'Budget Allocated', -5),
      'Tasks',
      4,
      'Campaign ID',
      'C-9',
    ),
    expect: stopsWithAll(
      stops('ambiguous_source', 'ChannelMetrics'),
      stops('negative_value', 'Campaigns!E2'),
      stops('unknown_reference', 'Tasks!B5'),
    ),
  },
  {
    kind: 'problems in several tables',
    name: 'an unknown --campaign and a date that is not a date',
    book: withCell(base, 'Tasks', 1, 'Due Date', 'soon'),
    campaignIds: ['C-9'],
    expect: stopsWithAll(stops('invalid_value', 'Tasks!K2'), stops('unknown_campaign', 'Campaigns!A1:I1')),
  },
  {
    kind: 'problems in several tables',
    name: 'end before start and a KPI target of zero, with a Time Zone that does not exist',
    book: withCell(
      withCell(withCell(base, 'Campaigns', 1, 'End Date', '2026-10-01'), 'KPIs', 1, 'Target', 0),
      'Settings',
      1,
      'Value',
      'Mars/Olympus',
    ),
    expect: stopsWithAll(
      stops('invalid_value', 'Settings!B2'),
      stops('end_before_start', 'Campaigns!H2'),
      stops('invalid_target', 'KPIs!C2'),
    ),
  },
];
