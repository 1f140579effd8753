import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../host';
import type { WorkbookLogs } from '../read/workbook-logs';
import { isPortfolioSheetName, PORTFOLIO_RUN_ID_LABEL } from './portfolio-sheet';
import { isReverted, lastRunId } from './revert-run';

/**
 * The sheets to read before reverting the last run for the Portfolio sheet it may have written:
 * those named like a Portfolio sheet, when that run tracked several campaigns (Campaign History has
 * a row for each). Campaign History does not name the Portfolio sheet; the sheet's own Run ID cell
 * says which run wrote it, so no log column is needed and older workbooks work as they are.
 *
 * @example portfolioReadRequests(logs, inventory) // [{ source: { kind: 'sheet', name: 'Portfolio 2026-11-24' } }]
 */
export function portfolioReadRequests(logs: WorkbookLogs, inventory: Inventory): ReadRequest[] {
  const runId = lastRunId(logs);
  if (runId === null || isReverted(logs, runId)) return [];
  const campaigns = logs.campaignHistory.filter((row) => row.runId === runId).length;
  if (campaigns < 2) return [];
  return portfolioSheetRequests(inventory);
}

/**
 * A read of every sheet named like a Portfolio sheet, whichever run wrote it: what a run reads with
 * its tables (`readSources`) so that running again on the same day replaces the Portfolio sheet of
 * the run it replaces (`sameDayPortfolios`). None when no sheet is named like one.
 *
 * @example portfolioSheetRequests({ sheets: ['Tasks', 'Portfolio 2026-11-24'], tables: [] }) // one read: the Portfolio sheet
 */
export function portfolioSheetRequests(inventory: Inventory): ReadRequest[] {
  return inventory.sheets
    .filter((name) => isPortfolioSheetName(name))
    .map((name): ReadRequest => ({ source: { kind: 'sheet', name } }));
}

/** The Run ID a Portfolio sheet states (the cell right of its `Run ID` label); `null` when none. */
function runIdOf(sheet: RawTable): string | null {
  for (const row of [sheet.header, ...sheet.rows]) {
    const at = row.findIndex((cell) => cell === PORTFOLIO_RUN_ID_LABEL);
    const value = at < 0 ? undefined : row[at + 1];
    if (typeof value === 'string') return value.trim();
  }
  return null;
}

/**
 * Of the Portfolio sheets read (`portfolioReadRequests`), the names of those `runId` wrote.
 *
 * @example portfolioSheetsOfRun(sheets, 'run-9') // ['Portfolio 2026-11-24']
 */
export function portfolioSheetsOfRun(sheets: readonly RawTable[], runId: string): string[] {
  return sheets.filter((sheet) => runIdOf(sheet) === runId).map((sheet) => sheet.sheet);
}

/**
 * Reads the Portfolio sheets the last run may have written, for `buildRevertPlan`; no read at all
 * (no extra round trip in Excel) when the run tracked one campaign or no sheet is named like one.
 *
 * @example const portfolios = await readRevertPortfolios(host, read.logs, read.inventory);
 */
export async function readRevertPortfolios(
  host: WorkbookHost,
  logs: WorkbookLogs,
  inventory: Inventory,
): Promise<RawTable[]> {
  const requests = portfolioReadRequests(logs, inventory);
  return requests.length === 0 ? [] : host.read(requests);
}
