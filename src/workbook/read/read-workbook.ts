import type { Inventory, WorkbookHost } from '../host';
import { planReads } from './plan-reads';
import { readModel, type ReadModelResult } from './read-model';

/** What `readModel` gives, plus the workbook's sheets and tables (new sheets must not collide). */
export type ReadWorkbookResult = ReadModelResult & { readonly inventory: Inventory };

/**
 * Reads a workbook through its host in exactly two calls: `inventory()`, then one `read()` with every
 * table the run needs.
 *
 * @example
 * const result = await readWorkbook(host);
 * if (result.ok) track(result.input, { asOf, runId, newId, knownLearnings: result.logs.learnings });
 */
export async function readWorkbook(host: WorkbookHost): Promise<ReadWorkbookResult> {
  const inventory = await host.inventory();
  const plan = planReads(inventory);
  const tables = await host.read(plan.requests);
  return { ...readModel(tables, plan.issues), inventory };
}
