import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import type { LastRunInfo } from '../../../src/excel/operator-actions';
import { NOTHING_TO_REVERT, revertSummary, runName } from '../format/run-text';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface LastRunPanelProps {
  /** `null` while the pane has not looked yet. */
  readonly lastRun: LastRunInfo | null;
  readonly busy: boolean;
  readonly onRevert: () => void;
}

/**
 * The last run that wrote to the workbook — when, what it changed and which sheets a revert would
 * delete — with Revert last run; without one, the button is off and says why.
 *
 * @example <LastRunPanel lastRun={state.lastRun} busy={busy} onRevert={askRevert} />
 */
export function LastRunPanel({ lastRun, busy, onRevert }: LastRunPanelProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const reasonId = useId();
  const run = lastRun?.kind === 'run' ? lastRun : null;
  const reason =
    lastRun === null
      ? 'Looking for the last run…'
      : lastRun.kind === 'none'
        ? NOTHING_TO_REVERT[lastRun.reason]
        : null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        Last run
      </Heading>
      {run === null ? null : (
        <p className={styles.note} id={reasonId}>
          {capitalised(runName(run))}. Reverting it: {revertSummary(run)}
          {run.removedSheets.length > 0 ? ` (${run.removedSheets.join(', ')})` : ''}.
        </p>
      )}
      {reason === null ? null : (
        <p className={styles.note} id={reasonId}>
          {reason}
        </p>
      )}
      <div className={styles.buttons}>
        <Button
          disabled={run !== null && busy}
          disabledFocusable={run === null}
          aria-describedby={reasonId}
          onClick={onRevert}
        >
          Revert last run…
        </Button>
      </div>
    </section>
  );
}
