import type { Task } from '../model/task';
import { list } from './quote';
import { shortText } from './short-text';

const MAX_LISTED = 5;
/** A report words thousands of escalations over the same task list: index it once. */
const indexes = new WeakMap<readonly Task[], ReadonlyMap<string, Task>>();

function indexOf(tasks: readonly Task[]): ReadonlyMap<string, Task> {
  let index = indexes.get(tasks);
  if (index === undefined) {
    index = new Map(tasks.map((t) => [t.taskId, t]));
    indexes.set(tasks, index);
  }
  return index;
}

/**
 * A task for people: its id and title.
 *
 * @example taskName(task) // 'T3 “Launch landing page”'
 */
export function taskName(task: Pick<Task, 'taskId' | 'title'>): string {
  return `${task.taskId} “${shortText(task.title)}”`;
}

/**
 * Several tasks by id, with their titles when known, at most five and then how many more.
 *
 * @example taskList(['T4', 'T5'], tasks) // 'T4 “Send newsletter” and T5 “Webinar”'
 */
export function taskList(ids: readonly string[], tasks: readonly Task[]): string {
  const byId = indexOf(tasks);
  const named = ids.slice(0, MAX_LISTED).map((id) => {
    const task = byId.get(id);
    return task === undefined ? id : taskName(task);
  });
  if (ids.length > MAX_LISTED) named.push(`${ids.length - MAX_LISTED} more`);
  return list(named);
}

/**
 * A number of tasks in words.
 *
 * @example taskCount(1) // '1 task'
 * @example taskCount(3) // '3 tasks'
 */
export function taskCount(n: number): string {
  return `${n} task${n === 1 ? '' : 's'}`;
}
