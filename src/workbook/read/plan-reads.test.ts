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
      { source: { kind: 'sheet', name: 'Campaigns' } },
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

  it('takes the first of two tables whose names match the same input', () => {
    const { requests } = planReads({
      sheets: [],
      tables: [
        { name: 'Task_Updates', sheet: 'A' },
        { name: 'TaskUpdates', sheet: 'B' },
      ],
    });
    expect(requests).toContainEqual({ source: { kind: 'table', name: 'Task_Updates' } });
    expect(requests).not.toContainEqual({ source: { kind: 'table', name: 'TaskUpdates' } });
  });

  it('ignores names that are object keys', () => {
    const { requests } = planReads({
      sheets: ['__proto__', 'constructor', 'toString'],
      tables: [{ name: 'hasOwnProperty', sheet: '__proto__' }],
    });
    expect(requests).toEqual([]);
  });
});
