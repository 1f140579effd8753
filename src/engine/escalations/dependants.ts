import type { Task } from '../model/task';

/** Ids of the unfinished tasks that wait on a task, directly or through other unfinished tasks. */
export type DependantsOf = (taskId: string) => readonly string[];

const isDone = (t: Task): boolean => t.status === 'completed' || t.status === 'cancelled';

/** Every tracked campaign asks about the same task list: index it once. */
const indexes = new WeakMap<readonly Task[], DependantsOf>();

/**
 * Indexes Depends On backwards once, so each question is a walk over the waiting tasks only. The walk
 * stops at completed or cancelled tasks: what depends on them is not waiting on the task asked about
 * through them. Ids come in input order.
 *
 * @example dependantsIndex(tasks)('T1') // ['T2', 'T4'] when T2 depends on T1 and T4 on T2
 */
export function dependantsIndex(tasks: readonly Task[]): DependantsOf {
  let index = indexes.get(tasks);
  if (index === undefined) {
    index = buildIndex(tasks);
    indexes.set(tasks, index);
  }
  return index;
}

function buildIndex(tasks: readonly Task[]): DependantsOf {
  const indexById = new Map<string, number>();
  tasks.forEach((task, i) => indexById.set(task.taskId, i));
  const waiting: number[][] = tasks.map(() => []);
  tasks.forEach((task, i) => {
    if (isDone(task)) return;
    for (const dep of task.dependsOn) {
      const d = indexById.get(dep);
      if (d !== undefined && d !== i) waiting[d]?.push(i);
    }
  });
  // A walk marks what it saw with its own stamp, so no set is allocated per question.
  const seenAt = new Uint32Array(tasks.length);
  let stamp = 0;
  return (taskId) => {
    const start = indexById.get(taskId);
    if (start === undefined) return [];
    stamp += 1;
    seenAt[start] = stamp;
    const found: number[] = [];
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const w of waiting[next] ?? []) {
        if (seenAt[w] === stamp) continue;
        seenAt[w] = stamp;
        found.push(w);
        queue.push(w);
      }
    }
    return Int32Array.from(found)
      .sort()
      .reduce<string[]>((ids, i) => {
        const id = tasks[i]?.taskId;
        if (id !== undefined) ids.push(id);
        return ids;
      }, []);
  };
}
