import { error, type Issue } from '../issues/issue';
import type { RowsToCheck } from './rows-to-check';
import { stronglyConnectedComponents } from './strong-components';

interface Graph {
  /** Position in `rows.tasks` of each task a task depends on (self-dependencies left out). */
  readonly edges: number[][];
  readonly ids: readonly string[];
  readonly rowIndexes: readonly number[];
}

function graphOf(rows: RowsToCheck): Graph {
  const position = new Map<string, number>();
  rows.tasks.forEach(({ row }, p) => {
    if (!position.has(row.taskId)) position.set(row.taskId, p);
  });
  const edges = rows.tasks.map(({ row }, p) => {
    const targets = new Set<number>();
    for (const id of row.dependsOn) {
      const q = position.get(id);
      if (q !== undefined && q !== p) targets.add(q);
    }
    return [...targets];
  });
  return { edges, ids: rows.tasks.map((t) => t.row.taskId), rowIndexes: rows.tasks.map((t) => t.index) };
}

/** The shortest way from `start` back to itself inside one component, following Depends On. */
function cycleThrough(start: number, members: ReadonlySet<number>, graph: Graph): number[] {
  const cameFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] ?? start;
    for (const w of graph.edges[v] ?? []) {
      if (w === start) {
        const cycle = [v];
        for (let u = cameFrom.get(v); u !== undefined; u = cameFrom.get(u)) cycle.push(u);
        return cycle.reverse();
      }
      if (members.has(w) && !cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/**
 * Tasks that depend on themselves, directly or through others. A task listing itself is one cycle;
 * every other group of tasks that wait on one another is reported once, as the shortest cycle through
 * its first row, listed in Depends On order (`T1` depends on `T2`, … the last depends on `T1`), with
 * the path at that first task's Depends On cell. Linear in the number of tasks and dependencies.
 *
 * @example dependencyCycles(rowsOf(input)) // [{ code: 'dependency_cycle', path: ['tasks', 0, 'dependsOn'], cycle: ['T1', 'T2', 'T3'] }]
 */
export function dependencyCycles(rows: RowsToCheck): Issue[] {
  const graph = graphOf(rows);
  const found: Array<{ position: number; cycle: number[] }> = [];
  rows.tasks.forEach(({ row }, p) => {
    if (row.dependsOn.includes(row.taskId)) found.push({ position: p, cycle: [p] });
  });
  for (const component of stronglyConnectedComponents(graph.edges)) {
    if (component.length < 2) continue;
    const start = component.reduce((a, b) => Math.min(a, b));
    found.push({ position: start, cycle: cycleThrough(start, new Set(component), graph) });
  }
  return found
    .sort((a, b) => a.position - b.position || a.cycle.length - b.cycle.length)
    .map(({ position, cycle }) =>
      error(['tasks', graph.rowIndexes[position] ?? position, 'dependsOn'], {
        code: 'dependency_cycle',
        cycle: cycle.map((p) => graph.ids[p] ?? ''),
      }),
    );
}
