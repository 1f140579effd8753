import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { formatPercent } from '../../../src/engine/messages/format-figure';
import { Dec } from '../../../src/engine/money/decimal';
import { kpiRag, RAG_TEXT, type Rag } from '../format/kpi-rag';

const COLOR: Readonly<Record<Rag, NonNullable<BadgeProps['color']>>> = {
  red: 'danger',
  amber: 'warning',
  green: 'success',
};

const useStyles = makeStyles({
  // A badge is one line by default: this one wraps inside a narrow pane.
  badge: {
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
});

export interface KpiBadgeProps {
  /** The report's percent of target: a figure, or its DATA PENDING text. */
  readonly pct: number | string;
  readonly thresholdPct: number;
}

/**
 * A KPI's percent of target, coloured as on the report sheet (red below the threshold, amber below
 * 100 %, green from 100 %), and said in words too, so colour is never the only sign.
 *
 * @example <KpiBadge pct={31.2} thresholdPct={50} /> // "31.2% of target" in red, "below threshold"
 */
export function KpiBadge({ pct, thresholdPct }: KpiBadgeProps) {
  const styles = useStyles();
  const rag = kpiRag(pct, thresholdPct);
  if (typeof pct !== 'number' || rag === null)
    return (
      <Badge appearance="outline" color="informative" shape="rounded" className={styles.badge}>
        Waiting for data
      </Badge>
    );
  return (
    <Badge appearance="filled" color={COLOR[rag]} shape="rounded" className={styles.badge}>
      {formatPercent(new Dec(pct))} of target, {RAG_TEXT[rag]}
    </Badge>
  );
}
