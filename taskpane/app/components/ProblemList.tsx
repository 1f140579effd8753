import { Badge } from '@fluentui/react-components';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';
import { errorsFirst } from '../state/errors-first';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface ProblemListProps {
  readonly issues: readonly AddressedIssue[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * Input errors, then warnings; each one with a cell address selects that cell when activated.
 *
 * @example <ProblemList issues={preview.warnings} onSelect={select} />
 */
export function ProblemList({ issues, onSelect }: ProblemListProps) {
  const styles = useLayoutStyles();
  return (
    <ul className={styles.plainList}>
      {errorsFirst(issues).map((issue, index) => (
        <li key={index} className={styles.stack}>
          <span>
            <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'} size="small">
              {issue.severity === 'error' ? 'Error' : 'Warning'}
            </Badge>
          </span>
          {issue.address === null ? (
            <span className={styles.paragraph}>{issue.text}</span>
          ) : (
            <TargetLink target={issue.address} onSelect={onSelect}>
              {issue.text}
            </TargetLink>
          )}
        </li>
      ))}
    </ul>
  );
}
