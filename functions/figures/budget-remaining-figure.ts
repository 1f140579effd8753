import { budgetRemaining } from '../../src/engine/metrics/budget-remaining';
import { amountOf } from '../args/amount';
import { fail } from '../errors/excel-error';
import { cellNumber } from './cell-number';

/**
 * Budget remaining (allocated − spent, negative when overspent), each a cell or a range added up.
 * Spent comes first, as in every budget function (`BUDGET_UTILIZATION`, `PACING`).
 *
 * @example budgetRemainingFigure([[1200.5], [799.5]], [[5000]]) // 3000
 */
export function budgetRemainingFigure(spentArg: unknown, allocatedArg: unknown): number {
  const allocated = amountOf('allocated', allocatedArg);
  const spent = amountOf('spent', spentArg);
  if (allocated.blank && spent.blank) fail({ code: 'no_data' });
  return cellNumber(budgetRemaining(allocated.value, spent.value), 'as_is');
}
