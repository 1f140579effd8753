const MAX_NAME = 60;

/**
 * A name from the workbook (a channel, a task id, a metric) inside a sentence, without quotes:
 * control characters become spaces and anything past 60 characters is cut with `…`.
 *
 * @example name('Google Ads – Search') // 'Google Ads – Search'
 * @example name('a\nb') // 'a b'
 */
export function name(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const flat = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME)}…` : flat;
}
