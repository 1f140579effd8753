import type { ChannelTotals, DerivedMetric, Direction } from '../analysis/campaign-analysis';
import type { Dec } from '../money/decimal';
import { derivedActual } from './derived-actual';

export interface ChannelFigure {
  readonly channel: string;
  readonly value: Dec;
}

/**
 * The best and the worst channel on a derived metric, among the channels with at least `minClicks`
 * clicks (Settings Min Clicks For Comparison) that have a value for it; `null` with fewer than two
 * such channels. Ties keep the channel that comes first.
 *
 * @example channelExtremes('cpa', channels, 'lower_is_better', 100) // { best: { channel: 'LinkedIn', value: 60 }, worst: { channel: 'Display', value: 150 } }
 */
export function channelExtremes(
  metric: DerivedMetric,
  channels: readonly ChannelTotals[],
  direction: Direction,
  minClicks: number,
): { best: ChannelFigure; worst: ChannelFigure } | null {
  const figures: ChannelFigure[] = [];
  for (const c of channels) {
    if (c.clicks.lt(minClicks)) continue;
    // Channels without a value are skipped, so the ETA of a pending one is never read.
    const actual = derivedActual(metric, c, '');
    if (actual.kind === 'value') figures.push({ channel: c.channel, value: actual.value });
  }
  const first = figures[0];
  if (first === undefined || figures.length < 2) return null;
  const better = (a: Dec, b: Dec): boolean => (direction === 'higher_is_better' ? a.gt(b) : a.lt(b));
  let best = first;
  let worst = first;
  for (const f of figures) {
    if (better(f.value, best.value)) best = f;
    if (better(worst.value, f.value)) worst = f;
  }
  return best === worst ? null : { best, worst };
}
