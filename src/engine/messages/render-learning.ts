import type {
  ChannelFigures,
  KpiFigures,
  LearningFinding,
  MissingData,
} from '../feedback/learnings/learning-finding';
import { formatMoney } from '../money/currency';
import { Dec } from '../money/decimal';
import { formatDuration } from './format-duration';
import { formatCount, formatFigure, formatMultiplier, formatPercent, formatTarget } from './format-figure';
import { formatHours } from './format-hours';
import { plural } from './plural';
import { renderGaps } from './render-gaps';
import { cited } from './cited';
import { list } from './quote';
import { shortText as name } from './short-text';

type Renderers = { [C in LearningFinding['code']]: (f: Extract<LearningFinding, { code: C }>) => string };

const ctrVolumes = (c: ChannelFigures) =>
  `${formatCount(c.clicks)} clicks / ${formatCount(c.impressions)} impressions`;
const cpaVolumes = (c: ChannelFigures, currency: string) =>
  `${formatCount(c.conversions)} conversions for ${formatMoney(c.cost, currency)}`;
/** What a KPI learning leaves out: `; counted where reported: conversions not reported in 5 of 30 rows of Display`. */
const gapsNote = (k: KpiFigures) =>
  k.gaps.length === 0 ? '' : `; counted where reported: ${renderGaps(k.gaps)}`;
const signed = (pct: Dec) => `${pct.isNeg() ? '' : '+'}${formatPercent(pct)}`;

function missingText(m: MissingData): string {
  switch (m.what) {
    case 'channel_rows':
      return `no ChannelMetrics rows yet (expected by ${m.eta})`;
    case 'channel_clicks':
      return `comparing channels needs 2 channels with at least ${formatCount(new Dec(m.minClicks))} clicks each; so far ${list(
        m.channels.map((c) => `${name(c.channel)} ${formatCount(c.clicks)}`),
      )} (more data expected by ${m.eta})`;
    case 'kpi_actual':
      return `KPI ${name(m.metric)} has no actual yet (ETA ${m.eta})`;
    case 'no_kpis':
      return 'no KPI is set for this campaign (add its targets to the KPIs table)';
    case 'blank_figures':
      return renderGaps(m.gaps);
  }
}

const RENDER: Renderers = {
  channel_ctr: (f) =>
    f.ratio === null
      ? `${name(f.best.channel)} reached a CTR of ${formatPercent(f.bestCtr)} (${ctrVolumes(f.best)}) while ${name(f.worst.channel)} got ${ctrVolumes(f.worst)}`
      : `${name(f.best.channel)}'s CTR was ${formatMultiplier(f.ratio)} ${name(f.worst.channel)}'s: ${formatPercent(f.bestCtr)} (${ctrVolumes(f.best)}) vs ${formatPercent(f.worstCtr)} (${ctrVolumes(f.worst)})`,
  channel_cpa: (f) =>
    f.worstCpa === null || f.ratio === null
      ? `${name(f.best.channel)} converted at a CPA of ${formatMoney(f.bestCpa, f.currency)} (${cpaVolumes(f.best, f.currency)}) while ${name(f.worst.channel)} spent ${formatMoney(f.worst.cost, f.currency)} on ${formatCount(f.worst.clicks)} clicks with 0 conversions`
      : `${name(f.best.channel)}'s CPA was ${formatMultiplier(f.ratio)} lower than ${name(f.worst.channel)}'s: ${formatMoney(f.bestCpa, f.currency)} (${cpaVolumes(f.best, f.currency)}) vs ${formatMoney(f.worstCpa, f.currency)} (${cpaVolumes(f.worst, f.currency)})`,
  kpi_pace: (f) =>
    `${name(f.kpi.metric)} reached ${formatFigure(f.kpi.actual, f.kpi.unit, f.currency)} of the ${formatTarget(f.kpi.target, f.currency)} target (${formatPercent(f.kpi.pctOfTarget)}) with ${formatPercent(f.elapsedPct)} of the campaign's time elapsed${gapsNote(f.kpi)}`,
  kpi_projection: (f) =>
    `At the current pace ${name(f.metric)} would reach ${formatFigure(f.projected, f.unit, f.currency)} by ${f.endDate} (${formatPercent(f.projectedPctOfTarget)} of the ${formatTarget(f.target, f.currency)} target; straight-line projection)`,
  kpi_level: (f) =>
    `${name(f.kpi.metric)} is ${formatFigure(f.kpi.actual, f.kpi.unit, f.currency)} against a target of ${formatTarget(f.kpi.target, f.currency)} (${formatPercent(f.kpi.pctOfTarget)} of target${f.lowerIsBetter ? ', lower is better' : ''})${gapsNote(f.kpi)}`,
  kpi_unbounded: (f) => {
    const zero = { no_conversions: '0 conversions', no_clicks: '0 clicks', no_impressions: '0 impressions' }[
      f.what
    ];
    return `${name(f.metric)} has no value yet: ${formatMoney(f.cost, f.currency)} spent with ${zero}`;
  },
  estimate_accuracy: (f) => {
    const head = `${plural(f.tasks, 'completed task')} took ${formatHours(f.actualHours)} against ${formatHours(f.estimatedHours)} estimated (${formatPercent(f.pctOfEstimate)} of the estimate)`;
    const l = f.largest;
    return l === null
      ? head
      : `${head}; largest deviation: ${name(l.taskId)}, ${signed(l.variancePct)} (${formatHours(l.actualHours)} vs ${formatHours(l.estimatedHours)})`;
  },
  blocker_pattern: (f) => {
    const parts = [`${plural(f.taskIds.length, 'task')} blocked (${list(f.taskIds.map(name))})`];
    if (f.longest !== null) parts.push(`longest: ${name(f.longest.taskId)}, ${formatDuration(f.longest.ms)}`);
    if (f.withoutSince > 0) parts.push(`${f.withoutSince} without Blocked Since`);
    for (const r of f.repeated) parts.push(`${cited(r.blocker)} blocks ${list(r.taskIds.map(name))}`);
    return parts.join('; ');
  },
  data_missing: (f) =>
    f.missing.length === 0
      ? `Not enough data for a learning yet: ${plural(f.rows, 'ChannelMetrics row')} so far; next data expected by ${f.eta}`
      : `Not enough data for a learning yet: ${f.missing.map(missingText).join('; ')}`,
};

/**
 * A learning as the CMO feedback prints it: its label, a space, then the sentence with its numbers.
 *
 * @example renderLearning({ code: 'kpi_pace', label: '[MEASURED]', … })
 * // '[MEASURED] conversions reached 46 of the 100 target (46.0%) with 50.0% of the campaign's time elapsed'
 */
export function renderLearning(finding: LearningFinding): string {
  const render = RENDER[finding.code] as (f: LearningFinding) => string;
  return `${finding.label} ${render(finding)}`;
}
