import type { MetricTotals, RatioBasis, RatioMetric, ReportedFigure } from '../analysis/campaign-analysis';
import type { LocalDate } from '../model/primitives';
import { type Dec, ZERO } from '../money/decimal';

/** The six ChannelMetrics figures, each with the bit it sets in a row's pattern when reported. */
export const FIGURE_BITS = {
  impressions: 1,
  clicks: 2,
  conversions: 4,
  cost: 8,
  revenue: 16,
  engagements: 32,
} as const;
export type SummedFigure = keyof typeof FIGURE_BITS;
export const SUMMED_FIGURES = Object.keys(FIGURE_BITS) as readonly SummedFigure[];

/** The sums of the rows that report exactly the same figures (one blank pattern). */
export interface PatternSums {
  /** Which figures these rows report: the OR of their `FIGURE_BITS`. */
  readonly pattern: number;
  readonly rows: number;
  /** Sums of the reported figures; a figure the pattern lacks is zero. */
  readonly sums: Readonly<Record<SummedFigure, Dec>>;
}

/**
 * Exact sums of some ChannelMetrics rows, kept per blank pattern so that every total, every count of
 * blanks and every ratio over the rows reporting both of its figures can be read off without the
 * rows. Most tables have one pattern (everything reported, Revenue perhaps not).
 */
export interface MetricSums {
  readonly rows: number;
  readonly estimatedRows: number;
  readonly lastDate: LocalDate | null;
  readonly patterns: readonly PatternSums[];
}

/** Which two figures each ratio divides (docs/rules.md, Definitions). */
export const RATIO_FIGURES: Readonly<Record<RatioMetric, readonly [SummedFigure, SummedFigure]>> = {
  ctr: ['clicks', 'impressions'],
  conversion_rate: ['conversions', 'clicks'],
  cpc: ['cost', 'clicks'],
  cpm: ['cost', 'impressions'],
  cpa: ['cost', 'conversions'],
  roas: ['revenue', 'cost'],
  engagement_rate: ['engagements', 'impressions'],
};

const has = (pattern: number, figure: SummedFigure): boolean => (pattern & FIGURE_BITS[figure]) !== 0;

/**
 * Several row groups' sums as one (an ad campaign's into its channel, channels into the campaign).
 *
 * @example mergeSums([searchSums, displaySums]).rows // 45
 */
export function mergeSums(parts: readonly MetricSums[]): MetricSums {
  const byPattern = new Map<number, { rows: number; sums: Record<SummedFigure, Dec> }>();
  let rows = 0;
  let estimatedRows = 0;
  let lastDate: LocalDate | null = null;
  for (const part of parts) {
    rows += part.rows;
    estimatedRows += part.estimatedRows;
    if (part.lastDate !== null && (lastDate === null || part.lastDate > lastDate)) lastDate = part.lastDate;
    for (const p of part.patterns) {
      const into = byPattern.get(p.pattern);
      if (into === undefined) byPattern.set(p.pattern, { rows: p.rows, sums: { ...p.sums } });
      else {
        into.rows += p.rows;
        for (const f of SUMMED_FIGURES) into.sums[f] = into.sums[f].plus(p.sums[f]);
      }
    }
  }
  const patterns = [...byPattern].map(([pattern, p]) => ({ pattern, ...p }));
  return { rows, estimatedRows, lastDate, patterns };
}

function sumWhere(s: MetricSums, figures: readonly SummedFigure[], pick: SummedFigure): Dec {
  let total = ZERO;
  for (const p of s.patterns) if (figures.every((f) => has(p.pattern, f))) total = total.plus(p.sums[pick]);
  return total;
}

function rowsWith(s: MetricSums, figures: readonly SummedFigure[]): number {
  let rows = 0;
  for (const p of s.patterns) if (figures.every((f) => has(p.pattern, f))) rows += p.rows;
  return rows;
}

function basis(s: MetricSums, [numerator, denominator]: readonly [SummedFigure, SummedFigure]): RatioBasis {
  const both = [numerator, denominator];
  return {
    numerator: sumWhere(s, both, numerator),
    denominator: sumWhere(s, both, denominator),
    rows: rowsWith(s, both),
  };
}

/**
 * The totals of some rows: each figure summed over the rows that report it, its blank cells counted,
 * and each ratio's two sums over the rows that report both (docs/rules.md, Missing figures). Revenue
 * and Engagements are `null` when no row reports them.
 *
 * @example metricTotals(sums).bases.ctr // { numerator: clicks, denominator: impressions, rows: 40 } of the 40 rows reporting both
 */
export function metricTotals(s: MetricSums): MetricTotals {
  const total = (f: SummedFigure) => sumWhere(s, [f], f);
  const blanks = (f: ReportedFigure) => s.rows - rowsWith(s, [f]);
  const bases = Object.fromEntries(
    (Object.keys(RATIO_FIGURES) as RatioMetric[]).map((m) => [m, basis(s, RATIO_FIGURES[m])]),
  ) as Record<RatioMetric, RatioBasis>;
  return {
    rows: s.rows,
    estimatedRows: s.estimatedRows,
    impressions: total('impressions'),
    clicks: total('clicks'),
    conversions: total('conversions'),
    cost: total('cost'),
    blanks: {
      impressions: blanks('impressions'),
      clicks: blanks('clicks'),
      conversions: blanks('conversions'),
      cost: blanks('cost'),
    },
    bases,
    revenue: rowsWith(s, ['revenue']) === 0 ? null : total('revenue'),
    engagements: rowsWith(s, ['engagements']) === 0 ? null : total('engagements'),
    costWithRevenue: bases.roas.denominator,
    impressionsWithEngagements: bases.engagement_rate.denominator,
    lastDate: s.lastDate,
  };
}
