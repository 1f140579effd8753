import type { LocalDate } from '../../engine/model/primitives';

/**
 * The identity of a ChannelMetrics row for re-imports: campaign, channel and date. Channels match
 * ignoring case, repeated spaces and the kind of dash (`Google Ads – Search` = `google ads - search`).
 *
 * @example metricKey('C1', 'Google Ads – Search', '2025-03-04') === metricKey('C1', 'google ads - search', '2025-03-04') // true
 */
export function metricKey(
  campaignId: string,
  channel: string,
  date: LocalDate | null | `?${string}`,
): string {
  const ch = channel
    .trim()
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ');
  return `${campaignId.trim()}\u0000${ch}\u0000${date ?? ''}`;
}
