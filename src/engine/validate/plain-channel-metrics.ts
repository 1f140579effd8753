import type { ChannelMetric } from '../model/channel-metric';
import { DATA_SOURCES } from '../model/statuses';

const KEYS: ReadonlyArray<keyof ChannelMetric> = [
  'campaignId',
  'channel',
  'adCampaign',
  'date',
  'impressions',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'engagements',
  'source',
];
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCES: ReadonlySet<unknown> = new Set(DATA_SOURCES);

const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const count = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const optionalCount = (v: unknown): boolean => v === null || count(v);

/** Field values `channelMetricSchema` accepts as they are. */
function hasValidFields(r: Record<string, unknown>): boolean {
  const date = r['date'];
  return (
    text(r['campaignId']) &&
    text(r['channel']) &&
    (r['adCampaign'] === null || text(r['adCampaign'])) &&
    (date === null || (typeof date === 'string' && LOCAL_DATE.test(date))) &&
    optionalCount(r['impressions']) &&
    optionalCount(r['clicks']) &&
    optionalCount(r['conversions']) &&
    optionalCount(r['cost']) &&
    optionalCount(r['revenue']) &&
    optionalCount(r['engagements']) &&
    SOURCES.has(r['source'])
  );
}

/**
 * Whether a row's own keys are exactly the ChannelMetric keys. Rows of one table nearly always list
 * them in one order, so a row whose keys come in the order last confirmed is checked by comparing
 * eleven strings.
 */
class KeyCheck {
  private confirmed: readonly string[] | null = null;

  exact(row: object): boolean {
    const keys = Object.keys(row);
    if (keys.length !== KEYS.length) return false;
    if (this.confirmed !== null && keys.every((k, i) => k === this.confirmed?.[i])) return true;
    if (!KEYS.every((k) => keys.includes(k))) return false;
    this.confirmed = keys;
    return true;
  }
}

/**
 * The ChannelMetrics table as it is, when every row is a plain object that `channelMetricSchema`
 * would return unchanged; `null` otherwise (the schema then parses it and names each problem). A
 * workbook can hold a million such rows: checking them in place spares a copy of each.
 *
 * @example plainChannelMetrics([channelMetric()]) // the same array
 * @example plainChannelMetrics([{ ...channelMetric(), cost: -1 }]) // null
 */
export function plainChannelMetrics(rows: unknown): ChannelMetric[] | null {
  if (!Array.isArray(rows)) return null;
  const keys = new KeyCheck();
  for (const row of rows as readonly unknown[]) {
    if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype)
      return null;
    if (!hasValidFields(row as Record<string, unknown>) || !keys.exact(row)) return null;
  }
  return rows as ChannelMetric[];
}
