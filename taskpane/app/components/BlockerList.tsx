import { Badge } from '@fluentui/react-components';
import type { ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { readableDuration } from '../../../src/workbook/plan/display-text';
import { useLayoutStyles } from './layout-styles';

export interface BlockerListProps {
  readonly blockers: ExecutionStatusReport['blockers'];
}

function blockedFor(duration: string): string {
  return duration === 'unknown' ? 'Blocked for an unknown time' : `Blocked for ${readableDuration(duration)}`;
}

/**
 * The report's blocked tasks with how long each has been blocked and the proposed resolution.
 *
 * @example <BlockerList blockers={report.blockers} />
 */
export function BlockerList({ blockers }: BlockerListProps) {
  const styles = useLayoutStyles();
  if (blockers.length === 0) return <p className={styles.note}>No blocked tasks.</p>;
  return (
    <ul className={styles.list}>
      {blockers.map((blocker) => (
        <li key={blocker.task_id}>
          <span className={styles.paragraph}>
            {blocker.task_id}: {blocker.blocker}{' '}
            {blocker.critical ? (
              <Badge appearance="tint" color="danger" size="small">
                critical task
              </Badge>
            ) : null}
          </span>
          <p className={styles.note}>
            {blockedFor(blocker.duration)}. Proposed: {blocker.proposed_resolution}
          </p>
        </li>
      ))}
    </ul>
  );
}
