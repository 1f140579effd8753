import { countOf } from '../format/count-of';
import { STEP_TEXT } from '../format/step-text';
import { importAnnouncement } from './import-announcement';
import type { PaneState } from './pane-state';

function problems(issues: readonly { readonly severity: string }[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const counts = [
    errors > 0 ? countOf(errors, 'error') : '',
    warnings > 0 ? countOf(warnings, 'warning') : '',
  ];
  return `${counts.filter((c) => c !== '').join(' and ')} in the workbook; nothing was written.`;
}

function trackAnnouncement(state: PaneState): string {
  const { track } = state;
  switch (track.kind) {
    case 'idle':
      return state.notice ?? '';
    case 'confirm_revert':
      return '';
    case 'progress':
      return track.progress === null
        ? track.purpose === 'check'
          ? 'Starting the checks…'
          : 'Starting to write…'
        : `${STEP_TEXT[track.progress.step]}…`;
    case 'checked': {
      const { taskChanges, campaigns } = track.preview;
      const what = `${countOf(campaigns.length, 'campaign')} checked; writing would make ${countOf(taskChanges.length, 'status change')}.`;
      return track.stale
        ? `The workbook changed. Checked again: ${what}`
        : `Checks done, nothing written: ${what}`;
    }
    case 'written':
      return `Report written for ${countOf(track.committed.sheets.length, 'campaign')}.`;
    case 'problems':
      return problems(track.issues);
    case 'reverting':
      return 'Reverting the last run…';
    case 'reverted':
      return track.result.kind === 'reverted' ? 'The last run was reverted.' : 'There is no run to revert.';
  }
}

/**
 * The short sentence the pane's live region announces for the current state, so screen-reader users
 * hear progress and results without moving focus. Failures are announced by their message bar.
 *
 * @example paneAnnouncement({ ...INITIAL_STATE, track: { kind: 'reverting' } }) // 'Reverting the last run…'
 */
export function paneAnnouncement(state: PaneState): string {
  if (state.tab === 'import') return importAnnouncement(state.import);
  if (state.tab === 'setup') {
    const { setup } = state;
    if (setup.kind === 'creating')
      return setup.sample ? 'Adding the sample campaign…' : 'Adding the input tables…';
    if (setup.kind === 'created') {
      return setup.result.kind === 'created'
        ? `Added ${countOf(setup.result.sheets.length, 'sheet')}.`
        : 'The input tables are already in this workbook; nothing was added.';
    }
    return '';
  }
  return trackAnnouncement(state);
}
