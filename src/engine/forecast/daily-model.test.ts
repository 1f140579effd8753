import type { LocalDate } from '../model/primitives';
import { SeededRandom } from '../testing/seeded-random';
import { weekdayIndex } from '../time/weekday';
import { addDays } from '../time/zoned';
import { Z95 } from '../stats/normal';
import { projectDays } from './daily-model';

const days = (from: LocalDate, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
const isWeekend = (d: LocalDate) => weekdayIndex(d) >= 5;

describe('projectDays', () => {
  // 2026-03-02 is a Monday: three full weeks of data, then ten days ahead from Monday 2026-03-23.
  const past = days('2026-03-02', 21);
  const ahead = days('2026-03-23', 10);

  it('projects a weekday/weekend pattern by day of week', () => {
    const spend = past.map((d) => (isWeekend(d) ? 20 : 100));
    const p = projectDays(spend, past, ahead, false);
    expect(p.method).toBe('day_of_week');
    // Ahead: Mon–Fri, Sat, Sun, Mon–Wed → 8 weekdays × 100 + 2 weekend days × 20 = 840 (a straight line
    // would say 10 × 77.14 = 771.4). No day strays from its weekday's level: no spread.
    expect(p.sum).toBeCloseTo(840, 10);
    expect(p.variance).toBeCloseTo(0, 10);
    // Weights against the average day (1,620 / 21 = 77.14): 1.296 on weekdays, 0.259 at weekends.
    expect(p.weights.map((w) => w.toFixed(3))).toEqual([
      '1.296',
      '1.296',
      '1.296',
      '1.296',
      '1.296',
      '0.259',
      '0.259',
    ]);
  });

  it('falls back to a straight line with fewer than 7 days of data', () => {
    const p = projectDays([100, 100, 20], past.slice(0, 3), ahead, false);
    expect(p.method).toBe('straight_line');
    // mean 73.33 × 10; spread: sample variance 6,400 / 3 = 2,133.3 → 10 × 2,133.3 + 100 × 2,133.3 / 3.
    expect(p.sum).toBeCloseTo(733.333, 3);
    expect(p.variance).toBeCloseTo(10 * (6400 / 3) + (100 * (6400 / 3)) / 3, 6);
  });

  it('never gives a count less spread than Poisson', () => {
    const p = projectDays([20, 20], past.slice(0, 2), ahead, true);
    // variance 0 is raised to the mean (20 a day): 10 × 20 + 100 × 20 / 2 = 1,200
    expect(p.variance).toBeCloseTo(1200, 10);
  });

  it('has a 95% range that covers the real total about 95% of the time (simulated, seeded)', () => {
    const rng = new SeededRandom(31);
    const runs = 1000;
    let covered = 0;
    for (let i = 0; i < runs; i += 1) {
      const draw = (d: LocalDate) => (isWeekend(d) ? 30 : 120) + 15 * rng.normal();
      const p = projectDays(past.map(draw), past, ahead, false);
      const actual = ahead.reduce((s, d) => s + draw(d), 0);
      if (Math.abs(actual - p.sum) <= Z95 * Math.sqrt(p.variance)) covered += 1;
    }
    expect(covered / runs).toBeGreaterThan(0.92);
    expect(covered / runs).toBeLessThan(0.98);
  });
});
