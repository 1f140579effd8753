import { seeded } from './random';

describe('seeded', () => {
  it('gives the same numbers for the same seed, and others for another seed', () => {
    const draw = (seed: number) => {
      const r = seeded(seed);
      return Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    };
    expect(draw(2026)).toEqual(draw(2026));
    expect(draw(2026)).not.toEqual(draw(2027));
  });

  it('stays within its bounds and reaches both ends', () => {
    const r = seeded(1);
    const values = Array.from({ length: 2_000 }, () => r.int(3, 7));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(7);
    const floats = Array.from({ length: 2_000 }, () => r.next());
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
  });

  it('picks from a list and refuses an empty one', () => {
    const r = seeded(5);
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    expect(() => r.pick([])).toThrow('pick from an empty list');
  });
});
