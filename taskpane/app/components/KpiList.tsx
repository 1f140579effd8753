import { Badge } from '@fluentui/react-components';
import { metricText } from '../../../src/engine/messages/metric-text';
import type { ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { LABEL_TEXT } from '../format/label-text';
import { Heading } from './Heading';
import { KpiBadge } from './KpiBadge';
import { useLayoutStyles } from './layout-styles';
import { Pairs } from './Pairs';

type Entry = ExecutionStatusReport['performance_vs_target'][number];

export interface KpiListProps {
  readonly entries: readonly Entry[];
  /** Settings Performance Threshold %: below it a KPI is red. */
  readonly thresholdPct: number;
}

/**
 * The report's KPI table, one stacked row per KPI so it fits a narrow pane, each percent of target
 * coloured as on the report sheet.
 *
 * @example <KpiList entries={report.performance_vs_target} thresholdPct={50} />
 */
export function KpiList({ entries, thresholdPct }: KpiListProps) {
  const styles = useLayoutStyles();
  if (entries.length === 0) return <p className={styles.note}>No KPIs for this campaign.</p>;
  return (
    <ul className={styles.plainList}>
      {entries.map((entry, index) => (
        <li key={`${entry.metric}-${index}`} className={styles.section}>
          <Heading level={5}>
            {metricText(entry.metric)}{' '}
            {entry.kpi_type === 'primary' ? (
              <Badge appearance="outline" size="small">
                primary
              </Badge>
            ) : null}
          </Heading>
          <Pairs
            pairs={[
              ['Target', entry.target],
              ['Actual', entry.actual],
              ['Data', LABEL_TEXT[entry.label]],
            ]}
          />
          <span>
            <KpiBadge pct={entry.pct_of_target} thresholdPct={thresholdPct} />
          </span>
        </li>
      ))}
    </ul>
  );
}
