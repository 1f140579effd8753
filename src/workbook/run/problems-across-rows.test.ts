import { error } from '../../engine/issues/issue';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { makeCampaign, makeInput, makeKpi, makeTask } from '../../engine/testing/fixtures';
import { problemsAcrossRows } from './problems-across-rows';

/** A task whose Task ID cell could not be read: the reader leaves it blank. */
const unread = (id: string) =>
  ({ ...makeTask(id), taskId: null }) as unknown as TrackingInput['tasks'][number];

const input = makeInput({
  campaigns: [makeCampaign()],
  tasks: [makeTask('T1'), unread('T2'), makeTask('T3', { dependsOn: ['T2'] }), makeTask('T1')],
  kpis: [makeKpi('ctr', 'soon', { type: 'primary' })],
});
const cellError = (table: string, row: number, field: string) =>
  error([table, row, field], { code: 'text_too_long', column: field, length: 40_000, max: 32_767 });

describe('problemsAcrossRows', () => {
  it('adds the engine’s problems to the reader’s cell errors', () => {
    const codes = problemsAcrossRows([cellError('kpis', 0, 'metric')], input, ['C9']).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate_id', 'invalid_target', 'unknown_campaign']));
  });

  it('calls no reference unknown while an ID it may name could not be read', () => {
    const issues = problemsAcrossRows([cellError('tasks', 1, 'taskId')], input, []);
    expect(issues.map((i) => i.code)).not.toContain('unknown_reference');
    const withRead = problemsAcrossRows([cellError('kpis', 0, 'metric')], input, []);
    expect(withRead.map((i) => i.code)).toContain('unknown_reference');
  });

  it('leaves the checks for the next run when Campaigns or Tasks lacks its shape', () => {
    const missing = error(['tasks', 'taskId'], { code: 'missing_column', table: 'Tasks', column: 'Task ID' });
    expect(problemsAcrossRows([missing], input, ['C9'])).toEqual([]);
  });
});
