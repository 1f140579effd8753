/// <reference types="office-js" />
import type { Inventory, RawTable, ReadRequest, WorkbookHost } from '../../workbook/host';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { DEFAULT_RETRY, withCellEditRetry, type RetryPolicy } from '../cell-edit-retry';
import { OperatorError, officeErrorCode } from '../office-error';
import { toOperatorError, totalsRowMessage } from '../office-messages';
import { checkRequirementSets } from '../requirement-sets';
import { compilePlan } from './compile-plan';
import { datesTo1900, planIn1904, queueDateSystemProbe } from './date-system';
import { readInBlocks } from './read-in-blocks';
import { readInventory } from './read-inventory';
import { queueSource, rawTable, type LoadedGrid } from './read-sources';
import { packInOrder, REQUEST_BUDGET_BYTES } from './request-size';
import { checkCellTexts } from './text-limit';
import { runsAsOneUndoStep, undoGroupsSupported } from './undo-group';
import type { WriteStep } from './write-step';

export interface OfficeHostOptions {
  /** Retries of a batch refused while the user edits a cell. */
  readonly retry?: RetryPolicy;
  /** Request bytes per sync (default `REQUEST_BUDGET_BYTES`, under Excel on the web's 5 MB). */
  readonly requestBudgetBytes?: number;
}

/** Progress of `apply`: batches written out of the batches to write. */
export type WriteProgress = (written: number, total: number) => void;

const TOO_BIG: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Excel on the web may answer a read over 5,000,000 cells with `null` instead of an error. */
const answeredNull = (grid: LoadedGrid) => (grid.values as unknown) === null;

/**
 * The workbook layer's host over Excel's JavaScript API. `inventory` and `read` take one sync each;
 * `apply` takes one per `requestBudgetBytes` of writes (one for any ordinary run) and one more to
 * have Excel recalculate. Each batch runs in its own `Excel.run`, is retried while the user edits a
 * cell, and fails with an `OperatorError` whose message is for people. Where ExcelApi 1.20 exists
 * a whole `apply` is one `Excel.run` merged into one undo step. Dates are read and written in the
 * 1900 date system the workbook layer uses, whatever the workbook's. Rows are not appended to a
 * table its last read found with a totals row: `apply` refuses before writing anything, as the file
 * host does. docs/excel-host.md.
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
  /** The workbook's date system, as the last inventory (or read) found it. */
  private date1904: boolean | undefined;

  constructor(options: OfficeHostOptions = {}) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  }

  /**
   * One `Excel.run`, retried while a cell is being edited. Every Excel call of the add-in goes
   * through here (or `runAsOneUndoStep`), after the requirement-set check: an old Excel gets a clear
   * message, not a failure halfway.
   */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    checkRequirementSets();
    return withCellEditRetry(() => Excel.run(batch), this.retry);
  };

  async inventory(): Promise<Inventory> {
    return this.translated(() =>
      this.run(async (context) => {
        const is1904 = queueDateSystemProbe(context);
        const inventory = await readInventory(context);
        this.date1904 = is1904();
        return inventory;
      }),
    );
  }

  /** The date system as the last inventory found it (`undefined` before any). */
  knownDateSystem1904(): boolean | undefined {
    return this.date1904;
  }

  /**
   * Whether the workbook uses the 1904 date system: known from the last inventory, else probed in
   * a sync of its own.
   *
   * @example if (await host.dateSystem1904()) …
   */
  async dateSystem1904(): Promise<boolean> {
    if (this.date1904 !== undefined) return this.date1904;
    const found = await this.translated(() =>
      this.run(async (context) => {
        const is1904 = queueDateSystemProbe(context);
        await context.sync();
        return is1904();
      }),
    );
    this.date1904 = found;
    return found;
  }

  async read(requests: readonly ReadRequest[]): Promise<RawTable[]> {
    const date1904 = await this.dateSystem1904();
    // A 1904 workbook's dates are found by their number formats, so those are read too.
    const loads = date1904 ? requests.map((r) => ({ ...r, withNumberFormats: true })) : requests;
    return this.translated(async () => {
      let grids: LoadedGrid[] | null;
      try {
        grids = await this.run(async (context) => {
          const pending = loads.map((request) => queueSource(context, request));
          await context.sync();
          return pending.map((collect) => collect());
        });
        if (grids.some(answeredNull)) grids = null;
      } catch (error) {
        const code = officeErrorCode(error);
        if (code === null || !TOO_BIG.has(code)) throw error;
        grids = null;
      }
      grids ??= await readInBlocks(this.run, loads);
      return requests.map((request, i) => {
        const grid = grids[i];
        if (grid === undefined) throw new Error(`no cells were read for ${request.source.name}`);
        const name = request.source.name.toLowerCase();
        if (request.source.kind === 'table' && grid.hasTotals) this.withTotals.add(name);
        else this.withTotals.delete(name);
        return rawTable(request, date1904 ? in1900(grid, request) : grid);
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
    checkCellTexts(plan);
    const date1904 = await this.dateSystem1904();
    const batches = packInOrder(compilePlan(date1904 ? planIn1904(plan) : plan), this.budget);
    await this.translated(() =>
      undoGroupsSupported() && runsAsOneUndoStep(plan)
        ? this.applyAsOneUndoStep(batches, onProgress)
        : this.applyBatches(batches, onProgress),
    );
  }

  /** Each batch in its own `Excel.run` (each its own undo record where Excel keeps add-in changes). */
  private async applyBatches(batches: WriteStep[][], onProgress: WriteProgress): Promise<void> {
    let mode: string | undefined;
    try {
      for (const [i, batch] of batches.entries()) {
        mode = (await this.run((context) => writeBatch(context, batch, i === 0))) ?? mode;
        onProgress(i + 1, batches.length);
      }
    } finally {
      await this.recalculate(mode);
    }
  }

  /**
   * Every batch in one `Excel.run` merged into one undo group (ExcelApi 1.20): Ctrl+Z undoes the
   * whole run. Excel is asked to wait while a cell is being edited (`delayForCellEdit`) instead of
   * refusing, so no batch is sent twice.
   */
  private async applyAsOneUndoStep(batches: WriteStep[][], onProgress: WriteProgress): Promise<void> {
    let mode: string | undefined;
    try {
      await this.runAsOneUndoStep(async (context) => {
        for (const [i, batch] of batches.entries()) {
          mode = (await writeBatch(context, batch, i === 0)) ?? mode;
          onProgress(i + 1, batches.length);
        }
        await recalculateIn(context, mode);
        mode = undefined;
      });
    } finally {
      await this.recalculate(mode);
    }
  }

  /** One `Excel.run` whose syncs Excel merges into one undo group; it waits out cell editing. */
  private runAsOneUndoStep(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
    checkRequirementSets();
    if (!undoGroupsSupported()) throw new Error('undo groups need ExcelApi 1.20');
    return Excel.run({ mergeUndoGroup: true, delayForCellEdit: true }, batch);
  }

  /**
   * Has Excel recalculate after suspended batches (calculation was suspended for each, and
   * `suspendApiCalculationUntilNextSync` leaves the recalculation to the add-in), in Automatic mode
   * only: a workbook set to Manual (or Automatic except tables) keeps its choice. Also after a
   * failed batch, so what earlier batches wrote is calculated; a failure of this sync itself is
   * left unreported (the run's own outcome is what the person needs to hear).
   */
  private async recalculate(mode: string | undefined): Promise<void> {
    if (mode !== 'Automatic') return;
    try {
      await this.run((context) => recalculateIn(context, mode));
    } catch {
      // The values are written; formulas catch up at Excel's next recalculation.
    }
  }

  private async translated<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toOperatorError(error);
    }
  }
}

/**
 * Queues a batch's steps with calculation suspended and syncs; the first batch also reads the
 * calculation mode (returned), so the recalculation afterwards costs no extra read.
 */
async function writeBatch(
  context: Excel.RequestContext,
  batch: readonly WriteStep[],
  first: boolean,
): Promise<string | undefined> {
  context.application.suspendApiCalculationUntilNextSync();
  const application = first ? context.application.load('calculationMode') : null;
  for (const step of batch) step.queue(context);
  await context.sync();
  return application?.calculationMode;
}

async function recalculateIn(context: Excel.RequestContext, mode: string | undefined): Promise<void> {
  if (mode !== 'Automatic') return;
  context.application.calculate(Excel.CalculationType.recalculate);
  await context.sync();
}

/** A grid read from a 1904 workbook, its dates in the 1900 system; formats kept only if asked. */
function in1900(grid: LoadedGrid, request: ReadRequest): LoadedGrid {
  const values = datesTo1900(grid.values as unknown[][], grid.formats ?? []);
  if (request.withNumberFormats === true) return { ...grid, values };
  const { formats: _formats, ...rest } = grid;
  return { ...rest, values };
}
