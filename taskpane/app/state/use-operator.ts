import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { OperatorActions, RunPreview, RunProgress } from '../../../src/excel/operator-actions';
import type { CellAddress } from '../../../src/workbook/address/address-of';
import { errorMessage } from './error-message';
import { needsConfirmation } from './needs-confirmation';
import type { OutcomeFeed } from './outcome-feed';
import { paneReducer } from './pane-reducer';
import { INITIAL_STATE, type Operation, type PaneState, type PaneTab } from './pane-state';
import { useImportFlow, type ImportControls } from './use-import-flow';

/** What the pane's components can ask for; every call returns at once and reports through `state`. */
export interface OperatorControls extends ImportControls {
  readonly state: PaneState;
  /** Work is under way: buttons that start work are disabled. */
  readonly busy: boolean;
  readonly refreshCampaigns: () => void;
  readonly chooseCampaign: (campaignId: string | null) => void;
  readonly chooseTab: (tab: PaneTab) => void;
  readonly run: () => void;
  readonly apply: () => void;
  readonly cancel: () => void;
  readonly askRevert: () => void;
  readonly keepRun: () => void;
  readonly revert: () => void;
  readonly createTemplate: (sample: boolean) => void;
  readonly select: (target: CellAddress | { readonly sheet: string }) => void;
  readonly dismissError: () => void;
}

/**
 * The pane's flow over `actions`: run checks (prepare → preview → commit, or straight to commit when
 * there is nothing to confirm), revert, template, campaign list and selection, and the outcomes of
 * runs started from the ribbon (`outcomes`). Every rejected promise
 * becomes `state.error`; nothing is logged and forgotten. Only one piece of work runs at a time.
 *
 * @example const { state, run, apply } = useOperator(actions);
 */
export function useOperator(actions: OperatorActions, outcomes?: OutcomeFeed): OperatorControls {
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  const tokens = useRef(0);
  const active = useRef<number | null>(null);

  const begin = useCallback(
    (
      operation: Operation,
      details: { readonly sample?: boolean; readonly source?: 'file' | 'selection' } = {},
    ) => {
      tokens.current += 1;
      const token = tokens.current;
      active.current = token;
      dispatch({ type: 'started', operation, token, ...details });
      return token;
    },
    [],
  );

  /** Runs one piece of work: its answer or its failure reaches the reducer under its token. */
  const attempt = useCallback(async <T>(token: number, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (reason) {
      dispatch({ type: 'failed', token, message: errorMessage(reason) });
      return null;
    } finally {
      if (active.current === token) active.current = null;
    }
  }, []);

  const refreshCampaigns = useCallback(async () => {
    if (active.current !== null) return;
    const token = begin('campaigns');
    const result = await attempt(token, () => latest.current.actions.listCampaigns());
    if (result !== null) dispatch({ type: 'campaigns_listed', token, result });
  }, [attempt, begin]);

  const commit = useCallback(
    async (preview: RunPreview) => {
      const token = begin('commit');
      const onProgress = (progress: RunProgress) => dispatch({ type: 'progressed', token, progress });
      const result = await attempt(token, () => latest.current.actions.commitRun(preview, onProgress));
      if (result !== null) dispatch({ type: 'committed', token, result });
    },
    [attempt, begin],
  );

  const run = useCallback(async () => {
    if (active.current !== null) return;
    const { campaignId } = latest.current.state;
    const token = begin('prepare');
    const result = await attempt(token, () =>
      latest.current.actions.prepareRun(
        { campaignIds: campaignId === null ? null : [campaignId] },
        (progress) => dispatch({ type: 'progressed', token, progress }),
      ),
    );
    if (result === null) return;
    if (result.kind === 'preview' && !needsConfirmation(result)) await commit(result);
    else dispatch({ type: 'prepared', token, result });
  }, [attempt, begin, commit]);

  const apply = useCallback(async () => {
    const { track } = latest.current.state;
    if (active.current !== null || track.kind !== 'preview') return;
    await commit(track.preview);
  }, [commit]);

  const revert = useCallback(async () => {
    if (active.current !== null) return;
    const token = begin('revert');
    const result = await attempt(token, () => latest.current.actions.revertLastRun());
    if (result !== null) dispatch({ type: 'reverted', token, result });
  }, [attempt, begin]);

  const createTemplate = useCallback(
    async (sample: boolean) => {
      if (active.current !== null) return;
      const token = begin('template', { sample });
      const result = await attempt(token, () => latest.current.actions.createTemplate({ sample }));
      if (result === null) return;
      dispatch({ type: 'template_created', token, result });
      if (result.kind === 'created') await refreshCampaigns();
    },
    [attempt, begin, refreshCampaigns],
  );

  const select = useCallback((target: CellAddress | { readonly sheet: string }) => {
    latest.current.actions
      .select(target)
      .catch((reason: unknown) => dispatch({ type: 'select_failed', message: errorMessage(reason) }));
  }, []);

  const busy = useCallback(() => active.current !== null, []);
  const imports = useImportFlow({ begin, attempt, busy, dispatch, latest });

  useEffect(() => {
    void refreshCampaigns();
  }, [actions, refreshCampaigns]);

  useEffect(() => {
    if (outcomes === undefined) return undefined;
    if (outcomes.last !== null) dispatch({ type: 'outside_outcome', outcome: outcomes.last });
    return outcomes.subscribe((outcome) => dispatch({ type: 'outside_outcome', outcome }));
  }, [outcomes]);

  return useMemo(
    () => ({
      state,
      busy: state.pending !== null,
      refreshCampaigns: () => void refreshCampaigns(),
      chooseCampaign: (campaignId: string | null) => dispatch({ type: 'campaign_chosen', campaignId }),
      chooseTab: (tab: PaneTab) => dispatch({ type: 'tab_chosen', tab }),
      run: () => void run(),
      apply: () => void apply(),
      cancel: () => dispatch({ type: 'preview_cancelled' }),
      askRevert: () => dispatch({ type: 'revert_asked' }),
      keepRun: () => dispatch({ type: 'revert_kept' }),
      revert: () => void revert(),
      createTemplate: (sample: boolean) => void createTemplate(sample),
      select,
      dismissError: () => dispatch({ type: 'error_dismissed' }),
      ...imports,
    }),
    [state, refreshCampaigns, run, apply, revert, createTemplate, select, imports],
  );
}
