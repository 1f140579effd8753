import type { ImportIssue } from '../engine/issues/import-issue';
import type { ImportOptions } from './import-types';
import { recognisePlatform } from './recognise/recognise-platform';
import { ExportRows } from './rows/export-rows';

/**
 * Recognises the header and prepares to read the rows below it, or says why the export cannot be
 * imported: no ad figures at all, or an unrecognised platform with no channel to file it under.
 * `delimiter`: a file's (quoted cells holding it over several lines are swallowed rows), `null` for
 * a pasted range.
 *
 * @example startRows(['Session campaign', 'Date', 'Sessions', 'Key events', 'Engaged sessions'], 1, options)
 * // { issue: { code: 'missing_metrics', platform: 'ga4', … } }
 */
export function startRows(
  headers: readonly string[],
  headerLine: number,
  options: ImportOptions,
  delimiter: string | null = null,
): { rows: ExportRows } | { issue: ImportIssue } {
  const r = recognisePlatform(headers);
  const c = r.columns;
  const headersSeen = headers.filter((h) => h.trim() !== '');
  if (c.impressions === undefined && c.clicks === undefined && c.cost === undefined) {
    return { issue: { code: 'missing_metrics', platform: r.platform, headersSeen } };
  }
  const channelGiven = options.channel !== undefined && options.channel.trim() !== '';
  if (r.platform === 'generic' && c.channelType === undefined && !channelGiven) {
    return { issue: { code: 'unknown_platform', headersSeen } };
  }
  return { rows: new ExportRows(r, options, headerLine, delimiter) };
}
