import { useId } from 'react';
import type { ImportProblem } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface ImportProblemsViewProps {
  readonly problems: readonly ImportProblem[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The import stopped before writing: every problem, each with a cell (a pasted cell, a Campaigns
 * cell) leading to it.
 *
 * @example <ImportProblemsView problems={view.problems} onSelect={select} />
 */
export function ImportProblemsView({ problems, onSelect }: ImportProblemsViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const listed = problems.filter((p) => p.code !== 'more').length;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Nothing was imported
      </Heading>
      <p className={styles.note}>
        {countOf(listed, 'problem')}. Nothing was written. Fix what each one says, then import again; select a
        problem with a cell to go to it.
      </p>
      <ul className={styles.plainList}>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.address === null ? (
              <span className={styles.paragraph}>{problem.text}</span>
            ) : (
              <TargetLink target={problem.address} onSelect={onSelect}>
                {problem.text}
              </TargetLink>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
