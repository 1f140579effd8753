import { Field, ProgressBar } from '@fluentui/react-components';
import { formatPercent } from '../../../src/engine/messages/format-figure';
import { formatMoney } from '../../../src/engine/money/currency';
import { Dec } from '../../../src/engine/money/decimal';
import type { ExecutionStatusReport } from '../../../src/engine/report/output-schemas';

export interface BudgetBarProps {
  readonly budget: ExecutionStatusReport['budget_status'];
}

/**
 * Budget used as a bar (full, in red, once spending passes the allocation) with the report's figures.
 *
 * @example <BudgetBar budget={report.budget_status} />
 */
export function BudgetBar({ budget }: BudgetBarProps) {
  const money = (amount: number) => formatMoney(new Dec(amount), budget.currency);
  const over = budget.remaining < 0;
  const left = over ? `${money(-budget.remaining)} over budget` : `${money(budget.remaining)} left`;
  return (
    <Field
      label="Budget used"
      validationState="none"
      validationMessage={`${money(budget.spent)} of ${money(budget.allocated)} spent (${formatPercent(new Dec(budget.utilization_pct))}); ${left}`}
    >
      <ProgressBar
        value={Math.min(1, Math.max(0, budget.utilization_pct / 100))}
        color={over ? 'error' : 'brand'}
        thickness="large"
      />
    </Field>
  );
}
