import type { Issue } from '../issues/issue';
import { TASK_STATUSES } from '../model/statuses';
import { campaign, channelMetric, input, task } from '../testing/sample-input';
import { validateInput } from './validate-input';

function issuesOf(raw: unknown): Issue[] {
  const result = validateInput(raw);
  return result.ok ? result.warnings : result.issues;
}

describe('validateInput: a valid input', () => {
  it('passes with no issues and returns the parsed input', () => {
    const result = validateInput(input());
    expect(result).toEqual({ ok: true, input: input(), warnings: [] });
  });
});

describe('validateInput: cell values (zod findings)', () => {
  it.each<[string, unknown, Partial<Issue>]>([
    [
      'a status that is not a choice',
      input({ tasks: [task({ status: 'done' as 'pending' })] }),
      {
        code: 'invalid_choice',
        path: ['tasks', 0, 'status'],
        column: 'Status',
        value: 'done',
        allowed: [...TASK_STATUSES],
      },
    ],
    [
      'a negative budget',
      input({ campaigns: [campaign({ budgetAllocated: -5 })] }),
      {
        code: 'negative_value',
        path: ['campaigns', 0, 'budgetAllocated'],
        column: 'Budget Allocated',
        value: -5,
      },
    ],
    [
      'an empty required text',
      input({ tasks: [task({ title: '' })] }),
      { code: 'required_value', path: ['tasks', 0, 'title'], column: 'Title' },
    ],
    [
      'a blank required cell',
      input({ campaigns: [campaign({ missionId: null as unknown as string })] }),
      { code: 'required_value', path: ['campaigns', 0, 'missionId'], column: 'Mission ID' },
    ],
    [
      'text in a boolean column',
      input({ tasks: [task({ critical: 'yes' as unknown as boolean })] }),
      {
        code: 'invalid_value',
        path: ['tasks', 0, 'critical'],
        column: 'Critical',
        value: 'yes',
        expected: 'boolean',
      },
    ],
    [
      'a fraction in an integer column',
      input({ tasks: [task({ attempts: 1.5 })] }),
      { code: 'invalid_value', path: ['tasks', 0, 'attempts'], value: '1.5', expected: 'integer' },
    ],
    [
      'text in a date column',
      input({ tasks: [task({ dueAt: 'tomorrow' as unknown as number })] }),
      { code: 'invalid_value', path: ['tasks', 0, 'dueAt'], column: 'Due Date', expected: 'date' },
    ],
    [
      'a lower-case currency code',
      input({ campaigns: [campaign({ currency: 'usd' })] }),
      { code: 'invalid_value', path: ['campaigns', 0, 'currency'], value: 'usd', expected: 'currency_code' },
    ],
    [
      'text in a money column',
      input({ channelMetrics: [channelMetric({ cost: '12 EUR' as unknown as number })] }),
      { code: 'invalid_value', path: ['channelMetrics', 0, 'cost'], column: 'Cost', expected: 'money' },
    ],
    [
      'a setting, named as the user writes its key',
      input({ settings: { ...input().settings, retryLimit: 'three' as unknown as number } }),
      {
        code: 'invalid_value',
        path: ['settings', 'Retry Limit'],
        column: 'Retry Limit',
        value: 'three',
        expected: 'integer',
      },
    ],
    [
      'a missing table',
      { ...input(), kpis: undefined },
      { code: 'missing_table', path: ['kpis'], table: 'KPIs' },
    ],
  ])('%s', (_name, raw, expected) => {
    const result = validateInput(raw);
    expect(result.ok).toBe(false);
    expect(issuesOf(raw)).toEqual([expect.objectContaining({ severity: 'error', ...expected })]);
  });

  it('keeps the path into a list cell', () => {
    const raw = input({ tasks: [task({ dependsOn: [7 as unknown as string] })] });
    expect(issuesOf(raw)).toEqual([
      expect.objectContaining({
        code: 'invalid_value',
        path: ['tasks', 0, 'dependsOn', 0],
        column: 'Depends On',
      }),
    ]);
  });

  it('names every table when the input is not an object at all', () => {
    expect(issuesOf(null).map((i) => [i.code, i.path])).toEqual([
      ['missing_table', ['campaigns']],
      ['missing_table', ['tasks']],
      ['missing_table', ['kpis']],
      ['missing_table', ['channelMetrics']],
      ['missing_table', ['taskUpdates']],
      ['missing_table', ['settings']],
    ]);
  });

  it('reports a malformed value and the cross-row errors of the other rows at once', () => {
    const raw = input({
      tasks: [task(), task({ taskId: 'T2', status: 'done' as 'pending' }), task({ taskId: 'T1' })],
    });
    expect(issuesOf(raw).map((i) => [i.code, i.path])).toEqual([
      ['invalid_choice', ['tasks', 1, 'status']],
      ['duplicate_id', ['tasks', 2, 'taskId']],
    ]);
  });

  it('does not call a reference unknown when the row it names is malformed elsewhere', () => {
    const raw = input({
      tasks: [task({ title: '' }), task({ taskId: 'T2', dependsOn: ['T1'] })],
      campaigns: [campaign({ budgetAllocated: -1 })],
    });
    expect(issuesOf(raw).map((i) => i.code)).toEqual(['negative_value', 'required_value']);
  });
});
