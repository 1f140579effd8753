import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CellAddress } from '../../../src/workbook/address/address-of';

export type SelectTarget = CellAddress | { readonly sheet: string };

export interface TargetLinkProps {
  readonly target: SelectTarget;
  readonly onSelect: (target: SelectTarget) => void;
  readonly children: ReactNode;
}

/**
 * A link (a button to assistive technology) that selects a cell or activates a sheet in Excel.
 *
 * @example <TargetLink target={issue.address} onSelect={select}>{issue.text}</TargetLink>
 */
export function TargetLink({ target, onSelect, children }: TargetLinkProps) {
  return (
    <Link as="button" inline onClick={() => onSelect(target)}>
      {children}
    </Link>
  );
}
