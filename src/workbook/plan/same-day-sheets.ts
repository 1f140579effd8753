import type { CampaignHistoryRow } from '../tables/log-contracts';
import { sheetKey } from './sheet-names';

export interface SameDayArgs {
  /** Campaign History as the workbook holds it. */
  readonly history: readonly CampaignHistoryRow[];
  /** The workbook's sheets, as named there. */
  readonly sheets: readonly string[];
  readonly campaignId: string;
  /** The names this run gives the campaign's Report and CMO Feedback sheets of the day. */
  readonly wanted: readonly string[];
}

/**
 * The sheets of a same-day run that this run replaces (docs/outputs-in-workbook.md, "Running again
 * on the same day"): each wanted name that exists in the workbook and that Campaign History
 * records as a Report or Feedback sheet an earlier run wrote for the same campaign. A sheet of
 * that name the add-in did not write for this campaign (your own, another campaign's) is never
 * replaced: the new sheet gets ` (2)` instead. Names compare as Excel compares them (any case);
 * the result gives each sheet as the workbook spells it.
 *
 * @example
 * sameDaySheets({ history, sheets: ['Report C1 2026-11-24'], campaignId: 'C1', wanted: ['Report C1 2026-11-24'] })
 * // ['Report C1 2026-11-24'] when an earlier run's Campaign History row for C1 names it
 */
export function sameDaySheets(args: SameDayArgs): string[] {
  const written = new Set(
    args.history
      .filter((row) => row.campaignId === args.campaignId)
      .flatMap((row) => [row.reportSheet, row.feedbackSheet])
      .flatMap((name) => (name === null ? [] : [sheetKey(name)])),
  );
  const wanted = new Set(args.wanted.map(sheetKey));
  return args.sheets.filter((sheet) => wanted.has(sheetKey(sheet)) && written.has(sheetKey(sheet)));
}
