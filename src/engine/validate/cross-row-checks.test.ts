import type { Issue } from '../issues/issue';
import { campaign, channelMetric, HOUR, input, kpi, T0, task } from '../testing/sample-input';
import { validateInput } from './validate-input';

function issuesOf(raw: unknown): Issue[] {
  const result = validateInput(raw);
  return result.ok ? result.warnings : result.issues;
}

describe('duplicate ids', () => {
  it('points each later row at the first one', () => {
    const issues = issuesOf(
      input({
        campaigns: [campaign(), campaign({ campaignId: 'C2' }), campaign()],
        tasks: [task(), task({ taskId: 'T2' }), task(), task({ taskId: 'T2' }), task()],
      }),
    );
    expect(issues).toEqual([
      {
        code: 'duplicate_id',
        severity: 'error',
        path: ['campaigns', 2, 'campaignId'],
        column: 'Campaign ID',
        value: 'C1',
        firstPath: ['campaigns', 0, 'campaignId'],
      },
      {
        code: 'duplicate_id',
        severity: 'error',
        path: ['tasks', 2, 'taskId'],
        column: 'Task ID',
        value: 'T1',
        firstPath: ['tasks', 0, 'taskId'],
      },
      {
        code: 'duplicate_id',
        severity: 'error',
        path: ['tasks', 3, 'taskId'],
        column: 'Task ID',
        value: 'T2',
        firstPath: ['tasks', 1, 'taskId'],
      },
      {
        code: 'duplicate_id',
        severity: 'error',
        path: ['tasks', 4, 'taskId'],
        column: 'Task ID',
        value: 'T1',
        firstPath: ['tasks', 0, 'taskId'],
      },
    ]);
  });

  it('matches ids exactly', () => {
    expect(issuesOf(input({ tasks: [task(), task({ taskId: 't1' }), task({ taskId: 'T1 ' })] }))).toEqual([]);
  });
});

describe('unknown references', () => {
  it('flags a Campaign ID missing from Campaigns in Tasks, KPIs and ChannelMetrics', () => {
    const issues = issuesOf(
      input({
        tasks: [task({ campaignId: 'C9' })],
        kpis: [kpi(), kpi({ campaignId: 'C8' })],
        channelMetrics: [channelMetric({ campaignId: 'C7' })],
      }),
    );
    expect(
      issues.map((i) => [i.code, i.path, 'value' in i ? i.value : null, 'table' in i ? i.table : null]),
    ).toEqual([
      ['unknown_reference', ['tasks', 0, 'campaignId'], 'C9', 'Campaigns'],
      ['unknown_reference', ['kpis', 1, 'campaignId'], 'C8', 'Campaigns'],
      ['unknown_reference', ['channelMetrics', 0, 'campaignId'], 'C7', 'Campaigns'],
    ]);
  });

  it('flags each unknown Depends On id once per cell', () => {
    const issues = issuesOf(
      input({ tasks: [task(), task({ taskId: 'T2', dependsOn: ['T9', 'T1', 'T9', 'T8'] })] }),
    );
    expect(issues).toEqual([
      {
        code: 'unknown_reference',
        severity: 'error',
        path: ['tasks', 1, 'dependsOn'],
        column: 'Depends On',
        value: 'T9',
        table: 'Tasks',
      },
      {
        code: 'unknown_reference',
        severity: 'error',
        path: ['tasks', 1, 'dependsOn'],
        column: 'Depends On',
        value: 'T8',
        table: 'Tasks',
      },
    ]);
  });
});

describe('dependency cycles', () => {
  const cycles = (tasks: ReturnType<typeof task>[]) =>
    issuesOf(input({ tasks })).map((i) => (i.code === 'dependency_cycle' ? [i.path, i.cycle] : i.code));

  it('a task that depends on itself', () => {
    expect(cycles([task({ dependsOn: ['T1'] })])).toEqual([[['tasks', 0, 'dependsOn'], ['T1']]]);
  });

  it('lists a cycle in Depends On order from its first row', () => {
    // T1 → T2 → T3 → T1 (each waits on the next); the first row is T1.
    const tasks = [
      task({ taskId: 'T3', dependsOn: ['T1'] }),
      task({ taskId: 'T1', dependsOn: ['T2'] }),
      task({ taskId: 'T2', dependsOn: ['T3'] }),
    ];
    expect(cycles(tasks)).toEqual([
      [
        ['tasks', 0, 'dependsOn'],
        ['T3', 'T1', 'T2'],
      ],
    ]);
  });

  it('reports separate cycles separately and a tangle of cycles once', () => {
    const tasks = [
      task({ taskId: 'A', dependsOn: ['B'] }),
      task({ taskId: 'B', dependsOn: ['A', 'C'] }),
      task({ taskId: 'C', dependsOn: ['A'] }),
      task({ taskId: 'D' }),
      task({ taskId: 'E', dependsOn: ['F', 'D'] }),
      task({ taskId: 'F', dependsOn: ['E', 'F'] }),
    ];
    expect(cycles(tasks)).toEqual([
      [
        ['tasks', 0, 'dependsOn'],
        ['A', 'B'],
      ],
      [
        ['tasks', 4, 'dependsOn'],
        ['E', 'F'],
      ],
      [['tasks', 5, 'dependsOn'], ['F']],
    ]);
  });

  it('accepts a diamond', () => {
    const tasks = [
      task({ taskId: 'A' }),
      task({ taskId: 'B', dependsOn: ['A'] }),
      task({ taskId: 'C', dependsOn: ['A'] }),
      task({ taskId: 'D', dependsOn: ['B', 'C'] }),
    ];
    expect(cycles(tasks)).toEqual([]);
  });
});

describe('End Date not after Start Date', () => {
  it.each([
    ['equal', T0, T0],
    ['before', T0, T0 - HOUR],
  ])('%s', (_name, startAt, endAt) => {
    expect(issuesOf(input({ campaigns: [campaign({ startAt, endAt })] }))).toEqual([
      {
        code: 'end_before_start',
        severity: 'error',
        path: ['campaigns', 0, 'endAt'],
        start: '2026-03-01T00:00:00.000Z',
        end: new Date(endAt).toISOString(),
      },
    ]);
  });

  it('passes one millisecond after', () => {
    expect(issuesOf(input({ campaigns: [campaign({ startAt: T0, endAt: T0 + 1 })] }))).toEqual([]);
  });
});

describe('spending without a budget', () => {
  const spend = (
    over: Partial<ReturnType<typeof campaign>>,
    costs: number[],
    currency: string | null = null,
  ) =>
    issuesOf(
      input({
        campaigns: [campaign({ budgetAllocated: 0, ...over })],
        channelMetrics: costs.map((cost) => channelMetric({ cost })),
        settings: { ...input().settings, currency },
      }),
    );

  it('uses Budget Spent when it is filled in', () => {
    expect(spend({ budgetSpent: 1250 }, [999])).toEqual([
      {
        code: 'spend_without_budget',
        severity: 'error',
        path: ['campaigns', 0, 'budgetAllocated'],
        spent: '$1,250.00',
        currency: 'USD',
      },
    ]);
  });

  it('sums ChannelMetrics cost exactly when Budget Spent is blank', () => {
    // 0.1 + 0.2 = 0.3 exactly (not 0.30000000000000004).
    expect(spend({}, [0.1, 0.2], 'EUR')).toEqual([
      expect.objectContaining({ spent: '€0.30', currency: 'EUR' }),
    ]);
  });

  it("prefers the campaign's currency", () => {
    expect(spend({ currency: 'JPY', budgetSpent: 1234.5 }, [], 'EUR')).toEqual([
      expect.objectContaining({ spent: '¥1,235', currency: 'JPY' }),
    ]);
  });

  it.each([
    ['nothing spent', {}, []],
    ['Budget Spent 0 overrides the costs', { budgetSpent: 0 }, [50]],
    ['zero costs', {}, [0, 0]],
  ])('no issue when %s', (_name, over, costs) => {
    expect(spend(over, costs)).toEqual([]);
  });

  it('no issue when a budget is allocated', () => {
    expect(spend({ budgetAllocated: 10 }, [50])).toEqual([]);
  });
});

describe('blocked without Blocked Since', () => {
  it('is a warning: the input still passes', () => {
    const result = validateInput(input({ tasks: [task({ status: 'blocked', blocker: 'legal' })] }));
    expect(result).toEqual({
      ok: true,
      input: expect.anything(),
      warnings: [
        {
          code: 'blocked_without_since',
          severity: 'warning',
          path: ['tasks', 0, 'blockedSince'],
          taskId: 'T1',
        },
      ],
    });
  });

  it('comes back with the errors when there are errors', () => {
    const raw = input({ tasks: [task({ status: 'blocked' }), task()] });
    const result = validateInput(raw);
    expect(result.ok).toBe(false);
    expect(issuesOf(raw).map((i) => [i.code, i.severity])).toEqual([
      ['duplicate_id', 'error'],
      ['blocked_without_since', 'warning'],
    ]);
  });
});

describe('date-times a workbook cannot hold', () => {
  it.each([
    ['a far-future due date', input({ tasks: [task({ dueAt: 9e15 })] }), ['tasks', 0, 'dueAt'], 'date'],
    [
      'a start before 1900',
      input({ campaigns: [campaign({ startAt: Date.UTC(1899, 11, 31) })] }),
      ['campaigns', 0, 'startAt'],
      'date_time',
    ],
    [
      'the report time',
      input({ settings: { ...input().settings, asOf: -9e15 } }),
      ['settings', 'As Of'],
      'date_time',
    ],
  ])('%s', (_name, raw, path, expected) => {
    expect(issuesOf(raw)).toEqual([expect.objectContaining({ code: 'invalid_value', path, expected })]);
  });
});
