import { kpiRag } from './kpi-rag';

describe('kpiRag', () => {
  test.each([
    [0, 'red'],
    [49.9, 'red'],
    [50, 'amber'],
    [99.9, 'amber'],
    [100, 'green'],
    [116.7, 'green'],
    ['DATA PENDING — ETA: 2026-11-25', null],
  ] as const)('%s %% of target with a 50 %% threshold → %s', (pct, rag) => {
    expect(kpiRag(pct, 50)).toBe(rag);
  });
});
