import { createCustomFocusIndicatorStyle, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { CellAddress } from '../../../src/workbook/address/address-of';

export type SelectTarget = CellAddress | { readonly sheet: string };

/** A clear ring (Fluent's inline link only doubles its underline). */
const RING = {
  outlineColor: tokens.colorStrokeFocus2,
  outlineWidth: tokens.strokeWidthThick,
  outlineStyle: 'solid',
  outlineOffset: tokens.strokeWidthThick,
  borderRadius: tokens.borderRadiusSmall,
} as const;

const useStyles = makeStyles({
  // On keyboard focus, as Fluent marks it and as the browser does (this replaces the link's own
  // `:focus-visible` rule, which removes the outline). An outline, not a box, so a link wrapped over
  // two lines is ringed line by line.
  link: { ...createCustomFocusIndicatorStyle(RING), ':focus-visible': RING },
});

export interface TargetLinkProps {
  readonly target: SelectTarget;
  readonly onSelect: (target: SelectTarget) => void;
  readonly children: ReactNode;
}

/**
 * A link (a button to assistive technology) that selects a cell or activates a sheet in Excel.
 *
 * @example <TargetLink target={issue.address} onSelect={select}>Go to Tasks, cell D7</TargetLink>
 */
export function TargetLink({ target, onSelect, children }: TargetLinkProps) {
  const styles = useStyles();
  return (
    <Link as="button" inline className={styles.link} onClick={() => onSelect(target)}>
      {children}
    </Link>
  );
}
