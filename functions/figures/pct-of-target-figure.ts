import { directionOf } from '../../src/engine/metrics/direction';
import { derivedMetricOf } from '../../src/engine/metrics/metric-name';
import { pctOfTarget } from '../../src/engine/metrics/pct-of-target';
import { amountOf } from '../args/amount';
import { cellText } from '../args/cells';
import { ANY_FIGURE } from '../args/figure';
import { singleCell } from '../args/present-cells';
import { targetOf } from '../args/target';
import { fail } from '../errors/excel-error';
import { cellNumber } from './cell-number';

/**
 * Percent of target as a fraction (0.9 is 90 %), by the engine's rule: higher is better unless the
 * target is written as a maximum (`≤ 80`) or the metric is a cost (CPA, CPC, CPM, cost), in which
 * case it is target / actual. The actual may be a range (added up); a blank actual is no data.
 *
 * @example pctOfTargetFigure([[450]], '500', null) // 0.9
 * @example pctOfTargetFigure([[100]], '≤ $80', null) // 0.8
 * @example pctOfTargetFigure([[100]], 80, 'CPA') // 0.8
 */
export function pctOfTargetFigure(actualArg: unknown, targetArg: unknown, metricArg: unknown): number {
  const target = targetOf('target', targetArg);
  const metricCell = singleCell('metric', metricArg);
  const derived = metricCell === null ? null : derivedMetricOf(cellText(metricCell));
  const actual = amountOf('actual', actualArg, ANY_FIGURE);
  if (actual.blank) fail({ code: 'no_data' });
  const pct = pctOfTarget(actual.value, target.value, directionOf(derived, target));
  return pct === null
    ? fail({ code: 'target_not_positive', argument: 'target', value: target.text })
    : cellNumber(pct, 'percent');
}
