import type { LocalDate } from '../../engine/model/primitives';
import type { RawTable } from '../host';
import type { CampaignHistoryRow } from '../tables/log-contracts';
import { isPortfolioSheetName } from './portfolio-sheet';
import { portfolioSheetsOfRun } from './revert-portfolio';
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

export interface SameDayPortfolioArgs {
  /** Campaign History as the workbook holds it. */
  readonly history: readonly CampaignHistoryRow[];
  /** The Report and CMO Feedback sheets this run replaces (`sameDaySheets`). */
  readonly replaced: readonly string[];
  /** The sheets named like a Portfolio sheet, as read (`portfolioSheetRequests`). */
  readonly portfolios: readonly RawTable[];
  /** The run's report date. */
  readonly date: LocalDate;
}

/**
 * The Portfolio sheets of a same-day run that a run over several campaigns replaces
 * (docs/outputs-in-workbook.md, "The Portfolio sheet"): those named `Portfolio <date>` or
 * `Portfolio <date> (n)` whose Run ID cell names a run whose Report or CMO Feedback sheet this run
 * replaces. Campaign History does not name the Portfolio sheet; its Run ID cell says which run wrote
 * it, as for a revert (`portfolioSheetsOfRun`). A sheet renamed, or whose Run ID was edited, is left
 * alone: the new sheet then takes the next free name.
 *
 * @example
 * sameDayPortfolios({ history, replaced: ['Report C1 2026-11-24'], portfolios, date: '2026-11-24' })
 * // ['Portfolio 2026-11-24'] when its Run ID is the run whose history row names 'Report C1 2026-11-24'
 */
export function sameDayPortfolios(args: SameDayPortfolioArgs): string[] {
  const replaced = new Set(args.replaced.map(sheetKey));
  const runs = new Set(
    args.history
      .filter((row) =>
        [row.reportSheet, row.feedbackSheet].some((name) => name !== null && replaced.has(sheetKey(name))),
      )
      .flatMap((row) => (row.runId === null ? [] : [row.runId])),
  );
  const ofDate = args.portfolios.filter((sheet) => isPortfolioSheetName(sheet.sheet, args.date));
  return [...new Set([...runs].flatMap((runId) => portfolioSheetsOfRun(ofDate, runId)))];
}
