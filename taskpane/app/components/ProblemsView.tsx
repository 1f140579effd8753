import { useId } from 'react';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';
import { countOf } from '../format/count-of';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { ProblemList } from './ProblemList';
import type { SelectTarget } from './TargetLink';

export interface ProblemsViewProps {
  readonly issues: readonly AddressedIssue[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The checks stopped on input problems: nothing was written; each problem leads to its cell.
 *
 * @example <ProblemsView issues={problems.issues} onSelect={select} />
 */
export function ProblemsView({ issues, onSelect }: ProblemsViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        {errors > 0 ? 'Fix the workbook, then run the checks again' : 'Warnings'}
      </Heading>
      <p className={styles.note}>
        {[errors > 0 ? countOf(errors, 'error') : '', warnings > 0 ? countOf(warnings, 'warning') : '']
          .filter((c) => c !== '')
          .join(', ')}
        . Nothing was written. Each problem links to its cell.
      </p>
      <ProblemList issues={issues} onSelect={onSelect} />
    </section>
  );
}
