import type { RejectedUpdatePreview } from '../../../src/excel/operator-actions';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface RejectedUpdateListProps {
  readonly updates: readonly RejectedUpdatePreview[];
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * TaskUpdates rows a run will reject, each with its reason; the row's address selects it.
 *
 * @example <RejectedUpdateList updates={preview.rejectedUpdates} onSelect={select} />
 */
export function RejectedUpdateList({ updates, onSelect }: RejectedUpdateListProps) {
  const styles = useLayoutStyles();
  if (updates.length === 0) return <p className={styles.note}>No rejected updates.</p>;
  return (
    <ul className={styles.list}>
      {updates.map((update, index) => (
        <li key={`${update.taskId}-${index}`}>
          <span className={styles.paragraph}>
            {update.address === null ? null : (
              <>
                <TargetLink target={update.address} onSelect={onSelect}>
                  {update.address.a1}
                </TargetLink>
                {': '}
              </>
            )}
            {update.taskId} → {update.newStatus}
          </span>
          <p className={styles.note}>{update.reason}</p>
        </li>
      ))}
    </ul>
  );
}
