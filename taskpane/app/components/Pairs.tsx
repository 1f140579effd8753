import type { ReactNode } from 'react';
import { useLayoutStyles } from './layout-styles';

export interface PairsProps {
  readonly pairs: ReadonlyArray<readonly [term: string, value: ReactNode]>;
}

/**
 * Labelled values that wrap onto as many lines as the pane needs (a table stacked for 320 px).
 *
 * @example <Pairs pairs={[['Timeline', 'At risk'], ['Confidence in data', '72 / 100']]} />
 */
export function Pairs({ pairs }: PairsProps) {
  const styles = useLayoutStyles();
  return (
    <dl className={styles.pairs}>
      {pairs.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
