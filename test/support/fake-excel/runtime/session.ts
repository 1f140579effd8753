import type { BookModel } from '../model/types';

/** One round trip to the fake Excel. */
export interface SyncRecord {
  /** 1-based, in order over the whole session. */
  readonly index: number;
  /** True for the flush `Excel.run` makes after the batch function resolves. */
  readonly implicit: boolean;
  /** Queued actions sent (property sets, method calls, loads). */
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Error code when the sync failed. */
  readonly error?: string;
  /** Whether `application.suspendApiCalculationUntilNextSync()` was queued in this batch. */
  readonly calculationSuspended: boolean;
  /** Whether `application.calculate(…)` ran in this batch (its type: `Recalculate`, `Full`, …). */
  readonly calculated?: string;
  /** Whether the batch ran in an `Excel.run({ mergeUndoGroup: true })` (one undo group per run). */
  readonly mergeUndoGroup?: boolean;
}

/** Default request/response limit: Excel on the web's 5 MB, read as 5 × 1024 × 1024 bytes. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Office's limit on cells in one read. */
export const READ_CELL_LIMIT = 5_000_000;

/** State shared by every context of one installed fake. */
export class Session {
  book: BookModel;
  /** `null` models desktop Excel, which has no payload limit. */
  payloadLimitBytes: number | null = WEB_PAYLOAD_LIMIT;
  /**
   * What a read of more than 5,000,000 cells does: `error` (`RangeExceedsLimit`, desktop Excel) or
   * `null` (the property comes back `null`, as Excel on the web may answer).
   */
  oversizedReads: 'error' | 'null' = 'error';
  /** Office's limit on cells in one read (`READ_CELL_LIMIT`); tests lower it to model big reads cheaply. */
  readCellLimit = READ_CELL_LIMIT;
  readonly syncs: SyncRecord[] = [];
  /** Error codes the next syncs fail with, first first. */
  readonly faults: string[] = [];
  private editMode = false;
  private editWaiters: Array<() => void> = [];

  constructor(book: BookModel) {
    this.book = book;
  }

  get cellEditMode(): boolean {
    return this.editMode;
  }

  /** While on, syncs fail with `InvalidOperationInCellEditMode`, or wait (`delayForCellEdit`). */
  setCellEditMode(on: boolean): void {
    this.editMode = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const resume of waiters) resume();
    }
  }

  /** Resolves when the user leaves cell edit mode. */
  whenEditEnds(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  record(entry: Omit<SyncRecord, 'index'>): SyncRecord {
    const full = { index: this.syncs.length + 1, ...entry };
    this.syncs.push(full);
    return full;
  }
}
