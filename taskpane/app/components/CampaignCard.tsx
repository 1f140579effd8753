import { Badge, Card, ProgressBar, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { CampaignOutcome, CampaignSheets } from '../../../src/excel/operator-actions';
import { formatPercent } from '../../../src/engine/messages/format-figure';
import { metricText } from '../../../src/engine/messages/metric-text';
import { PHASE_TEXT, TIMELINE_TEXT } from '../../../src/engine/messages/status-text';
import { formatMoney } from '../../../src/engine/money/currency';
import { Dec } from '../../../src/engine/money/decimal';
import { countOf } from '../format/count-of';
import { LABEL_TEXT } from '../format/label-text';
import { nextActions } from '../format/next-actions';
import { readableDate } from '../format/readable-time';
import { Heading } from './Heading';
import { KpiBadge } from './KpiBadge';
import { useLayoutStyles } from './layout-styles';
import { NextActions } from './NextActions';
import { StatusBadge } from './StatusBadge';
import { TargetLink, type SelectTarget } from './TargetLink';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS, minWidth: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'baseline',
    margin: 0,
  },
  term: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  bar: { marginTop: tokens.spacingVerticalXXS },
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal' },
});

export interface CampaignCardProps {
  readonly outcome: CampaignOutcome;
  /** Settings Performance Threshold %: the primary KPI's colour. */
  readonly thresholdPct: number;
  /** The sheets written for the campaign, once written: links that open them. */
  readonly sheets?: CampaignSheets | undefined;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * One campaign at a glance: its overall status, phase and dates, timeline, budget used, primary KPI
 * against its target (coloured), how many critical escalations (the details list them), and its
 * three next actions. Every figure is the report's, never recomputed.
 *
 * @example <CampaignCard outcome={preview.campaigns[0]} thresholdPct={50} onSelect={select} />
 */
export function CampaignCard({ outcome, thresholdPct, sheets, onSelect }: CampaignCardProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const titleId = useId();
  const actionsId = useId();
  const { report, feedback } = outcome;
  const budget = report.budget_status;
  const money = (amount: number) => formatMoney(new Dec(amount), budget.currency);
  const primary = report.performance_vs_target.find((k) => k.kpi_type === 'primary');
  const critical = report.escalations.filter((e) => e.severity === 'critical');
  const over = budget.remaining < 0;
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <div className={layout.section}>
        <Heading level={3} id={titleId}>
          {outcome.name}
        </Heading>
        <p className={layout.note}>
          {outcome.campaignId} · {PHASE_TEXT[outcome.phase]} · {readableDate(outcome.startDate)} –{' '}
          {readableDate(outcome.endDate)}
        </p>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>Status</dt>
        <dd className={styles.value}>
          <StatusBadge status={report.overall_status} />
        </dd>
        <dt className={styles.term}>Timeline</dt>
        <dd className={styles.value}>
          {TIMELINE_TEXT[report.timeline_adherence]} · {formatPercent(new Dec(report.elapsed_pct))} of the
          time gone
        </dd>
        <dt className={styles.term}>Budget used</dt>
        <dd className={styles.value}>
          {formatPercent(new Dec(budget.utilization_pct))} · {money(budget.spent)} of{' '}
          {money(budget.allocated)}
          {over ? `, ${money(-budget.remaining)} over` : ''}
          <ProgressBar
            className={styles.bar}
            aria-label="Budget used"
            value={Math.min(1, Math.max(0, budget.utilization_pct / 100))}
            color={over ? 'error' : 'brand'}
            thickness="large"
          />
        </dd>
        <dt className={styles.term}>Primary KPI</dt>
        <dd className={styles.value}>
          {primary === undefined ? (
            'None set'
          ) : (
            <>
              {metricText(primary.metric)} {primary.actual} of {primary.target}
              {primary.label === '[MEASURED]' ? '' : ` (${LABEL_TEXT[primary.label].toLowerCase()})`}{' '}
              <KpiBadge pct={primary.pct_of_target} thresholdPct={thresholdPct} />
            </>
          )}
        </dd>
        <dt className={styles.term}>Critical</dt>
        <dd className={styles.value}>
          {critical.length === 0 ? (
            'No critical escalation'
          ) : (
            <Badge appearance="filled" color="danger" shape="rounded" className={styles.badge}>
              {countOf(critical.length, 'critical escalation')}
            </Badge>
          )}
        </dd>
      </dl>
      <div className={layout.section}>
        <Heading level={4} id={actionsId}>
          Next actions
        </Heading>
        <NextActions actions={nextActions(report, feedback)} labelledBy={actionsId} />
      </div>
      {sheets === undefined ? null : (
        <ul className={layout.list}>
          <li>
            <TargetLink target={{ sheet: sheets.report }} onSelect={onSelect}>
              Open the report ({sheets.report})
            </TargetLink>
          </li>
          <li>
            <TargetLink target={{ sheet: sheets.feedback }} onSelect={onSelect}>
              Open the CMO feedback ({sheets.feedback})
            </TargetLink>
          </li>
        </ul>
      )}
    </Card>
  );
}
