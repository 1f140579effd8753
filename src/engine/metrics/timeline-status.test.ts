import { Dec } from '../money/decimal';
import { timelineStatus } from './timeline-status';

describe('timelineStatus', () => {
  it.each<[string, string, boolean, string]>([
    // gap = expected − progress; at risk above 10 points, delayed above 25 (defaults)
    ['50', '60', false, 'on_track'],
    ['49.9', '60', false, 'at_risk'],
    ['35', '60', false, 'at_risk'],
    ['34.9', '60', false, 'delayed'],
    ['80', '60', false, 'on_track'],
    ['100', '0', false, 'on_track'],
    ['100', '100', true, 'delayed'],
  ])('progress %s vs expected %s, late critical %s → %s', (progress, expected, late, status) => {
    expect(timelineStatus(new Dec(progress), new Dec(expected), late)).toBe(status);
  });

  it('takes the gaps from Settings', () => {
    const gaps = { timelineAtRiskGapPct: 0, timelineDelayedGapPct: 5 };
    expect(timelineStatus(new Dec(60), new Dec(60), false, gaps)).toBe('on_track');
    expect(timelineStatus(new Dec(59), new Dec(60), false, gaps)).toBe('at_risk');
    expect(timelineStatus(new Dec(55), new Dec(60), false, gaps)).toBe('at_risk');
    expect(timelineStatus(new Dec(54), new Dec(60), false, gaps)).toBe('delayed');
  });
});
