import { Badge } from '@fluentui/react-components';
import { formatPercent } from '../../../src/engine/messages/format-figure';
import { Dec } from '../../../src/engine/money/decimal';
import type { ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { Pairs } from './Pairs';

type Entry = ExecutionStatusReport['performance_vs_target'][number];

export interface KpiListProps {
  readonly entries: readonly Entry[];
}

/** Percent of target as the report states it: a figure, or the report's DATA PENDING text. */
function pctText(pct: Entry['pct_of_target']): string {
  return typeof pct === 'number' ? formatPercent(new Dec(pct)) : pct;
}

/**
 * The report's KPI table, one stacked row per KPI so it fits a narrow pane.
 *
 * @example <KpiList entries={report.performance_vs_target} />
 */
export function KpiList({ entries }: KpiListProps) {
  const styles = useLayoutStyles();
  if (entries.length === 0) return <p className={styles.note}>No KPIs for this campaign.</p>;
  return (
    <ul className={styles.plainList}>
      {entries.map((entry, index) => (
        <li key={`${entry.metric}-${index}`} className={styles.section}>
          <Heading level={5}>
            {entry.metric}{' '}
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
              ['Of target', pctText(entry.pct_of_target)],
              ['Data', entry.label],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
