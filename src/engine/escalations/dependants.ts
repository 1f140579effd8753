import type { Task } from '../model/task';

/** Ids of the unfinished tasks that wait on a task, directly or through other unfinished tasks. */
export type DependantsOf = (taskId: string) => readonly string[];

const isDone = (t: Task): boolean => t.status === 'completed' || t.status === 'cancelled';

/**
 * Indexes Depends On backwards once, so each question is a walk over the waiting tasks only. The walk
 * stops at completed or cancelled tasks: what depends on them is not waiting on the task asked about
 * through them. Ids come in input order.
 *
 * @example dependantsIndex(tasks)('T1') // ['T2', 'T4'] when T2 depends on T1 and T4 on T2
 */
export function dependantsIndex(tasks: readonly Task[]): DependantsOf {
  const order = new Map<string, number>();
  const waiting = new Map<string, Task[]>();
  tasks.forEach((task, i) => {
    order.set(task.taskId, i);
    if (isDone(task)) return;
    for (const dep of task.dependsOn) {
      const list = waiting.get(dep) ?? [];
      list.push(task);
      waiting.set(dep, list);
    }
  });
  return (taskId) => {
    const seen = new Set<string>([taskId]);
    const found: string[] = [];
    const queue = [taskId];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const t of waiting.get(next) ?? []) {
        if (seen.has(t.taskId)) continue;
        seen.add(t.taskId);
        found.push(t.taskId);
        queue.push(t.taskId);
      }
    }
    return found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
}
