/// <reference types="office-js" />
import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../../workbook/host';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { DEFAULT_RETRY, withCellEditRetry, type RetryPolicy } from '../cell-edit-retry';
import { OperatorError, officeErrorCode } from '../office-error';
import { toOperatorError, totalsRowMessage } from '../office-messages';
import { compilePlan } from './compile-plan';
import { readInBlocks } from './read-in-blocks';
import { readInventory } from './read-inventory';
import { queueSource, rawTable, type LoadedGrid } from './read-sources';
import { packInOrder, REQUEST_BUDGET_BYTES } from './request-size';

export interface OfficeHostOptions {
  /** Retries of a batch refused while the user edits a cell. */
  readonly retry?: RetryPolicy;
  /** Request bytes per sync (default `REQUEST_BUDGET_BYTES`, under Excel on the web's 5 MB). */
  readonly requestBudgetBytes?: number;
}

/** Progress of `apply`: batches written out of the batches to write. */
export type WriteProgress = (written: number, total: number) => void;

const TOO_BIG: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/**
 * The workbook layer's host over Excel's JavaScript API. `inventory` and `read` take one sync each;
 * `apply` takes one per `requestBudgetBytes` of writes (one for any ordinary run). Each batch runs in
 * its own `Excel.run`, is retried while the user edits a cell, and fails with an `OperatorError`
 * whose message is for people. Rows are not appended to a table its last read found with a totals
 * row (they would overwrite it): `apply` refuses before writing anything, as the file host does.
 *
 * @example
 * const host = new OfficeWorkbookHost();
 * const read = await readWorkbook(host);
 */
export class OfficeWorkbookHost implements WorkbookHost {
  private readonly retry: RetryPolicy;
  private readonly budget: number;
  /** Tables with a totals row, as the last read found them (lower case). */
  private readonly withTotals = new Set<string>();

  constructor(options: OfficeHostOptions = {}) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  }

  /** One `Excel.run`, retried while a cell is being edited. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    withCellEditRetry(() => Excel.run(batch), this.retry);

  async inventory(): Promise<Inventory> {
    return this.translated(() => this.run(readInventory));
  }

  async read(requests: readonly ReadRequest[]): Promise<RawTable[]> {
    return this.translated(async () => {
      let grids: LoadedGrid[];
      try {
        grids = await this.run(async (context) => {
          const pending = requests.map((request) => queueSource(context, request));
          await context.sync();
          return pending.map((collect) => collect());
        });
      } catch (error) {
        const code = officeErrorCode(error);
        if (code === null || !TOO_BIG.has(code)) throw error;
        grids = await readInBlocks(this.run, requests);
      }
      return requests.map((request, i) => {
        const grid = grids[i];
        if (grid === undefined) throw new Error(`no cells were read for ${request.source.name}`);
        const name = request.source.name.toLowerCase();
        if (request.source.kind === 'table' && grid.hasTotals) this.withTotals.add(name);
        else this.withTotals.delete(name);
        return rawTable(request, grid);
      });
    });
  }

  async apply(plan: WritePlan, onProgress: WriteProgress = () => undefined): Promise<void> {
    for (const op of plan.ops) {
      if (
        op.kind === 'appendRows' &&
        op.source.kind === 'table' &&
        this.withTotals.has(op.source.name.toLowerCase())
      )
        throw new OperatorError('TableHasTotalsRow', totalsRowMessage(op.source.name));
    }
    const batches = packInOrder(compilePlan(plan), this.budget);
    await this.translated(async () => {
      for (const [i, batch] of batches.entries()) {
        await this.run(async (context) => {
          context.application.suspendApiCalculationUntilNextSync();
          for (const step of batch) step.queue(context);
          await context.sync();
        });
        onProgress(i + 1, batches.length);
      }
    });
  }

  private async translated<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toOperatorError(error);
    }
  }
}
