import type { RawCell, RawTable, SourceRef } from '../host';
import { LOG_COLUMNS } from '../log-columns';
import { LOG_TABLES } from '../source-map';
import { readModel } from './read-model';

function raw(source: SourceRef, header: RawCell[], rows: RawCell[][] = [], sheet = source.name): RawTable {
  return { source, sheet, headerRow: 1, firstColumn: 1, header, rows };
}
const sheet = (name: string): SourceRef => ({ kind: 'sheet', name });
const table = (name: string): SourceRef => ({ kind: 'table', name });

const REQUIRED = [
  raw(sheet('Campaigns'), [
    'Campaign ID',
    'Mission ID',
    'Name',
    'Status',
    'Budget Allocated',
    'Start Date',
    'End Date',
  ]),
  raw(sheet('KPIs'), ['Campaign ID', 'Metric', 'Target']),
  raw(sheet('ChannelMetrics'), ['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Cost']),
];
const TASKS_HEADER = ['Task ID', 'Campaign ID', 'Title', 'Status'];

describe('readModel', () => {
  it('reports every missing required table', () => {
    const result = readModel([raw(sheet('Notes'), ['x'])]);
    if (result.ok) throw new Error('expected errors');
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_table', ['campaigns']],
      ['missing_table', ['tasks']],
      ['missing_table', ['kpis']],
      ['missing_table', ['channelMetrics']],
    ]);
    expect(Object.keys(result.sourceMap)).toEqual([]);
  });

  it('prefers a table to a sheet of the same name, whatever the order', () => {
    const fromSheet = raw(sheet('Tasks'), TASKS_HEADER, [['S1', 'C1', 'A', 'pending']]);
    const fromTable = raw(table('tasks'), TASKS_HEADER, [['T1', 'C1', 'A', 'pending']], 'Work');
    for (const tables of [
      [fromSheet, fromTable],
      [fromTable, fromSheet],
    ]) {
      const result = readModel([...REQUIRED, ...tables]);
      if (!result.ok) throw new Error('expected a model');
      expect(result.input.tasks.map((t) => t.taskId)).toEqual(['T1']);
      expect(result.sourceMap.tasks?.sheet).toBe('Work');
    }
  });

  it('returns errors and warnings together when anything is wrong', () => {
    const result = readModel([
      ...REQUIRED,
      raw(sheet('Tasks'), TASKS_HEADER, [['T1', 'C1', 'A', 'done']]),
      raw(sheet('Settings'), ['Key', 'Value'], [['Colour', 'blue']]),
    ]);
    if (result.ok) throw new Error('expected errors');
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'unknown_setting'],
      ['error', 'invalid_choice'],
    ]);
  });

  it('reads dates in the Settings time zone', () => {
    const result = readModel([
      ...REQUIRED,
      raw(sheet('Tasks'), [...TASKS_HEADER, 'Due Date'], [['T1', 'C1', 'A', 'pending', '2026-07-01']]),
      raw(sheet('Settings'), ['Key', 'Value'], [['time_zone', 'America/New_York']]),
    ]);
    if (!result.ok) throw new Error('expected a model');
    // New York is UTC−4 in July; the end of 2026-07-01 is 2026-07-02 04:00 UTC.
    expect(result.input.tasks[0]?.dueAt).toBe(Date.UTC(2026, 6, 2, 4));
  });

  it('reads the logs, leaving out damaged rows with a warning', () => {
    const result = readModel([
      ...REQUIRED,
      raw(sheet('Tasks'), TASKS_HEADER),
      raw(
        sheet('Task Log'),
        ['Time', 'Run ID', 'Task ID', 'From', 'To', 'Reason'],
        [
          ['2026-11-23 10:00', 'r1', 'T1', 'pending', 'in_progress', null],
          ['2026-11-23 11:00', 'r1', 'T2', 'pending', 'sideways', null],
          ['2026-11-24 10:00', 'r2', 'T1', 'in_progress', 'completed', 'shipped'],
        ],
      ),
      raw(
        table('Learnings'),
        ['Campaign ID', 'Learning'],
        [
          ['C1', '[MEASURED] a'],
          ['C1', null],
          ['C2', '[INFERENCE] b'],
        ],
        'Memory',
      ),
      raw(sheet('Campaign History'), ['Recorded At', 'Run ID'], [['2026-11-23', 'r1']]),
    ]);
    if (!result.ok) throw new Error('expected a model');
    expect(result.logs.taskLog.map((e) => [e.index, e.runId, e.taskId, e.from, e.to, e.time])).toEqual([
      [0, 'r1', 'T1', 'pending', 'in_progress', Date.UTC(2026, 10, 23, 10)],
      [2, 'r2', 'T1', 'in_progress', 'completed', Date.UTC(2026, 10, 24, 10)],
    ]);
    expect(result.logs.learnings).toEqual([
      { campaignId: 'C1', learning: '[MEASURED] a' },
      { campaignId: 'C2', learning: '[INFERENCE] b' },
    ]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['invalid_choice', ['taskLog', 1, 'to']],
      ['required_value', ['learnings', 1, 'learning']],
    ]);
    expect(result.sourceMap.campaignHistory).toMatchObject({ width: 2, nextRow: 3 });
    expect(result.sourceMap.learnings?.columns.learning).toBe(2);
  });

  it('knows no learnings when the Learnings table lacks a column', () => {
    const result = readModel([
      ...REQUIRED,
      raw(sheet('Tasks'), TASKS_HEADER),
      raw(sheet('Learnings'), ['Learning'], [['[MEASURED] a']]),
    ]);
    if (!result.ok) throw new Error('expected a model');
    expect(result.logs.learnings).toEqual([]);
    expect(result.warnings.map((w) => [w.severity, w.code, w.path])).toEqual([
      ['warning', 'missing_column', ['learnings', 'campaignId']],
    ]);
  });
});

describe('log tables the write plan appends to', () => {
  it.each(Object.keys(LOG_COLUMNS) as Array<keyof typeof LOG_COLUMNS>)(
    'locates every %s column the plan writes under, in any order',
    (log) => {
      const headers = Object.values(LOG_COLUMNS[log]).reverse();
      const result = readModel([
        ...REQUIRED,
        raw(sheet('Tasks'), TASKS_HEADER),
        raw(sheet(LOG_TABLES[log].sheet), ['Notes', ...headers]),
      ]);
      const location = result.sourceMap[log];
      expect(location).toBeDefined();
      for (const [key, header] of Object.entries(LOG_COLUMNS[log])) {
        // Column A holds the user's own Notes column; the log columns follow in reverse order.
        expect(location?.columns[key]).toBe(2 + headers.indexOf(header));
      }
    },
  );
});
