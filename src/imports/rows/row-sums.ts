import { IMPORT_METRICS, type ImportMetric } from '../../engine/issues/import-summary';
import type { LocalDate } from '../../engine/model/primitives';
import { Dec, ZERO } from '../../engine/money/decimal';
import type { DatePair } from '../values/date-order';
import { MICROS } from '../values/figure-scan';
import type { NumberConvention } from '../values/number-convention';

/** A metric cell read both ways (decimal strings; `null` where that way is not a number). */
export interface MetricValue {
  readonly point: string | null;
  readonly comma: string | null;
}

/** A row's day: a known date, a slash pair waiting for the column's order, or none. */
export type RowDate = { readonly date: LocalDate } | { readonly pair: DatePair } | null;

/** The slot of each metric in a row's sums. */
export const METRIC_SLOT: Readonly<Record<ImportMetric, number>> = Object.freeze(
  Object.fromEntries(IMPORT_METRICS.map((m, i) => [m, i])) as Record<ImportMetric, number>,
);

/** A decimal text with at most six decimals whose millionths are a safe integer. */
const SHORT = /^(\d{1,9})(?:\.(\d{0,6}))?$/;

/** Millionths of a decimal text, or `NaN` when it has more decimals or digits than that holds. */
function microsOf(decimal: string): number {
  const m = SHORT.exec(decimal);
  return m === null ? NaN : Number(m[1]) * MICROS + Number((m[2] ?? '').padEnd(6, '0'));
}

/** What no integer of millionths can hold exactly, and what was read before the convention was known. */
class RareSums {
  readonly exact: Dec[] = IMPORT_METRICS.map(() => ZERO);
  /** Cells read both ways before the export's convention was known: each way summed apart. */
  readonly point: Dec[] = IMPORT_METRICS.map(() => ZERO);
  readonly comma: Dec[] = IMPORT_METRICS.map(() => ZERO);
}

/**
 * The export rows of one channel, ad campaign and day, summed exactly as they stream by: each metric
 * in integer millionths while that is exact (nearly always), the rest as decimals.
 */
export class RowSum {
  sourceRows = 0;
  /** Bit `1 << slot` set once a cell of that metric had a value: blank is missing, not zero. */
  present = 0;
  readonly micros = [0, 0, 0, 0, 0, 0];
  private rare: RareSums | null = null;

  constructor(
    readonly channel: string,
    readonly adCampaign: string | null,
    readonly date: RowDate,
    readonly firstLine: number,
  ) {}

  /** A value in millionths (a safe integer). */
  addMicros(slot: number, micros: number): void {
    this.present |= 1 << slot;
    const before = this.micros[slot] ?? 0;
    const sum = before + micros;
    if (Number.isSafeInteger(sum)) this.micros[slot] = sum;
    else {
      // Both parts are exact integers; their sum is not: carry them over as decimals.
      const rare = (this.rare ??= new RareSums());
      rare.exact[slot] = (rare.exact[slot] ?? ZERO).plus(new Dec(before).plus(micros).div(MICROS));
      this.micros[slot] = 0;
    }
  }

  /** A value as a decimal text (one reading, or the same both ways). */
  addText(slot: number, decimal: string): void {
    const micros = microsOf(decimal);
    if (!Number.isNaN(micros)) return this.addMicros(slot, micros);
    this.present |= 1 << slot;
    const rare = (this.rare ??= new RareSums());
    rare.exact[slot] = (rare.exact[slot] ?? ZERO).plus(new Dec(decimal));
  }

  /** A value that reads differently by convention, before the export's convention is known. */
  addEitherWay(slot: number, value: MetricValue): void {
    if (value.point === value.comma && value.point !== null) return this.addText(slot, value.point);
    this.present |= 1 << slot;
    const rare = (this.rare ??= new RareSums());
    if (value.point !== null) rare.point[slot] = (rare.point[slot] ?? ZERO).plus(new Dec(value.point));
    if (value.comma !== null) rare.comma[slot] = (rare.comma[slot] ?? ZERO).plus(new Dec(value.comma));
  }

  /**
   * The exact total of a metric once the export's convention is known, as a number (the double
   * nearest the decimal), or `null` when no cell had a value.
   *
   * @example sum.total('cost', 'point') // 0.3 for 0.1 + 0.2
   */
  total(metric: ImportMetric, convention: NumberConvention): number | null {
    const slot = METRIC_SLOT[metric];
    if ((this.present & (1 << slot)) === 0) return null;
    const micros = this.micros[slot] ?? 0;
    if (this.rare === null) return micros / MICROS;
    const either = convention === 'point' ? this.rare.point : this.rare.comma;
    return new Dec(micros)
      .div(MICROS)
      .plus(this.rare.exact[slot] ?? ZERO)
      .plus(either[slot] ?? ZERO)
      .toNumber();
  }
}

const dateKey = (d: RowDate): string =>
  d === null ? '' : 'date' in d ? d.date : `${d.pair.first}/${d.pair.second}/${d.pair.year}`;

/**
 * Export rows summed by channel, ad campaign and day as they stream by. Memory grows with the rows
 * to write (one per channel, ad campaign and day), never with the export rows summed into them.
 */
export class RowSums {
  /** Channel, then ad campaign, then day: three lookups of the cells' own strings, no joined key. */
  private readonly sums = new Map<string, Map<string, Map<string, RowSum>>>();
  /** In order of first appearance: the order rows are written in. */
  private readonly order: RowSum[] = [];
  /** Whether a sum's day is a slash pair, to be decided at the end (two may become one day). */
  hasPairs = false;

  /** The sum of a channel, ad campaign and day, created at its first row. */
  at(channel: string, adCampaign: string | null, date: RowDate, line: number): RowSum {
    let campaigns = this.sums.get(channel);
    if (campaigns === undefined) this.sums.set(channel, (campaigns = new Map()));
    const campaign = adCampaign ?? '';
    let days = campaigns.get(campaign);
    if (days === undefined) campaigns.set(campaign, (days = new Map()));
    const day = dateKey(date);
    let sum = days.get(day);
    if (sum === undefined) {
      sum = new RowSum(channel, adCampaign, date, line);
      days.set(day, sum);
      this.order.push(sum);
      if (date !== null && 'pair' in date) this.hasPairs = true;
    }
    sum.sourceRows++;
    return sum;
  }

  /** Every sum, in order of first appearance. */
  entries(): readonly RowSum[] {
    return this.order;
  }

  get size(): number {
    return this.order.length;
  }
}
