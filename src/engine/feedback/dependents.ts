import type { Task } from '../model/task';

/**
 * Tasks that wait on `taskId`, directly or through other tasks, and are neither completed nor
 * cancelled, in input order.
 *
 * @example openDependents(tasks, 'T1') // ['T2', 'T5'] when T2 depends on T1 and T5 on T2
 */
export function openDependents(tasks: readonly Task[], taskId: string): string[] {
  const found = new Set<string>();
  const queue = [taskId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const t of tasks) {
      if (t.dependsOn.includes(id) && !found.has(t.taskId) && t.taskId !== taskId) {
        found.add(t.taskId);
        queue.push(t.taskId);
      }
    }
  }
  return tasks
    .filter((t) => found.has(t.taskId) && t.status !== 'completed' && t.status !== 'cancelled')
    .map((t) => t.taskId);
}
