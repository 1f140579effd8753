import type { RawCell } from '../workbook/host';
import { readRange } from './import-range';
import type { ImportOptions, ParsedExport } from './import-types';
import { pastedReadingIssues, withPastedReadings } from './pasted-readings';

/**
 * An export the user pasted into a sheet: `importRange`, refused when Excel read some of its numbers
 * or dates and not others (then it read them another way than the export writes them; see
 * `pastedReadingIssues`). Line numbers in issues are 1-based rows of the range.
 *
 * @example
 * importPastedRange([['Kampagnenname', 'Tag', 'Ausgegebener Betrag (EUR)', 'Impressionen', 'Link-Klicks'],
 *   ['Frühling', 45778, '1.300,50', 15, 400]], { campaignId: 'C1', campaignCurrency: 'EUR' })
 * // { ok: false, issues: [{ code: 'pasted_number_format', … }], … }
 */
export function importPastedRange(
  cells: ReadonlyArray<readonly RawCell[]>,
  options: ImportOptions,
): ParsedExport {
  const { parsed, layout } = readRange(cells, options);
  const misread = layout === null ? [] : pastedReadingIssues(cells, layout);
  if (misread.length === 0) return parsed;
  return {
    ok: false,
    issues: withPastedReadings(parsed.ok ? [] : parsed.issues, misread),
    moreIssues: parsed.ok ? 0 : parsed.moreIssues,
    reading: parsed.reading,
  };
}
