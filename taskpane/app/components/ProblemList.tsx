import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';
import { cellLabel, withoutAddress } from '../format/cell-label';
import { errorsFirst } from '../state/errors-first';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

/** How many problems show before "Show all". */
export const FIRST_PROBLEMS = 50;

export interface ProblemListProps {
  readonly issues: readonly AddressedIssue[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * Input errors, then warnings, each a message bar saying what is wrong, with a link that selects
 * its cell; a long list shows its first 50 until asked for all.
 *
 * @example <ProblemList issues={preview.warnings} onSelect={select} />
 */
export function ProblemList({ issues, onSelect }: ProblemListProps) {
  const styles = useLayoutStyles();
  const [all, setAll] = useState(false);
  const sorted = errorsFirst(issues);
  const shown = all ? sorted : sorted.slice(0, FIRST_PROBLEMS);
  return (
    <div className={styles.stack}>
      <ul className={styles.plainList}>
        {shown.map((issue, index) => (
          <li key={index}>
            <MessageBar intent={issue.severity === 'error' ? 'error' : 'warning'} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{issue.severity === 'error' ? 'Error' : 'Warning'}</MessageBarTitle>
                <span>
                  {issue.address === null ? issue.text : withoutAddress(issue.text, issue.address.a1)}
                </span>
                {issue.address === null ? null : (
                  <>
                    {' '}
                    <TargetLink target={issue.address} onSelect={onSelect}>
                      Go to {cellLabel(issue.address)}
                    </TargetLink>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
      {shown.length < sorted.length ? (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => setAll(true)}>
            Show all {sorted.length} problems
          </Button>
        </div>
      ) : null}
    </div>
  );
}
