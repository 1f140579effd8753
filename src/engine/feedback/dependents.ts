import type { Task } from '../model/task';

interface DependentsIndex {
  /** Indexes of the tasks whose Depends On names the id. */
  readonly waitingOn: ReadonlyMap<string, readonly number[]>;
  /** Indexes of the tasks with the id. */
  readonly rowsOf: ReadonlyMap<string, readonly number[]>;
}

/** Built once per task list: the feedback asks about every blocked and failed task of a campaign. */
const indexes = new WeakMap<readonly Task[], DependentsIndex>();

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else list.push(index);
}

function indexOf(tasks: readonly Task[]): DependentsIndex {
  let index = indexes.get(tasks);
  if (index === undefined) {
    const waitingOn = new Map<string, number[]>();
    const rowsOf = new Map<string, number[]>();
    tasks.forEach((t, i) => {
      push(rowsOf, t.taskId, i);
      for (const dep of t.dependsOn) push(waitingOn, dep, i);
    });
    index = { waitingOn, rowsOf };
    indexes.set(tasks, index);
  }
  return index;
}

/**
 * Tasks that wait on `taskId`, directly or through other tasks, and are neither completed nor
 * cancelled, in input order.
 *
 * @example openDependents(tasks, 'T1') // ['T2', 'T5'] when T2 depends on T1 and T5 on T2
 */
export function openDependents(tasks: readonly Task[], taskId: string): string[] {
  const { waitingOn, rowsOf } = indexOf(tasks);
  const found = new Set<string>();
  const queue = [taskId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const i of waitingOn.get(id) ?? []) {
      const dependent = tasks[i]?.taskId;
      if (dependent === undefined || dependent === taskId || found.has(dependent)) continue;
      found.add(dependent);
      queue.push(dependent);
    }
  }
  const rows = [...found].flatMap((id) => rowsOf.get(id) ?? []).sort((a, b) => a - b);
  return rows.flatMap((i) => {
    const t = tasks[i];
    return t === undefined || t.status === 'completed' || t.status === 'cancelled' ? [] : [t.taskId];
  });
}
