import { Button } from '@fluentui/react-components';
import { useLayoutStyles } from './layout-styles';

export interface TrackActionsProps {
  readonly busy: boolean;
  readonly onRun: () => void;
  readonly onRevert: () => void;
}

/**
 * The Track tab's commands.
 *
 * @example <TrackActions busy={busy} onRun={run} onRevert={askRevert} />
 */
export function TrackActions({ busy, onRun, onRevert }: TrackActionsProps) {
  const styles = useLayoutStyles();
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" disabled={busy} onClick={onRun}>
        Run checks
      </Button>
      <Button disabled={busy} onClick={onRevert}>
        Revert last run
      </Button>
    </div>
  );
}
