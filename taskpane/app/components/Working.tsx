import { Spinner } from '@fluentui/react-components';

export interface WorkingProps {
  readonly label: string;
}

/**
 * Work under way that reports no steps.
 *
 * @example <Working label="Reverting the last run…" />
 */
export function Working({ label }: WorkingProps) {
  return <Spinner size="small" labelPosition="after" label={label} />;
}
