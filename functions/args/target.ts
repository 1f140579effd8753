import type { ParsedTarget } from '../../src/engine/analysis/campaign-analysis';
import { parseTarget } from '../../src/engine/metrics/parse-target';
import { fail } from '../errors/excel-error';
import { cellText } from './cells';
import { singleCell } from './present-cells';

/**
 * A KPI target as the user writes it (`500`, `$80`, `≤ 80`, `3.5%`, `2.4x`), read by the engine's
 * `parseTarget`. A percentage is turned into the fraction Excel stores for it (`3.5%` → 0.035), so
 * it compares with a percent-formatted actual; a number cell is taken as it is. Blank or not a figure
 * is a problem: a percent of target needs a target.
 *
 * @example targetOf('target', '≤ $80') // { value: 80, unit: 'money', lowerIsBetterMarked: true, text: '≤ $80' }
 * @example targetOf('target', '3.5%').value.toString() // '0.035'
 */
export function targetOf(argument: string, arg: unknown): ParsedTarget {
  const cell = singleCell(argument, arg);
  if (cell === null) return fail({ code: 'value_required', argument });
  const target = typeof cell === 'number' || typeof cell === 'string' ? parseTarget(cell) : null;
  if (target === null) return fail({ code: 'not_a_target', argument, value: cellText(cell) });
  if (target.value.lte(0)) return fail({ code: 'target_not_positive', argument, value: target.text });
  return target.unit === 'percent' ? { ...target, value: target.value.div(100) } : target;
}
