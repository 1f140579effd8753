import type { ParsedTarget } from '../analysis/campaign-analysis';
import { parseFigure } from './parse-figure';

/**
 * A KPI's Target as the user wrote it, understood, or `null` when it is not a figure. A bound written
 * as ≤, <=, <, max, at most or up to marks the target lower-is-better; ≥, >=, >, min, at least are
 * accepted and leave the direction to the metric.
 *
 * @example parseTarget('≤ $80') // { value: 80, unit: 'money', lowerIsBetterMarked: true, text: '≤ $80' }
 * @example parseTarget('2.4×') // { value: 2.4, unit: 'multiplier', lowerIsBetterMarked: false, text: '2.4×' }
 * @example parseTarget('soon') // null
 */
export function parseTarget(target: string | number): ParsedTarget | null {
  const figure = parseFigure(target);
  if (figure === null) return null;
  return {
    value: figure.value,
    unit: figure.unit,
    lowerIsBetterMarked: figure.bound === 'max',
    text: typeof target === 'number' ? String(target) : target.trim(),
  };
}
