import { Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  // Two lines each at first, so a campaign's card and its next actions fit the first screen.
  clamped: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflowY: 'hidden',
  },
});

export interface NextActionsProps {
  readonly actions: readonly string[];
  /** The id of the heading that names the list. */
  readonly labelledBy: string;
}

/**
 * A campaign's next actions, most urgent first, as a numbered list: two lines each until the
 * marketer asks for them in full (screen readers always get the whole text).
 *
 * @example <NextActions actions={nextActions(report, feedback)} labelledBy={id} />
 */
export function NextActions({ actions, labelledBy }: NextActionsProps) {
  const styles = useLayoutStyles();
  const own = useStyles();
  const [full, setFull] = useState(false);
  if (actions.length === 0) return <p className={styles.note}>Nothing needs doing now.</p>;
  return (
    <div className={styles.section}>
      <ol className={styles.list} aria-labelledby={labelledBy}>
        {actions.map((action, index) => (
          <li key={index} className={styles.paragraph}>
            <span className={full ? undefined : own.clamped}>{action}</span>
          </li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button size="small" appearance="transparent" aria-expanded={full} onClick={() => setFull(!full)}>
          {full ? 'Show them shorter' : 'Show them in full'}
        </Button>
      </div>
    </div>
  );
}
