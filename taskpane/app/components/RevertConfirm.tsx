import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

export interface RevertConfirmProps {
  readonly busy: boolean;
  readonly onRevert: () => void;
  readonly onKeep: () => void;
}

/**
 * Asks before undoing the last run, since Excel's Undo cannot.
 *
 * @example <RevertConfirm busy={busy} onRevert={revert} onKeep={keepRun} />
 */
export function RevertConfirm({ busy, onRevert, onKeep }: RevertConfirmProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Revert the last run?
      </Heading>
      <p className={styles.paragraph}>
        Excel’s Undo (Ctrl+Z) cannot undo what the add-in writes. Reverting puts back the task statuses from
        before the last run (from the Task Log), reopens the updates it processed and deletes its Report and
        CMO Feedback sheets.
      </p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onRevert}>
          Revert now
        </Button>
        <Button disabled={busy} onClick={onKeep}>
          Keep it
        </Button>
      </div>
    </section>
  );
}
