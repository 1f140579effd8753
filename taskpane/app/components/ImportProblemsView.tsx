import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useId } from 'react';
import type { ImportProblem } from '../../../src/excel/operator-actions';
import { cellLabel, withoutAddress } from '../format/cell-label';
import { countOf } from '../format/count-of';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface ImportProblemsViewProps {
  readonly problems: readonly ImportProblem[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The import stopped before writing: every problem as a message bar, with a link that selects its
 * cell (a pasted cell, a Campaigns cell) where it has one.
 *
 * @example <ImportProblemsView problems={view.problems} onSelect={select} />
 */
export function ImportProblemsView({ problems, onSelect }: ImportProblemsViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const listed = problems.filter((p) => p.code !== 'more').length;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Nothing was imported
      </Heading>
      <p className={styles.note}>
        {countOf(listed, 'problem')}. Nothing was written. Fix what each one says, then import again.
      </p>
      <ul className={styles.plainList}>
        {problems.map((problem, index) => (
          <li key={index}>
            <MessageBar intent={problem.code === 'more' ? 'info' : 'error'} layout="multiline">
              <MessageBarBody>
                <span>
                  {problem.address === null ? problem.text : withoutAddress(problem.text, problem.address.a1)}
                </span>
                {problem.address === null ? null : (
                  <>
                    {' '}
                    <TargetLink target={problem.address} onSelect={onSelect}>
                      Go to {cellLabel(problem.address)}
                    </TargetLink>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  );
}
