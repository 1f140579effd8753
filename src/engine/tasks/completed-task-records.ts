import type { z } from 'zod';
import { Dec, roundTo } from '../money/decimal';
import type { Task } from '../model/task';
import type { completedTaskSchema } from '../report/output-schemas';
import { numericResult } from './numeric-result';

/** One entry of the report's `completed_tasks`. */
export type CompletedTask = z.infer<typeof completedTaskSchema>;

type Deviation = CompletedTask['deviations'][number];

/** (actual − estimated) / estimated × 100, one decimal; `null` without both or with an estimate of 0. */
function hoursVariancePct(task: Task): number | null {
  const { estimatedHours: estimated, actualHours: actual } = task;
  if (estimated === null || actual === null || estimated === 0) return null;
  return roundTo(new Dec(actual).minus(estimated).div(estimated).times(100), 1);
}

/** Both results are numbers of the same kind and the actual one is lower. */
function resultBelowExpected(task: Task): boolean {
  const expected = numericResult(task.expectedResult);
  const actual = numericResult(task.actualResult);
  if (expected === null || actual === null || expected.unit !== actual.unit) return false;
  return actual.value.lessThan(expected.value);
}

function deviationsOf(task: Task): Deviation[] {
  const deviations: Deviation[] = [];
  if (task.estimatedHours !== null && task.actualHours !== null && task.actualHours > task.estimatedHours) {
    deviations.push('over_estimate');
  }
  if (task.completedAt !== null && task.dueAt !== null && task.completedAt > task.dueAt) {
    deviations.push('finished_late');
  }
  if (resultBelowExpected(task)) deviations.push('result_below_expected');
  return deviations;
}

/**
 * For each completed task, in input order: expected vs actual result, estimated vs actual hours with
 * their variance, and how it deviated from plan (instruction 2 of the source procedure).
 *
 * @example
 * completedTaskRecords([{ …task, status: 'completed', estimatedHours: 8, actualHours: 10 }])
 * // [{ task_id: 'T1', …, hours_variance_pct: 25, deviations: ['over_estimate'] }]
 */
export function completedTaskRecords(tasks: readonly Task[]): CompletedTask[] {
  return tasks
    .filter((t) => t.status === 'completed')
    .map((t) => ({
      task_id: t.taskId,
      title: t.title,
      expected_result: t.expectedResult,
      actual_result: t.actualResult,
      estimated_hours: t.estimatedHours,
      actual_hours: t.actualHours,
      hours_variance_pct: hoursVariancePct(t),
      deviations: deviationsOf(t),
    }));
}
