import type { RejectedUpdatePreview } from '../../../src/excel/operator-actions';
import { taskStatusText } from '../../../src/engine/messages/status-text';
import { rowLabel } from '../format/cell-label';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface RejectedUpdateListProps {
  readonly updates: readonly RejectedUpdatePreview[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * TaskUpdates rows a write rejects: the task's title, what was asked and why; a link then selects
 * the row's cell to fix.
 *
 * @example <RejectedUpdateList updates={preview.rejectedUpdates} onSelect={select} />
 */
export function RejectedUpdateList({ updates, onSelect }: RejectedUpdateListProps) {
  const styles = useLayoutStyles();
  if (updates.length === 0) return <p className={styles.note}>No update is rejected.</p>;
  return (
    <ul className={styles.list}>
      {updates.map((update, index) => (
        <li key={`${update.taskId}-${index}`}>
          <span className={styles.paragraph}>
            {update.title === null ? update.taskId : `${update.title} (${update.taskId})`}: to{' '}
            {taskStatusText(update.newStatus)}, rejected
          </span>
          <p className={styles.note}>{update.reason}</p>
          {update.address === null ? null : (
            <TargetLink target={update.address} onSelect={onSelect}>
              Go to the update ({rowLabel(update.address)})
            </TargetLink>
          )}
        </li>
      ))}
    </ul>
  );
}
