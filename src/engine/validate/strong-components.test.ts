import { stronglyConnectedComponents } from './strong-components';

const sorted = (components: number[][]) =>
  components.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));

describe('stronglyConnectedComponents', () => {
  it.each<[string, number[][], number[][]]>([
    ['no nodes', [], []],
    ['isolated nodes', [[], []], [[0], [1]]],
    ['a chain', [[1], [2], []], [[0], [1], [2]]],
    ['a two-node cycle and a tail', [[1], [0], [0]], [[0, 1], [2]]],
    [
      'two cycles joined by an edge',
      [[1], [0, 2], [3], [2]],
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['one big tangle', [[1, 2], [2], [0], [0, 1]], [[0, 1, 2], [3]]],
    ['a self loop', [[0], []], [[0], [1]]],
  ])('%s', (_name, edges, expected) => {
    expect(sorted(stronglyConnectedComponents(edges))).toEqual(expected);
  });

  it('walks a 200,000-node chain and ring without recursion', () => {
    const n = 200_000;
    const chain = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    expect(stronglyConnectedComponents(chain)).toHaveLength(n);
    const ring = Array.from({ length: n }, (_, i) => [(i + 1) % n]);
    const components = stronglyConnectedComponents(ring);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(n);
  });
});
