/**
 * The strongly connected components of a directed graph given as adjacency lists (`edges[v]` lists
 * the nodes `v` points at), by Tarjan's algorithm without recursion: linear time, and a chain of any
 * length never exhausts the call stack. Every node is in exactly one component.
 *
 * @example stronglyConnectedComponents([[1], [0], []]) // [[1, 0], [2]]
 */
export function stronglyConnectedComponents(edges: ReadonlyArray<readonly number[]>): number[][] {
  const n = edges.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  const visit = (v: number, path: number[], nextEdge: number[]): void => {
    order[v] = counter;
    low[v] = counter;
    counter += 1;
    stack.push(v);
    onStack[v] = 1;
    path.push(v);
    nextEdge.push(0);
  };

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const path: number[] = [];
    const nextEdge: number[] = [];
    visit(root, path, nextEdge);
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top] ?? 0;
      const e = nextEdge[top] ?? 0;
      const out = edges[v] ?? [];
      if (e < out.length) {
        nextEdge[top] = e + 1;
        const w = out[e] ?? v;
        if ((order[w] ?? 0) === -1) visit(w, path, nextEdge);
        else if (onStack[w] === 1) low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        continue;
      }
      path.pop();
      nextEdge.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  }
  return components;
}
