import type { CampaignOption } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { importAnswered, importCancelled, importChoicesChanged, importWorking } from './import-reducer';
import type { OutsideOutcome } from './outcome-feed';
import type { PaneAction } from './pane-action';
import type { PaneState, Pending, TrackView } from './pane-state';

type Started = Extract<PaneAction, { type: 'started' }>;

/** The view a started operation shows while it works. */
function working(state: PaneState, action: Started): PaneState {
  switch (action.operation) {
    case 'workbook':
      return state;
    case 'prepare':
      return {
        ...state,
        tab: 'track',
        track: { kind: 'progress', purpose: 'check', progress: null, startedAt: action.at },
      };
    case 'commit':
      return {
        ...state,
        tab: 'track',
        track: { kind: 'progress', purpose: 'write', progress: null, startedAt: action.at },
      };
    case 'revert':
      return { ...state, tab: 'track', track: { kind: 'reverting', startedAt: action.at } };
    case 'template':
      return { ...state, setup: { kind: 'creating', sample: action.sample ?? false } };
    case 'import_prepare':
    case 'import_commit':
      return importWorking(state, action.operation, action.source);
  }
}

function start(state: PaneState, action: Started): PaneState {
  const resume = { track: state.track, setup: state.setup, import: state.import };
  const pending: Pending = { operation: action.operation, token: action.token, resume };
  // Looking at the workbook again is not new work the marketer asked for: it keeps the messages.
  const messages = action.operation === 'workbook' ? {} : { error: null, notice: null };
  return { ...working(state, action), ...messages, pending };
}

/** The answer of the work under way (any other answer is late and ignored), with the work done. */
function current(state: PaneState, token: number): PaneState | null {
  return state.pending?.token === token ? { ...state, pending: null } : null;
}

function withWorkbook(state: PaneState, action: Extract<PaneAction, { type: 'workbook_read' }>): PaneState {
  const { campaigns, lastRun } = action;
  if (!Array.isArray(campaigns)) {
    const setupNeeded = campaigns.issues.some((i) => i.severity === 'error' && i.code === 'missing_table');
    return {
      ...state,
      setupNeeded,
      campaigns: null,
      campaignProblems: campaigns.issues,
      campaignId: null,
      lastRun,
    };
  }
  return { ...state, ...listed(state, campaigns), lastRun };
}

/** The campaign list a run read (every run reads the Campaigns table), keeping the choice while it exists. */
function listed(state: PaneState, campaigns: readonly CampaignOption[]): Partial<PaneState> {
  const chosen = campaigns.some((c) => c.campaignId === state.campaignId) ? state.campaignId : null;
  return { setupNeeded: false, campaigns, campaignProblems: [], campaignId: chosen };
}

function afterCommit(result: Extract<PaneAction, { type: 'committed' }>['result']): TrackView {
  switch (result.kind) {
    case 'committed':
      return { kind: 'written', committed: result, by: 'pane' };
    case 'stale':
      return { kind: 'checked', preview: result.preview, stale: true };
    case 'input_problems':
      return { kind: 'problems', issues: result.issues };
  }
}

/** What the Track tab says after input tables were added from its placemat. */
function templateNotice(action: Extract<PaneAction, { type: 'template_created' }>): string | null {
  const { result } = action;
  if (!action.fromPlacemat) return null;
  if (result.kind === 'already_present')
    return `This workbook already has input tables (${result.tables.join(', ')}); nothing was added.`;
  return `Added ${countOf(result.sheets.length, 'sheet')}: ${result.sheets.join(', ')}. Run checks to see where the campaigns stand.`;
}

/** A run from the ribbon: its failure is shown at once; its result unless the pane is running work of its own. */
function withOutsideOutcome(state: PaneState, outcome: OutsideOutcome): PaneState {
  if (outcome.kind === 'failed') return { ...state, error: outcome.message };
  if (state.pending !== null && state.pending.operation !== 'workbook') return state;
  const track: TrackView =
    outcome.kind === 'committed'
      ? { kind: 'written', committed: outcome.committed, by: 'ribbon' }
      : { kind: 'problems', issues: outcome.issues };
  return { ...state, tab: 'track', track, notice: null };
}

function answered(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'workbook_read':
      return withWorkbook(state, action);
    case 'prepared':
      return action.result.kind === 'input_problems'
        ? { ...state, track: { kind: 'problems', issues: action.result.issues } }
        : {
            ...state,
            track: { kind: 'checked', preview: action.result, stale: false },
            ...listed(state, action.result.campaignList),
          };
    case 'committed':
      return { ...state, track: afterCommit(action.result) };
    case 'reverted':
      return { ...state, track: { kind: 'reverted', result: action.result } };
    case 'template_created':
      return {
        ...state,
        setup: { kind: 'created', result: action.result },
        notice: templateNotice(action),
      };
    case 'import_prepared':
    case 'import_committed':
      return importAnswered(state, action);
    default:
      return state;
  }
}

/**
 * The pane's state after one action. Answers carry the token of the work that asked for them; an
 * answer for work that is no longer current changes nothing. A failure or a cancellation restores
 * what the pane showed before the work started (a failure keeps its message until it is dismissed
 * or new work starts).
 *
 * @example paneReducer(INITIAL_STATE, { type: 'started', operation: 'prepare', token: 1, at: 0 }).track
 * // { kind: 'progress', purpose: 'check', progress: null, startedAt: 0 }
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'started':
      return start(state, action);
    case 'progressed':
      return state.pending?.token === action.token && state.track.kind === 'progress'
        ? { ...state, track: { ...state.track, progress: action.progress } }
        : state;
    case 'workbook_read':
    case 'prepared':
    case 'committed':
    case 'reverted':
    case 'template_created':
    case 'import_prepared':
    case 'import_committed': {
      const done = current(state, action.token);
      return done === null ? state : answered(done, action);
    }
    case 'failed':
    case 'cancelled': {
      const done = current(state, action.token);
      const resume = state.pending?.resume;
      if (done === null || resume === undefined) return state;
      return { ...done, ...resume, ...(action.type === 'failed' ? { error: action.message } : {}) };
    }
    case 'select_failed':
      return { ...state, error: action.message };
    case 'tab_chosen':
      return { ...state, tab: action.tab };
    case 'campaign_chosen':
      return { ...state, campaignId: action.campaignId };
    case 'check_discarded':
      return state.pending === null && state.track.kind === 'checked'
        ? { ...state, track: { kind: 'idle' } }
        : state;
    case 'revert_asked':
      return state.pending === null && state.track.kind !== 'confirm_revert' && state.lastRun?.kind === 'run'
        ? { ...state, track: { kind: 'confirm_revert', back: state.track, run: state.lastRun } }
        : state;
    case 'revert_kept':
      return state.track.kind === 'confirm_revert' ? { ...state, track: state.track.back } : state;
    case 'import_cancelled':
      return importCancelled(state);
    case 'import_choices_changed':
      return importChoicesChanged(state, action.choices);
    case 'error_dismissed':
      return { ...state, error: null };
    case 'excel_waiting':
      return state.excelWaiting === action.waiting ? state : { ...state, excelWaiting: action.waiting };
    case 'outside_outcome':
      return withOutsideOutcome(state, action.outcome);
  }
}
