import { planReads } from './plan-reads';

describe('planReads', () => {
  it('prefers a table to a sheet of the same name, and asks for number formats where needed', () => {
    const { requests, issues } = planReads({
      sheets: ['Campaigns', 'Tasks', 'Data', 'KPIs', 'Channel Metrics', 'Settings', 'Task Log'],
      tables: [
        { name: 'tasks_table', sheet: 'Data' },
        { name: 'Tasks', sheet: 'Data' },
        { name: 'kpis', sheet: 'KPIs' },
      ],
    });
    expect(issues).toEqual([]);
    expect(requests).toEqual([
      { source: { kind: 'sheet', name: 'Campaigns' }, withNumberFormats: true },
      { source: { kind: 'table', name: 'Tasks' } },
      { source: { kind: 'table', name: 'kpis' }, withNumberFormats: true },
      { source: { kind: 'sheet', name: 'Channel Metrics' } },
      { source: { kind: 'sheet', name: 'Settings' }, withNumberFormats: true },
      { source: { kind: 'sheet', name: 'Task Log' } },
    ]);
  });

  it('reports every missing required table, and no optional one', () => {
    const { requests, issues } = planReads({ sheets: ['Sheet1', 'Tasks'], tables: [] });
    expect(requests).toEqual([{ source: { kind: 'sheet', name: 'Tasks' } }]);
    expect(issues).toEqual([
      { code: 'missing_table', table: 'Campaigns', path: ['campaigns'], severity: 'error' },
      { code: 'missing_table', table: 'KPIs', path: ['kpis'], severity: 'error' },
      { code: 'missing_table', table: 'ChannelMetrics', path: ['channelMetrics'], severity: 'error' },
    ]);
  });

  it('reads neither of two tables whose names match the same input, and says where both are', () => {
    const { requests, issues } = planReads({
      sheets: ['A', 'Archive 2025', 'Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics'],
      tables: [
        { name: 'Task_Updates', sheet: 'A' },
        { name: 'TaskUpdates', sheet: 'Archive 2025' },
      ],
    });
    expect(requests.map((r) => r.source.name)).toEqual(['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics']);
    expect(issues).toEqual([
      {
        code: 'ambiguous_source',
        table: 'TaskUpdates',
        path: ['taskUpdates'],
        severity: 'error',
        candidates: [
          { kind: 'table', name: 'Task_Updates', sheetRef: 'A' },
          { kind: 'table', name: 'TaskUpdates', sheetRef: "'Archive 2025'" },
        ],
      },
    ]);
  });

  it.each<[string, { sheets: string[]; tables: Array<{ name: string; sheet: string }> }, string[] | null]>([
    [
      'a table not named exactly beside a sheet that matches: ambiguous',
      { sheets: ['ChannelMetrics', 'Old'], tables: [{ name: 'Channel_Metrics', sheet: 'Old' }] },
      null,
    ],
    ['two sheets that match: ambiguous', { sheets: ['ChannelMetrics', 'Channel Metrics'], tables: [] }, null],
    [
      'a table named exactly wins over a sheet elsewhere',
      { sheets: ['Channel Metrics', 'Data'], tables: [{ name: 'ChannelMetrics', sheet: 'Data' }] },
      ['table ChannelMetrics'],
    ],
    [
      'a table on the sheet of the same name is one place',
      { sheets: ['Channel Metrics'], tables: [{ name: 'Channel_Metrics', sheet: 'Channel Metrics' }] },
      ['table Channel_Metrics'],
    ],
    ['one sheet', { sheets: ['channel-metrics'], tables: [] }, ['sheet channel-metrics']],
  ])('%s', (_name, inventory, chosen) => {
    const { requests, issues } = planReads(inventory);
    const metrics = requests.filter((r) => /channel/i.test(r.source.name));
    if (chosen === null) {
      expect(metrics).toEqual([]);
      expect(issues.filter((i) => i.code === 'ambiguous_source').map((i) => i.path)).toEqual([
        ['channelMetrics'],
      ]);
    } else {
      expect(metrics.map((r) => `${r.source.kind} ${r.source.name}`)).toEqual(chosen);
      expect(issues.filter((i) => i.code === 'ambiguous_source')).toEqual([]);
    }
  });

  it('ignores names that are object keys', () => {
    const { requests } = planReads({
      sheets: ['__proto__', 'constructor', 'toString'],
      tables: [{ name: 'hasOwnProperty', sheet: '__proto__' }],
    });
    expect(requests).toEqual([]);
  });
});
