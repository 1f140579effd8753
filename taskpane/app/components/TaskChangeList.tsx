import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { TaskChangePreview } from '../../../src/excel/operator-actions';
import { TASK_STATUS_TEXT } from '../../../src/engine/messages/status-text';
import { useLayoutStyles } from './layout-styles';

/** How many changes show before "Show all". */
export const FIRST_CHANGES = 50;

export interface TaskChangeListProps {
  readonly changes: readonly TaskChangePreview[];
}

/**
 * Status changes a write makes, each as its task's title, the statuses in words and the reason; a
 * long list shows its first 50 until asked for all.
 *
 * @example <TaskChangeList changes={preview.taskChanges} />
 */
export function TaskChangeList({ changes }: TaskChangeListProps) {
  const styles = useLayoutStyles();
  const [all, setAll] = useState(false);
  if (changes.length === 0) return <p className={styles.note}>No task changes its status.</p>;
  const shown = all ? changes : changes.slice(0, FIRST_CHANGES);
  return (
    <div className={styles.stack}>
      <ul className={styles.list}>
        {shown.map((change, index) => (
          <li key={`${change.taskId}-${index}`}>
            <span className={styles.paragraph}>
              {change.title} ({change.taskId}): {TASK_STATUS_TEXT[change.from]} →{' '}
              {TASK_STATUS_TEXT[change.to]}
            </span>
            <p className={styles.note}>{change.reason}</p>
          </li>
        ))}
      </ul>
      {shown.length < changes.length ? (
        <div className={styles.buttons}>
          <Button size="small" onClick={() => setAll(true)}>
            Show all {changes.length} changes
          </Button>
        </div>
      ) : null}
    </div>
  );
}
