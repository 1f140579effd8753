import type { TaskChangePreview } from '../../../src/excel/operator-actions';
import { useLayoutStyles } from './layout-styles';

export interface TaskChangeListProps {
  readonly changes: readonly TaskChangePreview[];
}

/**
 * Status changes a run will write, with the engine's reason for each (statuses as the workbook spells them).
 *
 * @example <TaskChangeList changes={preview.taskChanges} />
 */
export function TaskChangeList({ changes }: TaskChangeListProps) {
  const styles = useLayoutStyles();
  if (changes.length === 0) return <p className={styles.note}>No task status changes.</p>;
  return (
    <ul className={styles.list}>
      {changes.map((change, index) => (
        <li key={`${change.taskId}-${index}`}>
          <span className={styles.paragraph}>
            {change.taskId} {change.title}: {change.from} → {change.to}
          </span>
          <p className={styles.note}>{change.reason}</p>
        </li>
      ))}
    </ul>
  );
}
