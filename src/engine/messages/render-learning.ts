import type { ComparedMetric } from '../compare/compared-metric';
import type { ForecastMethod } from '../forecast/daily-model';
import type {
  ChannelFigures,
  ComparisonFigures,
  KpiFigures,
  LearningFinding,
  MissingData,
} from '../feedback/learnings/learning-finding';
import { formatMoney } from '../money/currency';
import { Dec } from '../money/decimal';
import { formatDuration } from './format-duration';
import { formatCount, formatFigure, formatPercent, formatTarget, kpiStanding } from './format-figure';
import { clicksNeeded, formatRatio } from './format-ratio';
import { formatHours } from './format-hours';
import { plural } from './plural';
import { renderGaps } from './render-gaps';
import { cited } from './cited';
import { list } from './quote';
import { shortText as name } from './short-text';

type Renderers = { [C in LearningFinding['code']]: (f: Extract<LearningFinding, { code: C }>) => string };

const METRIC_NAME: Readonly<Record<ComparedMetric, string>> = {
  ctr: 'CTR',
  conversion_rate: 'conversion rate',
  cpa: 'CPA',
};

/** A channel's figure on the compared metric with the volumes behind it: `5.0% (600 clicks / 12,000 impressions)`. */
function sideText(metric: ComparedMetric, value: Dec | null, c: ChannelFigures, currency: string): string {
  switch (metric) {
    case 'ctr':
      return `${value === null ? 'no CTR' : formatPercent(value)} (${formatCount(c.clicks)} clicks / ${formatCount(c.impressions)} impressions)`;
    case 'conversion_rate':
      return `${value === null ? 'no conversion rate' : formatPercent(value)} (${formatCount(c.conversions)} conversions / ${formatCount(c.clicks)} clicks)`;
    case 'cpa':
      return value === null
        ? `no conversion (${formatMoney(c.cost, currency)} spent on ${formatCount(c.clicks)} clicks)`
        : `${formatMoney(value, currency)} (${formatCount(c.conversions)} conversions for ${formatMoney(c.cost, currency)})`;
  }
}

/**
 * Two channels compared, in words: the size of the difference with its 95 % interval when it is
 * significant; otherwise “no clear difference yet” and the clicks still needed.
 *
 * @example comparisonText(figures, 'USD')
 * // "Search's CTR was about 5.0× Display's (95% interval 4.3–5.8×): 5.0% (…) vs 1.0% (…)"
 */
export function comparisonText(f: ComparisonFigures, currency: string): string {
  const [better, worse] = [name(f.better.channel), name(f.worse.channel)];
  const metric = METRIC_NAME[f.metric];
  const sides = `${sideText(f.metric, f.betterValue, f.better, currency)} vs ${sideText(f.metric, f.worseValue, f.worse, currency)}`;
  if (f.significant) {
    return f.metric === 'cpa'
      ? `${better}'s CPA was ${formatRatio(f, `lower than ${worse}'s`)}: ${sides}`
      : `${better}'s ${metric} was ${formatRatio(f, `${worse}'s`)}: ${sides}`;
  }
  const excludesOne = f.low > 1;
  const caveat = excludesOne
    ? `; not significant once the ${plural(f.family, 'comparison')} made are taken into account`
    : '';
  const needed =
    f.moreClicksNeeded === null
      ? 'no difference seen so far'
      : `about ${clicksNeeded(f.moreClicksNeeded)} more clicks needed to tell`;
  return `No clear ${metric} difference yet between ${better} and ${worse}: ${sides}, ${formatRatio(f)}${caveat}; ${needed}`;
}
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

/** A pacing band's half-width in percentage points, as an adjective: `11.0-point`. */
export function bandText(points: Dec): string {
  return `${formatPercent(points).slice(0, -1)}-point`;
}

/** How a forecast was made, in words: `by day of week, from 21 days of data`. */
export function methodText(method: ForecastMethod, days: number): string {
  return `${method === 'day_of_week' ? 'by day of week' : 'straight line'}, from ${plural(days, 'day')} of data`;
}

/** A KPI's actual and percent of target, each shown precisely enough to agree with the other. */
function standing(k: KpiFigures, currency: string): { actual: string; pct: string } {
  const shown = kpiStanding(
    {
      actual: { kind: 'value', value: k.actual, unit: k.unit, estimated: false },
      target: k.target,
      direction: k.direction,
      pctOfTarget: k.pctOfTarget,
    },
    currency,
    k.thresholds,
  );
  return { actual: shown.actual, pct: shown.pct ?? formatPercent(k.pctOfTarget) };
}

const RENDER: Renderers = {
  channel_comparison: (f) => comparisonText(f.comparison, f.currency),
  ad_campaign_comparison: (f) =>
    `Within ${name(f.channel)}, ad campaign ${comparisonText(f.comparison, f.currency)}`,
  channels_too_little_data: (f) => {
    const names = list(f.channels.map((c) => name(c.channel)));
    const what =
      f.within === undefined
        ? `Too little data to judge ${names}`
        : `Within ${name(f.within)}, too little data to judge ${f.channels.length === 1 ? 'ad campaign' : 'ad campaigns'} ${names}`;
    return `${what} yet: ${list(f.channels.map((c) => `${formatCount(c.clicks)} clicks`))}, under the ${formatCount(
      new Dec(f.minClicks),
    )} clicks ${f.within === undefined ? 'a channel' : 'an ad campaign'} needs to be compared`;
  },
  kpi_pace: (f) => {
    const shown = standing(f.kpi, f.currency);
    return `${name(f.kpi.metric)} reached ${shown.actual} of the ${formatTarget(f.kpi.target, f.currency)} target (${shown.pct}) with ${formatPercent(f.elapsedPct)} of the campaign's time elapsed${gapsNote(f.kpi)}`;
  },
  kpi_projection: (f) => {
    const fig = (v: Dec) => formatFigure(v, f.unit, f.currency);
    const pct = `${formatPercent(f.projectedPctOfTarget)} of the ${formatTarget(f.target, f.currency)} target`;
    if (f.basis.kind === 'elapsed') {
      return `At the current pace ${name(f.metric)} would reach ${fig(f.projected)} by ${f.endDate} (${pct}; straight-line projection)`;
    }
    const b = f.basis;
    return `At the current daily pace ${name(f.metric)} would ${f.unit === 'count' || f.unit === 'number' ? 'reach' : 'end at'} about ${fig(f.projected)} by ${f.endDate} (95% range ${fig(b.low)}–${fig(b.high)}; ${pct}; ${methodText(b.method, b.daysOfData)})`;
  },
  pacing_forecast: (f) => {
    const m = (v: Dec) => formatMoney(v, f.currency);
    const range = f.spend.low.eq(f.spend.high) ? '' : ` (95% range ${m(f.spend.low)}–${m(f.spend.high)})`;
    const head = `Pacing forecast (${methodText(f.method, f.daysOfData)}): about ${m(f.spend.expected)} spent by ${f.endDate}${range}`;
    const p = f.pacing;
    if (p === null) return head;
    const band = `±${bandText(p.bandPct)}`;
    const verdict =
      p.status === 'on_pace'
        ? `on pace, within the ${band} band around 100%`
        : `${p.status === 'over' ? 'over' : 'under'} pace, outside the ${band} band around 100%`;
    return `${head}, ${formatPercent(p.projectedPct)} of the ${m(f.allocated)} budget: ${verdict}`;
  },
  kpi_level: (f) => {
    const shown = standing(f.kpi, f.currency);
    return `${name(f.kpi.metric)} is ${shown.actual} against a target of ${formatTarget(f.kpi.target, f.currency)} (${shown.pct} of target${f.lowerIsBetter ? ', lower is better' : ''})${gapsNote(f.kpi)}`;
  },
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
