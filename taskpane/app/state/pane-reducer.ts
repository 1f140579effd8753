import { importAnswered, importCancelled, importChoicesChanged, importWorking } from './import-reducer';
import type { OutsideOutcome } from './outcome-feed';
import type { PaneAction } from './pane-action';
import type { PaneState, Pending, TrackView } from './pane-state';

/** The view a started operation shows while it works. */
function working(state: PaneState, action: Extract<PaneAction, { type: 'started' }>): PaneState {
  switch (action.operation) {
    case 'campaigns':
      return state;
    case 'prepare':
      return { ...state, tab: 'track', track: { kind: 'progress', progress: null } };
    case 'commit':
      return {
        ...state,
        tab: 'track',
        track: { kind: 'progress', progress: state.track.kind === 'progress' ? state.track.progress : null },
      };
    case 'revert':
      return { ...state, tab: 'track', track: { kind: 'reverting' } };
    case 'template':
      return { ...state, tab: 'setup', setup: { kind: 'creating', sample: action.sample ?? false } };
    case 'import_prepare':
    case 'import_commit':
      return importWorking(state, action.operation, action.source);
  }
}

function start(state: PaneState, action: Extract<PaneAction, { type: 'started' }>): PaneState {
  // A commit that follows a preview with nothing to confirm keeps the run's way back.
  const resume = state.pending?.resume ?? { track: state.track, setup: state.setup, import: state.import };
  const pending: Pending = { operation: action.operation, token: action.token, resume };
  return { ...working(state, action), pending, error: null };
}

/** The answer of the work under way (any other answer is late and ignored), with the work done. */
function current(state: PaneState, token: number): PaneState | null {
  return state.pending?.token === token ? { ...state, pending: null } : null;
}

function withCampaigns(
  state: PaneState,
  action: Extract<PaneAction, { type: 'campaigns_listed' }>,
): PaneState {
  const { result } = action;
  if (!Array.isArray(result)) {
    const showsNothingElse = state.track.kind === 'idle' || state.track.kind === 'problems';
    const track: TrackView = showsNothingElse
      ? { kind: 'problems', issues: result.issues, source: 'campaigns' }
      : state.track;
    return { ...state, campaigns: null, campaignId: null, track };
  }
  const chosen = result.some((c) => c.campaignId === state.campaignId) ? state.campaignId : null;
  const stale = state.track.kind === 'problems' && state.track.source === 'campaigns';
  return { ...state, campaigns: result, campaignId: chosen, track: stale ? { kind: 'idle' } : state.track };
}

function afterCommit(result: Extract<PaneAction, { type: 'committed' }>['result']): TrackView {
  switch (result.kind) {
    case 'committed':
      return { kind: 'summary', committed: result };
    case 'stale':
      return { kind: 'preview', preview: result.preview, stale: true };
    case 'input_problems':
      return { kind: 'problems', issues: result.issues, source: 'run' };
  }
}

/** A run from the ribbon: its failure is shown at once; its result unless the pane is running work of its own. */
function withOutsideOutcome(state: PaneState, outcome: OutsideOutcome): PaneState {
  if (outcome.kind === 'failed') return { ...state, error: outcome.message };
  if (state.pending !== null && state.pending.operation !== 'campaigns') return state;
  const track: TrackView =
    outcome.kind === 'committed'
      ? { kind: 'summary', committed: outcome.committed }
      : { kind: 'problems', issues: outcome.issues, source: 'run' };
  return { ...state, tab: 'track', track };
}

function answered(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'campaigns_listed':
      return withCampaigns(state, action);
    case 'prepared':
      return action.result.kind === 'input_problems'
        ? { ...state, track: { kind: 'problems', issues: action.result.issues, source: 'run' } }
        : { ...state, track: { kind: 'preview', preview: action.result, stale: false } };
    case 'committed':
      return { ...state, track: afterCommit(action.result) };
    case 'reverted':
      return { ...state, track: { kind: 'reverted', result: action.result } };
    case 'template_created':
      return { ...state, setup: { kind: 'created', result: action.result } };
    case 'import_prepared':
    case 'import_committed':
      return importAnswered(state, action);
    default:
      return state;
  }
}

/**
 * The pane's state after one action. Answers carry the token of the work that asked for them; an
 * answer for work that is no longer current changes nothing. A failure restores what the pane
 * showed before the work started and keeps the message until it is dismissed or new work starts.
 *
 * @example paneReducer(INITIAL_STATE, { type: 'started', operation: 'prepare', token: 1 }).track
 * // { kind: 'progress', progress: null }
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'started':
      return start(state, action);
    case 'progressed':
      return state.pending?.token === action.token && state.track.kind === 'progress'
        ? { ...state, track: { kind: 'progress', progress: action.progress } }
        : state;
    case 'campaigns_listed':
    case 'prepared':
    case 'committed':
    case 'reverted':
    case 'template_created':
    case 'import_prepared':
    case 'import_committed': {
      const done = current(state, action.token);
      return done === null ? state : answered(done, action);
    }
    case 'failed': {
      const done = current(state, action.token);
      const resume = state.pending?.resume;
      return done === null || resume === undefined ? state : { ...done, ...resume, error: action.message };
    }
    case 'select_failed':
      return { ...state, error: action.message };
    case 'tab_chosen':
      return { ...state, tab: action.tab };
    case 'campaign_chosen':
      return { ...state, campaignId: action.campaignId };
    case 'preview_cancelled':
      return state.pending === null && state.track.kind === 'preview'
        ? { ...state, track: { kind: 'idle' } }
        : state;
    case 'revert_asked':
      return state.pending === null && state.track.kind !== 'confirm_revert'
        ? { ...state, track: { kind: 'confirm_revert', back: state.track } }
        : state;
    case 'revert_kept':
      return state.track.kind === 'confirm_revert' ? { ...state, track: state.track.back } : state;
    case 'import_cancelled':
      return importCancelled(state);
    case 'import_choices_changed':
      return importChoicesChanged(state, action.choices);
    case 'error_dismissed':
      return { ...state, error: null };
    case 'outside_outcome':
      return withOutsideOutcome(state, action.outcome);
  }
}
