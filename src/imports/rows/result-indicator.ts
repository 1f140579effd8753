/** Result types of Meta's `Result indicator` that are not conversions (reach, clicks, views, …). */
const NOT_CONVERSIONS =
  /(^|[^a-z])(reach|impressions?|link_clicks?|clicks?|post_engagement|page_engagement|engagement|video_view|thruplay|landing_page_view|profile_visit|estimated_ad_recallers|frequency|likes?|follows?)([^a-z]|$)/;

/**
 * Whether a Meta result indicator names something other than a conversion, in which case the row's
 * Results are not conversions. Purchases, leads, registrations and other conversion events are.
 *
 * @example isNonConversionResult('reach') // true
 * @example isNonConversionResult('actions:offsite_conversion.fb_pixel_purchase') // false
 */
export function isNonConversionResult(indicator: string): boolean {
  const text = indicator.trim().toLowerCase().replace(/\s+/g, '_');
  return text !== '' && NOT_CONVERSIONS.test(text);
}
