import type { Inventory, RawTable, WorkbookHost } from '../host';
import { portfolioSheetRequests } from '../plan/revert-portfolio';
import { planReads } from './plan-reads';
import { readModel, type ReadModelResult } from './read-model';

/**
 * What `readModel` gives, plus the workbook's sheets and tables (new sheets must not collide) and
 * the sheets named like a Portfolio sheet (a same-day run replaces its predecessor's).
 */
export type ReadWorkbookResult = ReadModelResult & {
  readonly inventory: Inventory;
  readonly portfolios: readonly RawTable[];
};

/**
 * Reads a workbook through its host in exactly two calls: `inventory()`, then one `read()` with every
 * table the run needs.
 *
 * @example
 * const result = await readWorkbook(host);
 * if (result.ok) track(result.input, { asOf, runId, newId, knownLearnings: result.logs.learnings });
 */
export async function readWorkbook(host: WorkbookHost): Promise<ReadWorkbookResult> {
  return modelOfSources(await readSources(host));
}

/** What `readWorkbook` reads, before it becomes the model: plain data (a Web Worker can take it). */
export interface WorkbookSources {
  readonly inventory: Inventory;
  /** The cells of every table the run needs, in `planReads(inventory)`'s order. */
  readonly tables: readonly RawTable[];
  /** The sheets named like a Portfolio sheet (`portfolioSheetRequests`); none when absent. */
  readonly portfolios?: readonly RawTable[];
}

/**
 * `readWorkbook`'s two host calls alone: the inventory, then the tables the run needs with the
 * sheets named like a Portfolio sheet.
 *
 * @example const sources = await readSources(host); modelOfSources(sources).ok
 */
export async function readSources(host: WorkbookHost): Promise<WorkbookSources> {
  const inventory = await host.inventory();
  const { requests } = planReads(inventory);
  const read = await host.read([...requests, ...portfolioSheetRequests(inventory)]);
  return { inventory, tables: read.slice(0, requests.length), portfolios: read.slice(requests.length) };
}

/**
 * `readWorkbook`'s model of what `readSources` read, with no host: pure, the same result.
 *
 * @example modelOfSources({ inventory, tables }).ok // true for a good workbook
 */
export function modelOfSources(sources: WorkbookSources): ReadWorkbookResult {
  const plan = planReads(sources.inventory);
  return {
    ...readModel(sources.tables, plan.issues),
    inventory: sources.inventory,
    portfolios: sources.portfolios ?? [],
  };
}
