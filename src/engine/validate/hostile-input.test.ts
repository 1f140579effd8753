import type { Issue } from '../issues/issue';
import { campaign, input, kpi, task } from '../testing/sample-input';
import { validateInput } from './validate-input';

function issuesOf(raw: unknown): Issue[] {
  const result = validateInput(raw);
  return result.ok ? result.warnings : result.issues;
}

const chain = (n: number) =>
  Array.from({ length: n }, (_, i) => task({ taskId: `T${i}`, dependsOn: i === 0 ? [] : [`T${i - 1}`] }));

describe('hostile input', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(names)('treats %s as an ordinary id', (id) => {
    const clean = input({
      campaigns: [campaign({ campaignId: id })],
      tasks: [task({ taskId: id, campaignId: id }), task({ taskId: 'T2', campaignId: id, dependsOn: [id] })],
      kpis: [kpi({ campaignId: id })],
      channelMetrics: [],
    });
    expect(issuesOf(clean)).toEqual([]);

    const wrong = input({
      campaigns: [campaign()],
      tasks: [task({ taskId: id }), task({ taskId: id, dependsOn: ['constructor2'] })],
      kpis: [kpi({ campaignId: id })],
      channelMetrics: [],
    });
    expect(issuesOf(wrong).map((i) => i.code)).toEqual([
      'duplicate_id',
      'unknown_reference',
      'unknown_reference',
    ]);
  });

  it('survives rows parsed from JSON with a __proto__ key', () => {
    const raw: unknown = JSON.parse(
      '{"campaigns":[{"__proto__":{"campaignId":"C1"}}],"tasks":[],"kpis":[],"channelMetrics":[],"taskUpdates":[]}',
    );
    const issues = issuesOf({ ...(raw as object), settings: input().settings });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.path[0] === 'campaigns')).toBe(true);
  });

  it('keeps 100,000-character values as data', () => {
    const long = 'x'.repeat(100_000);
    const raw = input({ tasks: [task({ taskId: long, title: long, dependsOn: [long + 'y'] })] });
    const issues = issuesOf(raw);
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown_reference', value: long + 'y' })]);
  });

  it('accepts a chain of 10,000 dependencies', () => {
    expect(issuesOf(input({ tasks: chain(10_000) }))).toEqual([]);
  });

  it('reports a 10,000-task cycle once, in order, without exhausting the stack', () => {
    const tasks = chain(10_000);
    tasks[0] = task({ taskId: 'T0', dependsOn: ['T9999'] });
    const issues = issuesOf(input({ tasks }));
    expect(issues).toHaveLength(1);
    const only = issues[0];
    if (only?.code !== 'dependency_cycle') throw new Error('expected a cycle');
    // T0 waits on T9999, which waits on T9998, … down to T1, which waits on T0.
    expect(only.cycle).toHaveLength(10_000);
    expect(only.cycle.slice(0, 3)).toEqual(['T0', 'T9999', 'T9998']);
    expect(only.cycle[9_999]).toBe('T1');
  });

  it('reports 10,000 malformed rows without failing', () => {
    const tasks = Array.from({ length: 10_000 }, (_, i) => task({ taskId: `T${i}`, attempts: -1 }));
    const issues = issuesOf(input({ tasks }));
    expect(issues).toHaveLength(10_000);
    expect(issues[9_999]).toEqual(
      expect.objectContaining({ code: 'negative_value', path: ['tasks', 9_999, 'attempts'] }),
    );
  });

  it.each([
    ['a number', 5],
    ['an array', []],
    ['a string', 'campaigns'],
  ])('an input that is %s names the missing tables', (_name, raw) => {
    expect(issuesOf(raw).every((i) => i.code === 'missing_table')).toBe(true);
  });

  it('a row that is not an object', () => {
    const raw = { ...input(), tasks: [task(), 42] };
    expect(issuesOf(raw)).toEqual([
      expect.objectContaining({
        code: 'invalid_value',
        path: ['tasks', 1],
        column: 'Tasks row',
        value: '42',
      }),
    ]);
  });
});
