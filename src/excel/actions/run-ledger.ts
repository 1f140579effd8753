/// <reference types="office-js" />

/** What the ledger needs of `Office.context.document.settings`. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** The document setting naming the run last committed from this add-in. */
export const LAST_RUN_SETTING = 'campaignOperator.lastCommittedRun';

/**
 * The run this add-in last committed to the workbook, kept where Excel's undo does not reach: in
 * memory (the pane and the ribbon share one runtime) and in the document's add-in settings (so a
 * reloaded pane knows it too). Revert last run compares it with the logs: a committed run missing
 * from the Task Log and Campaign History was undone (Ctrl+Z, ExcelApi 1.20) or deleted, and the run
 * the logs now end with is not the one to revert. docs/excel-host.md, "Undo".
 *
 * @example const ledger = new RunLedger(Office.context.document.settings); await ledger.record('run-1');
 */
export class RunLedger {
  private last: string | null = null;

  constructor(private readonly settings: SettingsStore | null) {}

  /** The run last committed, or null when this workbook has none on record. */
  lastCommitted(): string | null {
    if (this.last !== null) return this.last;
    const stored = this.settings?.get(LAST_RUN_SETTING);
    return typeof stored === 'string' && stored !== '' ? stored : null;
  }

  /** Records a committed run; saving the setting is best effort (memory holds it regardless). */
  async record(runId: string): Promise<void> {
    this.last = runId;
    const settings = this.settings;
    if (settings === null) return;
    try {
      settings.set(LAST_RUN_SETTING, runId);
      await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    } catch {
      // Without the setting a reloaded pane falls back to the logs alone.
    }
  }
}

/**
 * The document's add-in settings, or null where Office has none (outside Excel).
 *
 * @example new RunLedger(documentSettings())
 */
export function documentSettings(): SettingsStore | null {
  try {
    return Office.context.document.settings ?? null;
  } catch {
    return null;
  }
}
