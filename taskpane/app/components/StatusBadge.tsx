import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { OverallStatus } from '../../../src/engine/model/statuses';
import { STATUS_TEXT } from '../../../src/workbook/plan/display-text';

const COLOR: Readonly<Record<OverallStatus, NonNullable<BadgeProps['color']>>> = {
  on_track: 'success',
  completed: 'brand',
  at_risk: 'warning',
  delayed: 'severe',
  failed: 'danger',
};

export interface StatusBadgeProps {
  readonly status: OverallStatus;
}

/**
 * A campaign's overall status, in the words of the report sheet.
 *
 * @example <StatusBadge status="at_risk" />
 */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <Badge appearance="filled" color={COLOR[status]} shape="rounded">
      {STATUS_TEXT[status]}
    </Badge>
  );
}
