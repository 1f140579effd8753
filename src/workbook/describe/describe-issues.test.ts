import { error, warning } from '../../engine/issues/issue';
import { TASK_STATUSES } from '../../engine/model/statuses';
import type { SourceMap, TableLocation } from '../source-map';
import { describeIssues } from './describe-issues';

function location(sheet: string, columns: Record<string, number>, rows: number[], width = 8): TableLocation {
  return {
    source: { kind: 'table', name: sheet },
    sheet,
    headerRow: 1,
    firstColumn: 1,
    width,
    columns: Object.assign(Object.create(null) as Record<string, number | undefined>, columns),
    rows,
    nextRow: (rows[rows.length - 1] ?? 1) + 1,
  };
}

const sourceMap: SourceMap = {
  campaigns: location('Campaigns', { campaignId: 1, status: 4 }, [2, 3]),
  tasks: location('Tasks', { taskId: 1, status: 4 }, [2, 3, 5, 6, 7]),
  settings: location('Settings', { key: 1, value: 2 }, [2], 2),
};

describe('describeIssues', () => {
  it('prefixes the spec example with its address', () => {
    const issues = [
      error(['tasks', 4, 'status'], {
        code: 'invalid_choice',
        column: 'Status',
        value: 'done',
        allowed: TASK_STATUSES,
      }),
    ];
    expect(describeIssues(issues, sourceMap)).toEqual([
      {
        code: 'invalid_choice',
        severity: 'error',
        address: { sheet: 'Tasks', row: 7, column: 4, a1: 'Tasks!D7' },
        text: 'Tasks!D7: Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled',
      },
    ]);
  });

  it('words references with addresses, names the table when there is no address, and orders errors first by place', () => {
    const issues = [
      warning(['settings', 0, 'key'], { code: 'unknown_setting', key: 'Colour' }),
      error(['tasks', 3, 'taskId'], {
        code: 'duplicate_id',
        column: 'Task ID',
        value: 'T1',
        firstPath: ['tasks', 0, 'taskId'],
      }),
      error(['tasks', 1, 'status'], { code: 'required_value', column: 'Status' }),
      error(['tasks', 1, 'taskId'], { code: 'required_value', column: 'Task ID' }),
      error(['kpis'], { code: 'missing_table', table: 'KPIs' }),
      error(['campaigns', 'missionId'], { code: 'missing_column', table: 'Campaigns', column: 'Mission ID' }),
      warning(['tasks', 0, 'status'], { code: 'unknown_setting', key: 'x' }),
      error(['campaigns', 1, 'status'], { code: 'required_value', column: 'Status' }),
    ];
    expect(describeIssues(issues, sourceMap).map((d) => [d.severity, d.text])).toEqual([
      ['error', 'Campaigns!A1:H1: Campaigns has no column "Mission ID" (required)'],
      ['error', 'Campaigns!D3: Status is required'],
      ['error', 'Tasks!A3: Task ID is required'],
      ['error', 'Tasks!D3: Status is required'],
      ['error', 'Tasks!A6: Task ID "T1" is used again (first at Tasks!A2)'],
      ['error', 'KPIs: the workbook has no table or sheet named "KPIs"'],
      ['warning', 'Tasks!D2: unknown setting "x" (ignored)'],
      ['warning', 'Settings!A2: unknown setting "Colour" (ignored)'],
    ]);
  });

  it('falls back to row words for a reference outside the map', () => {
    const issues = [
      error(['tasks', 0, 'taskId'], {
        code: 'duplicate_id',
        column: 'Task ID',
        value: 'T1',
        firstPath: ['kpis', 2, 'x'],
      }),
    ];
    expect(describeIssues(issues, sourceMap)[0]?.text).toBe(
      'Tasks!A2: Task ID "T1" is used again (first at row 3 of kpis)',
    );
  });

  it('quotes long and hostile values briefly', () => {
    const issues = [
      error(['tasks', 0, 'status'], {
        code: 'invalid_choice',
        column: 'Status',
        value: '=HYPERLINK("x")' + 'y'.repeat(100_000),
        allowed: TASK_STATUSES,
      }),
    ];
    const [line] = describeIssues(issues, sourceMap);
    expect(line?.text.length).toBeLessThan(200);
    expect(line?.text.startsWith('Tasks!D2: Status "=HYPERLINK("x")')).toBe(true);
  });
});
