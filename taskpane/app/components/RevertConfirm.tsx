import { Button } from '@fluentui/react-components';
import { useId } from 'react';
import type { RunToRevert } from '../../../src/excel/operator-actions';
import { TASK_STATUS_TEXT } from '../../../src/engine/messages/status-text';
import { countOf } from '../format/count-of';
import { runName } from '../format/run-text';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

export interface RevertConfirmProps {
  /** The run a revert undoes. */
  readonly run: RunToRevert;
  readonly busy: boolean;
  readonly onRevert: () => void;
  readonly onKeep: () => void;
}

/**
 * Asks before undoing the last run, since Excel's Undo cannot: names the run, the statuses it puts
 * back, the updates it reopens and the sheets it deletes.
 *
 * @example <RevertConfirm run={lastRun} busy={busy} onRevert={revert} onKeep={keepRun} />
 */
export function RevertConfirm({ run, busy, onRevert, onKeep }: RevertConfirmProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Revert {runName(run)}?
      </Heading>
      <p className={styles.paragraph}>
        Excel’s Undo cannot undo what the add-in writes, so the pane does it. Reverting this run:
      </p>
      <ul className={styles.list}>
        <li className={styles.paragraph}>
          puts back {countOf(run.restoredTasks.length, 'task status', 'task statuses')}
          {run.restoredTasks.length === 0 ? '' : ':'}
          {run.restoredTasks.length === 0 ? null : (
            <ul className={styles.list}>
              {run.restoredTasks.map((t) => (
                <li key={t.taskId} className={styles.note}>
                  {t.title === null ? t.taskId : `${t.title} (${t.taskId})`}: {TASK_STATUS_TEXT[t.from]} →{' '}
                  {TASK_STATUS_TEXT[t.to]}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li className={styles.paragraph}>
          reopens {countOf(run.reopenedUpdates, 'task update')}, so the next run reads them again;
        </li>
        <li className={styles.paragraph}>
          deletes {countOf(run.removedSheets.length, 'sheet')}
          {run.removedSheets.length === 0 ? '' : `: ${run.removedSheets.join(', ')}`}.
        </li>
      </ul>
      <p className={styles.note}>The logs keep their rows, and record the revert.</p>
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
