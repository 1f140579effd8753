/// <reference types="office-js" />
import { OfficeWorkbookHost } from './host/office-workbook-host';
import { toOperatorError } from './office-messages';
import type { OperatorActions } from './operator-actions';
import type { ActionContext } from './actions/action-context';
import { createTemplate } from './actions/create-template';
import type { OfficeImportActions } from './actions/import-actions.js';
import { listCampaigns } from './actions/list-campaigns';
import { revertLastRun } from './actions/revert-last-run';
import { documentSettings, RunLedger } from './actions/run-ledger';
import { RunTrackActions } from './actions/run-track-actions';
import { selectTarget } from './actions/select-target';

export interface OfficeActionsOptions {
  readonly host?: OfficeWorkbookHost;
  /** The clock: the report time when neither the run nor Settings names one. */
  readonly now?: () => number;
  /** Makes run ids and report/feedback ids. */
  readonly newId?: () => string;
  /** Where the last committed run is kept (default: memory and the document's add-in settings). */
  readonly ledger?: RunLedger;
}

/** Runs an action: whatever goes wrong becomes a message for people (the host checks requirement sets). */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toOperatorError(error);
  }
}

/**
 * The task pane's actions over the open workbook (Office.js). Every Excel call checks Excel's
 * requirement sets first (`OfficeWorkbookHost.run`); every action rejects with an `OperatorError` whose message is for people.
 *
 * @example
 * const actions = createOfficeActions();
 * const preview = await actions.prepareRun({ campaignIds: null }, setProgress);
 */
export function createOfficeActions(options: OfficeActionsOptions = {}): OperatorActions {
  const context: ActionContext = {
    host: options.host ?? new OfficeWorkbookHost(),
    now: options.now ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    ledger: options.ledger ?? new RunLedger(documentSettings()),
  };
  const runs = new RunTrackActions(context);
  // The importers (decoding, platform recognition) load on the first import, not with the pane.
  let loaded: Promise<OfficeImportActions> | undefined;
  const imports = (): Promise<OfficeImportActions> =>
    (loaded ??= import(/* webpackChunkName: "imports" */ './actions/import-actions.js').then(
      ({ OfficeImportActions }) => new OfficeImportActions(context),
      (error: unknown) => {
        loaded = undefined; // a chunk that failed to load is asked for again next time
        throw error;
      },
    ));
  return {
    listCampaigns: () => guarded(() => listCampaigns(context)),
    prepareRun: (request, onProgress) => guarded(() => runs.prepareRun(request, onProgress)),
    commitRun: (preview, onProgress) => guarded(() => runs.commitRun(preview, onProgress)),
    revertLastRun: () => guarded(() => revertLastRun(context)),
    createTemplate: (request) => guarded(() => createTemplate(context, request)),
    select: (target) => guarded(() => selectTarget(context.host, target)),
    prepareImport: (request) => guarded(async () => (await imports()).prepareImport(request)),
    commitImport: (preview) => guarded(async () => (await imports()).commitImport(preview)),
  };
}
