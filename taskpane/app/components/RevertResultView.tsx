import { useId } from 'react';
import type { RevertResult } from '../../../src/excel/operator-actions';
import { revertSummary, runName } from '../format/run-text';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

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
      <p className={styles.paragraph}>
        Reverted {runName(result)}: {revertSummary(result)}.
      </p>
      {result.removedSheets.length === 0 ? null : (
        <>
          <Heading level={3}>Sheets deleted</Heading>
          <ul className={styles.list}>
            {result.removedSheets.map((sheet) => (
              <li key={sheet}>{sheet}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
