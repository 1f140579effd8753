import type { RawCell } from '../../../src/workbook/host';
import { isDataPending } from '../../../src/engine/report/data-pending';
import { baseBook, withCell, withoutSheet, withRow, withRows, type Book } from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';

const base = baseBook();
const settings = (rows: RawCell[][]): Book => withRows(base, 'Settings', rows);
const AS_OF: RawCell[] = ['As Of', '2026-11-20 12:00'];

const settingsCases: HostileCase[] = [
  {
    kind: 'bad setting',
    name: 'Time Zone "Mars/Olympus"',
    book: settings([['Time Zone', 'Mars/Olympus'], AS_OF]),
    expect: stops('invalid_value', 'Settings!B2'),
  },
  {
    kind: 'bad setting',
    name: 'Retry Limit 0',
    book: settings([['Time Zone', 'UTC'], AS_OF, ['Retry Limit', 0]]),
    expect: stops('too_small', 'Settings!B4'),
  },
  {
    kind: 'bad setting',
    name: 'Performance Threshold % "half"',
    book: settings([['Time Zone', 'UTC'], AS_OF, ['Performance Threshold %', 'half']]),
    expect: stops('invalid_value', 'Settings!B4'),
  },
  {
    kind: 'bad setting',
    name: 'Currency "EURO" in Settings',
    book: settings([['Time Zone', 'UTC'], AS_OF, ['Currency', 'EURO']]),
    expect: stops('invalid_value', 'Settings!B4'),
  },
  {
    kind: 'bad setting',
    name: 'Currency "dollars" on a campaign',
    book: withCell(base, 'Campaigns', 1, 'Currency', 'dollars'),
    expect: stops('invalid_value', 'Campaigns!I2'),
  },
  {
    kind: 'bad setting',
    name: 'As Of "yesterday"',
    book: settings([
      ['Time Zone', 'UTC'],
      ['As Of', 'yesterday'],
    ]),
    expect: stops('invalid_value', 'Settings!B3'),
  },
  {
    kind: 'bad setting',
    name: 'an unknown key is a warning, the run goes on',
    book: settings([['Time Zone', 'UTC'], AS_OF, ['Favourite colour', 'blue']]),
    expect: (run) => expect(run.lines).toEqual(['Settings!A4: unknown setting "Favourite colour" (ignored)']),
  },
];

const figureCases: HostileCase[] = [
  {
    kind: 'bad KPI or budget figure',
    name: 'KPI Target "about 200"',
    book: withCell(base, 'KPIs', 1, 'Target', 'about 200'),
    expect: stops('invalid_target', 'KPIs!C2'),
  },
  {
    kind: 'bad KPI or budget figure',
    name: 'KPI Target 0',
    book: withCell(base, 'KPIs', 1, 'Target', 0),
    expect: stops('invalid_target', 'KPIs!C2'),
  },
  {
    kind: 'bad KPI or budget figure',
    name: 'Budget Allocated 0 with $2,700 spent',
    book: withCell(base, 'Campaigns', 1, 'Budget Allocated', 0),
    expect: stops('spend_without_budget', 'Campaigns!E2'),
  },
  {
    kind: 'bad KPI or budget figure',
    name: 'two primary KPIs: a warning, the run goes on',
    book: withCell(base, 'KPIs', 2, 'Type', 'primary'),
    expect: (run) => {
      expect(run.lines.some((l) => /^KPIs!/.test(l) && /primary/.test(l))).toBe(true);
      expect(run.result.campaigns).toHaveLength(1);
    },
  },
];

const pausedOnly = withCell(base, 'Campaigns', 1, 'Status', 'paused');

const emptyCases: HostileCase[] = [
  {
    kind: 'empty table',
    name: 'every input table with a header and no row',
    book: ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates'].reduce(
      (book, sheet) => withRows(book, sheet, []),
      base,
    ),
    expect: stops('no_campaign_to_track', 'Campaigns!A1:I1'),
  },
  {
    kind: 'empty table',
    name: 'no active campaign',
    book: pausedOnly,
    expect: stops('no_campaign_to_track', 'Campaigns!A1:I1'),
  },
  {
    kind: 'empty table',
    name: 'Tasks and TaskUpdates with headers only: a report with no task',
    book: withRows(withRows(base, 'Tasks', []), 'TaskUpdates', []),
    expect: (run) => {
      expect(run.result.campaigns[0]?.report.task_summary.total).toBe(0);
      expect(run.result.taskChanges).toEqual([]);
    },
  },
  {
    kind: 'empty table',
    name: 'ChannelMetrics with a header only: figures are DATA PENDING',
    book: withRows(base, 'ChannelMetrics', []),
    expect: (run) => {
      const metrics = run.result.campaigns[0]?.feedback.metrics;
      expect(isDataPending(metrics?.impressions)).toBe(true);
      expect(isDataPending(metrics?.cpa)).toBe(true);
    },
  },
  {
    kind: 'empty table',
    name: 'KPIs with a header only',
    book: withRows(base, 'KPIs', []),
    expect: (run) => expect(run.result.campaigns[0]?.report.performance_vs_target).toEqual([]),
  },
  {
    kind: 'empty table',
    name: 'no TaskUpdates and no Settings at all',
    book: withoutSheet(withoutSheet(base, 'TaskUpdates'), 'Settings'),
    expect: (run) => {
      expect(run.result.updateOutcomes).toEqual([]);
      expect(run.input.settings.timeZone).toBe('UTC');
    },
  },
  {
    kind: 'empty table',
    name: 'blank rows between rows, and dashes in optional number cells, are blank',
    book: withCell(
      withRow(
        withRows(base, 'ChannelMetrics', [...(base.ChannelMetrics?.rows ?? []), Array(10).fill(null)]),
        'ChannelMetrics',
        {
          'Campaign ID': 'C-1',
          Channel: 'Meta',
          Impressions: 500,
          Clicks: 5,
          Conversions: 0,
          Cost: 20,
        },
      ),
      'ChannelMetrics',
      1,
      'Engagements',
      '—',
    ),
    expect: (run) => {
      expect(run.input.channelMetrics.map((r) => r.channel)).toEqual([
        'LinkedIn',
        'Google Ads – Search',
        'Meta',
      ]);
      expect(run.input.channelMetrics[0]?.engagements).toBeNull();
    },
  },
];

const warningCases: HostileCase[] = [
  {
    kind: 'inconsistent row (a warning)',
    name: 'a blocked task without Blocked Since',
    book: withCell(base, 'Tasks', 4, 'Blocked Since', null),
    expect: (run) => {
      expect(run.lines.filter((l) => l.startsWith('Tasks!N5: '))).toHaveLength(1);
      expect(run.result.campaigns[0]?.report.blockers.map((b) => b.task_id)).toEqual(['T-4']);
    },
  },
  {
    kind: 'inconsistent row (a warning)',
    name: 'a ChannelMetrics row dated after the report date is left out',
    book: withCell(base, 'ChannelMetrics', 2, 'Date', '2026-11-21'),
    expect: (run) => {
      expect(run.lines.filter((l) => l.startsWith('ChannelMetrics!C3: '))).toHaveLength(1);
      // Only LinkedIn's row counts: its cost is what was spent.
      expect(run.result.campaigns[0]?.report.channel_breakdown.map((c) => c.channel)).toEqual(['LinkedIn']);
    },
  },
];

export const SETTINGS_AND_TABLE_CASES: HostileCase[] = [
  ...settingsCases,
  ...figureCases,
  ...emptyCases,
  ...warningCases,
];
