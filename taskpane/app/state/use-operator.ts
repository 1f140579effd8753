import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { OperatorActions, RunPreview, RunProgress } from '../../../src/excel/operator-actions';
import type { CellAddress } from '../../../src/workbook/address/address-of';
import { errorMessage, isCancellation } from './error-message';
import type { ExcelWaitFeed } from './excel-wait-feed';
import type { OutcomeFeed } from './outcome-feed';
import { paneReducer } from './pane-reducer';
import { INITIAL_STATE, type Operation, type PaneState, type PaneTab } from './pane-state';
import { useImportFlow, type ImportControls } from './use-import-flow';

/** What the pane's components can ask for; every call returns at once and reports through `state`. */
export interface OperatorControls extends ImportControls {
  readonly state: PaneState;
  /** Work is under way: buttons that start work are disabled. */
  readonly busy: boolean;
  /** Whether the work under way can be stopped now (nothing written yet, nothing will be). */
  readonly cancellable: boolean;
  readonly refreshWorkbook: () => void;
  readonly chooseCampaign: (campaignId: string | null) => void;
  readonly chooseTab: (tab: PaneTab) => void;
  /** Run checks: reads and checks, writes nothing. */
  readonly check: () => void;
  /** Write report: writes what the checks showed. */
  readonly write: () => void;
  /** Stops the work under way, where that is safe. */
  readonly cancel: () => void;
  readonly discardCheck: () => void;
  readonly askRevert: () => void;
  readonly keepRun: () => void;
  readonly revert: () => void;
  readonly createTemplate: (sample: boolean, fromPlacemat?: boolean) => void;
  readonly select: (target: CellAddress | { readonly sheet: string }) => void;
  readonly dismissError: () => void;
}

/** Work that writes nothing at all: stopping it at any moment is safe, and done at once. */
const READ_ONLY: ReadonlySet<Operation> = new Set(['workbook', 'prepare', 'import_prepare']);

/**
 * Whether the work under way may be stopped: work that writes nothing, and a write until it starts
 * writing (docs/taskpane.md, "Cancel").
 *
 * @example isCancellable({ ...state, pending: { operation: 'prepare', … } }) // true
 */
export function isCancellable(state: PaneState): boolean {
  const operation = state.pending?.operation;
  if (operation === undefined) return false;
  if (READ_ONLY.has(operation)) return operation !== 'workbook';
  if (operation !== 'commit' || state.track.kind !== 'progress') return false;
  const step = state.track.progress?.step;
  return step !== 'writing' && step !== 'done';
}

/**
 * The pane's flow over `actions`: look at the workbook (its tables, campaigns and last run), run
 * checks (nothing written) → write report, revert, template, selection, imports, and the outcomes
 * of runs started from the ribbon (`outcomes`). Every rejected promise becomes `state.error`;
 * nothing is logged and forgotten. Only one piece of work runs at a time; work that writes nothing
 * can be cancelled, a write until it starts writing.
 *
 * @example const { state, check, write } = useOperator(actions);
 */
export function useOperator(
  actions: OperatorActions,
  outcomes?: OutcomeFeed,
  waits?: ExcelWaitFeed,
): OperatorControls {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  const tokens = useRef(0);
  const active = useRef<{ token: number; controller: AbortController } | null>(null);

  const begin = useCallback(
    (
      operation: Operation,
      details: { readonly sample?: boolean; readonly source?: 'file' | 'selection' } = {},
    ) => {
      tokens.current += 1;
      const token = tokens.current;
      active.current = { token, controller: new AbortController() };
      dispatch({ type: 'started', operation, token, at: Date.now(), ...details });
      return token;
    },
    [],
  );

  /** The signal that stops the work of `token` (a fresh, never-aborted one for work no longer current). */
  const signalOf = useCallback(
    (token: number): AbortSignal =>
      active.current?.token === token ? active.current.controller.signal : new AbortController().signal,
    [],
  );

  /** Runs one piece of work: its answer, its failure or its cancellation reaches the reducer under its token. */
  const attempt = useCallback(async <T>(token: number, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (reason) {
      if (isCancellation(reason)) dispatch({ type: 'cancelled', token });
      else dispatch({ type: 'failed', token, message: errorMessage(reason) });
      return null;
    } finally {
      if (active.current?.token === token) active.current = null;
    }
  }, []);

  const refreshWorkbook = useCallback(async () => {
    if (active.current !== null) return;
    const token = begin('workbook');
    const read = await attempt(token, async () => {
      const campaigns = await latest.current.actions.listCampaigns();
      const lastRun = await latest.current.actions.describeLastRun();
      return { campaigns, lastRun };
    });
    if (read !== null) dispatch({ type: 'workbook_read', token, ...read });
  }, [attempt, begin]);

  const progress = useCallback(
    (token: number) => (p: RunProgress) => dispatch({ type: 'progressed', token, progress: p }),
    [],
  );

  const check = useCallback(async () => {
    if (active.current !== null) return;
    const { campaignId } = latest.current.state;
    const token = begin('prepare');
    const result = await attempt(token, () =>
      latest.current.actions.prepareRun(
        { campaignIds: campaignId === null ? null : [campaignId] },
        progress(token),
        signalOf(token),
      ),
    );
    if (result !== null) dispatch({ type: 'prepared', token, result });
  }, [attempt, begin, progress, signalOf]);

  const write = useCallback(async () => {
    const { track } = latest.current.state;
    if (active.current !== null || track.kind !== 'checked') return;
    const preview: RunPreview = track.preview;
    const token = begin('commit');
    const result = await attempt(token, () =>
      latest.current.actions.commitRun(preview, progress(token), signalOf(token)),
    );
    if (result === null) return;
    dispatch({ type: 'committed', token, result });
    if (result.kind === 'committed') await refreshWorkbook();
  }, [attempt, begin, progress, signalOf, refreshWorkbook]);

  const cancel = useCallback(() => {
    const { state: now } = latest.current;
    const work = active.current;
    if (work === null || now.pending === null || !isCancellable(now)) return;
    work.controller.abort();
    // Work that writes nothing is dropped at once; a write goes back only once the host confirms it
    // stopped before writing (its AbortError), so the pane never says "cancelled" over a write.
    if (READ_ONLY.has(now.pending.operation)) {
      active.current = null;
      dispatch({ type: 'cancelled', token: work.token });
    }
  }, []);

  const revert = useCallback(async () => {
    if (active.current !== null) return;
    const token = begin('revert');
    const result = await attempt(token, () => latest.current.actions.revertLastRun());
    if (result === null) return;
    dispatch({ type: 'reverted', token, result });
    await refreshWorkbook();
  }, [attempt, begin, refreshWorkbook]);

  const createTemplate = useCallback(
    async (sample: boolean, fromPlacemat = false) => {
      if (active.current !== null) return;
      const token = begin('template', { sample });
      const result = await attempt(token, () => latest.current.actions.createTemplate({ sample }));
      if (result === null) return;
      dispatch({ type: 'template_created', token, result, fromPlacemat });
      await refreshWorkbook();
    },
    [attempt, begin, refreshWorkbook],
  );

  const select = useCallback((target: CellAddress | { readonly sheet: string }) => {
    latest.current.actions
      .select(target)
      .catch((reason: unknown) => dispatch({ type: 'select_failed', message: errorMessage(reason) }));
  }, []);

  const busy = useCallback(() => active.current !== null, []);
  const imports = useImportFlow({ begin, attempt, busy, dispatch, latest });

  useEffect(() => {
    void refreshWorkbook();
  }, [actions, refreshWorkbook]);

  useEffect(() => {
    if (outcomes === undefined) return undefined;
    const seen = (outcome: Parameters<Parameters<OutcomeFeed['subscribe']>[0]>[0]) => {
      dispatch({ type: 'outside_outcome', outcome });
      if (outcome.kind === 'committed') void refreshWorkbook();
    };
    if (outcomes.last !== null) seen(outcomes.last);
    return outcomes.subscribe(seen);
  }, [outcomes, refreshWorkbook]);

  useEffect(() => waits?.subscribe((waiting) => dispatch({ type: 'excel_waiting', waiting })), [waits]);

  return useMemo(
    () => ({
      state,
      busy: state.pending !== null,
      cancellable: isCancellable(state),
      refreshWorkbook: () => void refreshWorkbook(),
      chooseCampaign: (campaignId: string | null) => dispatch({ type: 'campaign_chosen', campaignId }),
      chooseTab: (tab: PaneTab) => dispatch({ type: 'tab_chosen', tab }),
      check: () => void check(),
      write: () => void write(),
      cancel,
      discardCheck: () => dispatch({ type: 'check_discarded' }),
      askRevert: () => dispatch({ type: 'revert_asked' }),
      keepRun: () => dispatch({ type: 'revert_kept' }),
      revert: () => void revert(),
      createTemplate: (sample: boolean, fromPlacemat?: boolean) => void createTemplate(sample, fromPlacemat),
      select,
      dismissError: () => dispatch({ type: 'error_dismissed' }),
      ...imports,
    }),
    [state, refreshWorkbook, check, write, cancel, revert, createTemplate, select, imports],
  );
}
