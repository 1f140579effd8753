import type { RawCell, RawTable } from '../host';
import { CAMPAIGNS, CHANNEL_METRICS, KPIS, TASK_UPDATES, TASKS } from './input-contracts';
import { readTable, type TableSpec } from './read-table';

const options = { timeZone: 'UTC', severity: 'error' } as const;

function raw(header: RawCell[], rows: RawCell[][], more: Partial<RawTable> = {}): RawTable {
  return {
    source: { kind: 'table', name: 'Tasks' },
    sheet: 'Tasks',
    headerRow: 1,
    firstColumn: 1,
    header,
    rows,
    ...more,
  };
}

const TASK_HEADER = ['Task ID', 'Campaign ID', 'Title', 'Status'];

describe('readTable: columns', () => {
  it('finds columns by normalised name in any order and keeps unknown ones', () => {
    const read = readTable(
      raw(
        ['notes', 'STATUS', 'task_id', 'Campaign-ID', 'title'],
        [['n', 'In Progress', 'T1', 'C1', 'Launch']],
        {
          firstColumn: 3,
          headerRow: 5,
        },
      ),
      TASKS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows[0]).toMatchObject({
      taskId: 'T1',
      campaignId: 'C1',
      title: 'Launch',
      status: 'in_progress',
    });
    expect(read.location.width).toBe(5);
    expect({ ...read.location.columns }).toEqual({ status: 4, taskId: 5, campaignId: 6, title: 7 });
    expect(read.location.rows).toEqual([6]);
    expect(read.location.nextRow).toBe(7);
  });

  it('fills blank and missing optional columns with their defaults', () => {
    const read = readTable(
      raw(TASK_HEADER, [
        ['T1', 'C1', 'A', 'pending'],
        ['T2', 'C1', 'B', 'pending'],
      ]),
      TASKS,
      options,
    );
    expect(read.rows[0]).toEqual({
      taskId: 'T1',
      campaignId: 'C1',
      title: 'A',
      status: 'pending',
      critical: false,
      dependsOn: [],
      expectedResult: null,
      actualResult: null,
      estimatedHours: null,
      actualHours: null,
      dueAt: null,
      startedAt: null,
      completedAt: null,
      blockedSince: null,
      blocker: null,
      attempts: 0,
    });
    expect(read.rows[0]?.dependsOn).not.toBe(read.rows[1]?.dependsOn);
  });

  it('reports each missing required column once, and a duplicate known column', () => {
    const read = readTable(raw(['Title', 'title', 'Notes', 'notes'], [['A', 'B', 'x', 'y']]), TASKS, options);
    expect(read.issues).toEqual([
      {
        code: 'duplicate_column',
        table: 'Tasks',
        column: 'Title',
        path: ['tasks', 'title'],
        severity: 'error',
      },
      {
        code: 'missing_column',
        table: 'Tasks',
        column: 'Task ID',
        path: ['tasks', 'taskId'],
        severity: 'error',
      },
      {
        code: 'missing_column',
        table: 'Tasks',
        column: 'Campaign ID',
        path: ['tasks', 'campaignId'],
        severity: 'error',
      },
      {
        code: 'missing_column',
        table: 'Tasks',
        column: 'Status',
        path: ['tasks', 'status'],
        severity: 'error',
      },
    ]);
  });

  it('skips blank header cells', () => {
    const read = readTable(
      raw(
        [null, 'Task ID', '', 'Campaign ID', '  ', 'Title', 'Status'],
        [[null, 'T1', 'x', 'C1', null, 'A', 'pending']],
      ),
      TASKS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.location.width).toBe(7);
    expect(read.rows[0]?.taskId).toBe('T1');
  });

  it('reports a header row with no names once', () => {
    for (const header of [[], [null, ' ', { error: '#N/A' }]]) {
      const read = readTable(raw(header, []), TASKS, options);
      expect(read.issues).toEqual([
        { code: 'empty_header', table: 'Tasks', path: ['tasks'], severity: 'error' },
      ]);
    }
  });

  it('treats __proto__, constructor and toString as ordinary names', () => {
    const read = readTable(
      raw(
        ['__proto__', 'constructor', 'toString', ...TASK_HEADER],
        [['a', 'b', 'c', '__proto__', 'constructor', 'toString', 'pending']],
      ),
      TASKS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows[0]).toMatchObject({ taskId: '__proto__', campaignId: 'constructor', title: 'toString' });
    expect(Object.keys(read.location.columns).sort()).toEqual(['campaignId', 'status', 'taskId', 'title']);
    expect(read.location.width).toBe(7);
  });
});

describe('readTable: rows', () => {
  it('skips fully blank rows but keeps sheet row numbers', () => {
    const read = readTable(
      raw(TASK_HEADER, [
        ['T1', 'C1', 'A', 'pending'],
        [null, '', '  ', null],
        ['T2', 'C1', 'B', 'done'],
        [null, null, null, null],
      ]),
      TASKS,
      options,
    );
    expect(read.rows.map((r) => r.taskId)).toEqual(['T1', 'T2']);
    expect(read.location.rows).toEqual([2, 4]);
    expect(read.location.nextRow).toBe(6);
    expect(read.issues).toEqual([
      {
        code: 'invalid_choice',
        column: 'Status',
        value: 'done',
        allowed: ['pending', 'in_progress', 'completed', 'blocked', 'failed', 'cancelled'],
        path: ['tasks', 1, 'status'],
        severity: 'error',
      },
    ]);
  });

  it('reports required blanks and negative numbers with their paths', () => {
    const read = readTable(
      raw([...TASK_HEADER, 'Estimated Hours', 'Attempts'], [['T1', ' ', 'A', 'pending', -2, '1.5']]),
      TASKS,
      options,
    );
    expect(read.issues).toEqual([
      { code: 'required_value', column: 'Campaign ID', path: ['tasks', 0, 'campaignId'], severity: 'error' },
      {
        code: 'negative_value',
        column: 'Estimated Hours',
        value: -2,
        path: ['tasks', 0, 'estimatedHours'],
        severity: 'error',
      },
      {
        code: 'invalid_value',
        column: 'Attempts',
        value: '1.5',
        expected: 'integer',
        path: ['tasks', 0, 'attempts'],
        severity: 'error',
      },
    ]);
  });

  it('reads a ChannelMetrics figure left blank, or written as --, - or n/a, as not reported (null), never 0', () => {
    const header = ['Campaign ID', 'Channel', 'Ad Campaign', 'Impressions', 'Clicks', 'Conversions', 'Cost'];
    const read = readTable(
      raw(header, [
        ['C1', 'Google Ads – Display', 'Remarketing', 9000, 30, '--', 60],
        ['C1', 'Google Ads – Search', null, ' --', '-', 'n/a', ''],
        ['C1', 'Meta Ads', 'Prospecting', 0, 0, 0, 0],
      ]),
      CHANNEL_METRICS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.adCampaign, r.impressions, r.clicks, r.conversions, r.cost])).toEqual([
      ['Remarketing', 9000, 30, null, 60],
      [null, null, null, null, null],
      ['Prospecting', 0, 0, 0, 0],
    ]);
  });

  it('still needs the ChannelMetrics figure columns, and refuses text in them', () => {
    const read = readTable(
      raw(['Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Cost'], [['C1', 'X', 'lots', 1, 2]]),
      CHANNEL_METRICS,
      options,
    );
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_column', ['channelMetrics', 'conversions']],
      ['invalid_value', ['channelMetrics', 0, 'impressions']],
    ]);
  });

  it('keeps formula-like text as inert text', () => {
    const read = readTable(
      raw(TASK_HEADER, [
        ['T1', 'C1', '=HYPERLINK("http://evil","x")', 'pending'],
        ['T2', '+cmd', '@SUM(A1)', 'pending'],
      ]),
      TASKS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.campaignId, r.title])).toEqual([
      ['C1', '=HYPERLINK("http://evil","x")'],
      ['+cmd', '@SUM(A1)'],
    ]);
  });

  it('reads a KPI number shown as a percentage as the percentage text', () => {
    const header = ['Campaign ID', 'Metric', 'Target', 'Actual'];
    const read = readTable(
      raw(
        header,
        [
          ['C1', 'ctr', 0.035, 0.028],
          ['C1', 'clicks', 500, null],
        ],
        {
          numberFormats: [
            [null, null, '0.0%', '0.00%'],
            [null, null, 'General', null],
          ],
        },
      ),
      KPIS,
      options,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.target, r.actual, r.type, r.actualSource])).toEqual([
      ['3.5%', '2.8%', 'secondary', 'measured'],
      [500, null, 'secondary', 'measured'],
    ]);
  });

  it('reads 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      i % 10 === 9 ? [null, null, null, null] : [`T${i}`, 'C1', `Task ${i}`, 'pending'],
    );
    const read = readTable(raw(TASK_HEADER, rows), TASKS, options);
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(9_000);
    expect(read.rows[8_999]?.taskId).toBe('T9998');
    expect(read.location.rows[8_999]).toBe(10_000);
    expect(read.location.nextRow).toBe(10_002);
  });
});

describe('readTable: an Excel error in any column', () => {
  const specs: Array<TableSpec<unknown>> = [CAMPAIGNS, TASKS, KPIS, CHANNEL_METRICS, TASK_UPDATES] as Array<
    TableSpec<unknown>
  >;
  it.each(specs.map((spec) => [spec.key, spec] as const))(
    '%s reports #N/A in every column as cell_error',
    (_key, spec) => {
      const labels = Object.values(spec.labels) as string[];
      const read = readTable(raw(labels, [labels.map(() => ({ error: '#N/A' }))]), spec, options);
      expect(read.issues).toEqual(
        Object.entries(spec.labels as Record<string, string>).map(([field, column]) => ({
          code: 'cell_error',
          column,
          value: '#N/A',
          path: [spec.key, 0, field],
          severity: 'error',
        })),
      );
    },
  );
});

describe('readTable: merged cells', () => {
  const rows: RawCell[][] = [
    ['T1', 'C1', 'Brief', 'pending', 'x'],
    [null, 'C1', 'Ads', 'pending', null],
    [null, null, null, null, null],
    ['T3', 'C1', 'Report', 'pending', null],
  ];
  const header = [...TASK_HEADER, 'Notes'];
  const read = (merges: NonNullable<RawTable['merges']>, cells = rows) =>
    readTable(raw(header, cells, { merges }), TASKS, options);
  const filled = rows.map((r, i) => (i === 1 ? ['T2', ...r.slice(1)] : r));

  it('names a merge over a column it reads, at its first row, and does not also call the cells under it blank', () => {
    const result = read([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(result.issues).toEqual([
      {
        code: 'merged_cells',
        table: 'Tasks',
        range: 'A2:A3',
        path: ['tasks', 0, 'taskId'],
        severity: 'error',
      },
    ]);
  });

  it('names a merge in the header row', () => {
    const result = read([{ top: 1, left: 3, bottom: 1, right: 4 }], filled);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['merged_cells', ['tasks', 'title']]]);
  });

  it('leaves alone a merge over a column it does not read, over blank rows, or outside the table', () => {
    expect(
      read(
        [
          { top: 2, left: 5, bottom: 3, right: 5 },
          { top: 4, left: 1, bottom: 4, right: 3 },
          { top: 20, left: 1, bottom: 21, right: 1 },
          { top: 2, left: 9, bottom: 3, right: 10 },
        ],
        filled,
      ).issues,
    ).toEqual([]);
  });
});
