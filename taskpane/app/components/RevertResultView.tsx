import { useId } from 'react';
import type { RevertResult } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { Pairs } from './Pairs';

export interface RevertResultViewProps {
  readonly result: RevertResult;
}

/**
 * What reverting the last run restored and removed.
 *
 * @example <RevertResultView result={{ kind: 'nothing_to_revert' }} />
 */
export function RevertResultView({ result }: RevertResultViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  if (result.kind === 'nothing_to_revert') {
    return (
      <section className={styles.section} aria-labelledby={headingId}>
        <Heading level={2} id={headingId} focusOnMount>
          Nothing to revert
        </Heading>
        <p className={styles.paragraph}>This workbook has no run left to revert.</p>
      </section>
    );
  }
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Last run reverted
      </Heading>
      <Pairs
        pairs={[
          ['Run', result.runId],
          [
            'Task statuses restored',
            result.restoredTasks.length === 0 ? 'none' : result.restoredTasks.join(', '),
          ],
          ['Updates reopened', countOf(result.reopenedUpdates, 'update')],
        ]}
      />
      <Heading level={3}>Sheets removed ({result.removedSheets.length})</Heading>
      {result.removedSheets.length === 0 ? (
        <p className={styles.note}>None.</p>
      ) : (
        <ul className={styles.list}>
          {result.removedSheets.map((sheet) => (
            <li key={sheet}>{sheet}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
