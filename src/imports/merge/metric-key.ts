import type { LocalDate } from '../../engine/model/primitives';

/**
 * A name as re-imports compare it: ignoring case, repeated spaces and the kind of dash
 * (`Google Ads – Search` = `google ads - search`).
 *
 * @example sameName('Brand – Exact') === sameName('brand - exact') // true
 */
export function sameName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * The channel-day of a ChannelMetrics row for re-imports: campaign, channel and date. Within a
 * channel-day, rows are told apart by Ad Campaign (`sameName`).
 *
 * @example metricKey('C1', 'Google Ads – Search', '2025-03-04') === metricKey('C1', 'google ads - search', '2025-03-04') // true
 */
export function metricKey(
  campaignId: string,
  channel: string,
  date: LocalDate | null | `?${string}`,
): string {
  return `${campaignId.trim()}\u0000${sameName(channel)}\u0000${date ?? ''}`;
}
