import { error } from '../issues/issue';
import { TASK_STATUSES } from '../model/statuses';
import { quote } from './quote';
import { renderIssue } from './render-issue';
import { outcomeText } from './render-rejection';

describe('messages', () => {
  it('renders the spec example', () => {
    const i = error(['tasks', 5, 'status'], {
      code: 'invalid_choice',
      column: 'Status',
      value: 'done',
      allowed: TASK_STATUSES,
    });
    expect(renderIssue(i)).toBe(
      'Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled',
    );
  });

  it('quotes hostile values visibly and briefly', () => {
    expect(quote('=HYPERLINK("x")\t')).toBe('"=HYPERLINK("x")\\t"');
    const long = quote('x'.repeat(100_000));
    expect(long.length).toBeLessThan(100);
    expect(long).toContain('(100000 characters)');
  });

  it('renders outcomes', () => {
    expect(outcomeText(null)).toBe('applied');
    expect(
      outcomeText({ code: 'unmet_dependencies', dependencies: [{ taskId: 'T1', status: 'pending' }] }),
    ).toBe('rejected: waiting on T1 (pending); a task starts when every task it depends on is completed');
    expect(renderIssue(error(['tasks'], { code: 'dependency_cycle', cycle: ['T1', 'T2'] }))).toBe(
      'Depends On makes a cycle: T1 → T2 → T1',
    );
  });
});

describe('ambiguous_source', () => {
  const at = (kind: 'table' | 'sheet', name: string, sheetRef: string) => ({ kind, name, sheetRef });
  it.each([
    [
      [at('table', 'ChannelMetrics', 'ChannelMetrics'), at('table', 'Channel_Metrics', "'Archive 2025'")],
      "Tables ChannelMetrics (sheet ChannelMetrics) and Channel_Metrics (sheet 'Archive 2025') both match ChannelMetrics: rename one",
    ],
    [
      [at('table', 'Channel_Metrics', "'Archive 2025'"), at('sheet', 'ChannelMetrics', 'ChannelMetrics')],
      "Table Channel_Metrics (sheet 'Archive 2025') and sheet ChannelMetrics both match ChannelMetrics: rename one, or name the table exactly ChannelMetrics",
    ],
    [
      [
        at('sheet', 'ChannelMetrics', 'ChannelMetrics'),
        at('sheet', 'Channel Metrics', "'Channel Metrics'"),
        at('sheet', 'channel-metrics', "'channel-metrics'"),
      ],
      "Sheets ChannelMetrics, 'Channel Metrics' and 'channel-metrics' all match ChannelMetrics: rename all but one",
    ],
  ])('names every place: %#', (candidates, text) => {
    const i = error(['channelMetrics'], { code: 'ambiguous_source', table: 'ChannelMetrics', candidates });
    expect(renderIssue(i)).toBe(text);
  });
});

describe('references to other places', () => {
  it('words the first occurrence of a duplicate with the host locator', () => {
    const i = error(['tasks', 7, 'taskId'], {
      code: 'duplicate_id',
      column: 'Task ID',
      value: 'T1',
      firstPath: ['tasks', 2, 'taskId'],
    });
    expect(renderIssue(i)).toBe('Task ID "T1" is used again (first at row 3 of tasks)');
    expect(renderIssue(i, () => 'Tasks!A4')).toBe('Task ID "T1" is used again (first at Tasks!A4)');
  });
});

describe('cell messages added for the workbook reader', () => {
  it.each([
    [
      {
        code: 'ambiguous_date',
        column: 'Due Date',
        value: '03/04/2026',
        candidates: ['2026-03-04', '2026-04-03'],
      },
      'Due Date "03/04/2026" is not a year-month-day date: write it as 2026-03-04 or 2026-04-03, or enter it as an Excel date',
    ],
    [
      { code: 'too_small', column: 'Retry Limit', value: 0, min: 1, inclusive: true },
      'Retry Limit 0 must be at least 1',
    ],
    [
      { code: 'too_small', column: 'Blocked Escalation Hours', value: 0, min: 0, inclusive: false },
      'Blocked Escalation Hours 0 must be greater than 0',
    ],
  ] as const)('%j', (detail, text) => {
    expect(renderIssue(error(['settings', 0, 'value'], detail))).toBe(text);
  });
});
