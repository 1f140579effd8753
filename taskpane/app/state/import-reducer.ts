import type { ImportProblem } from '../../../src/excel/operator-actions';
import { DATE_FORMAT_CODES, type ImportChoices, type ImportSourceKind } from './import-state';
import type { PaneAction } from './pane-action';
import type { PaneState } from './pane-state';

// The Import tab's part of `paneReducer`: the views an import goes through, and its fields.

/**
 * The Import tab while an export is read (`import_prepare`) or written (`import_commit`, from the
 * preview shown).
 *
 * @example importWorking(state, 'import_prepare', 'selection').import // { kind: 'reading', source: 'selection' }
 */
export function importWorking(
  state: PaneState,
  operation: 'import_prepare' | 'import_commit',
  source: ImportSourceKind = 'file',
): PaneState {
  if (operation === 'import_prepare') return { ...state, tab: 'import', import: { kind: 'reading', source } };
  return state.import.kind === 'preview'
    ? { ...state, tab: 'import', import: { kind: 'writing', preview: state.import.preview } }
    : state;
}

function withProblems(state: PaneState, problems: readonly ImportProblem[]): PaneState {
  const asked = problems.some((p) => DATE_FORMAT_CODES.has(p.code));
  const importChoices = asked ? { ...state.importChoices, dateFormatAsked: true } : state.importChoices;
  return { ...state, import: { kind: 'problems', problems }, importChoices };
}

/**
 * The Import tab after the workbook answered: a preview to confirm (marked stale when the workbook
 * changed before the commit), the import done, or its problems (a problem about the date order
 * brings up the Date format field).
 *
 * @example importAnswered(state, { type: 'import_prepared', token: 1, result: preview }).import.kind // 'preview'
 */
export function importAnswered(
  state: PaneState,
  action: Extract<PaneAction, { type: 'import_prepared' | 'import_committed' }>,
): PaneState {
  const { result } = action;
  switch (result.kind) {
    case 'import_problems':
      return withProblems(state, result.problems);
    case 'preview':
      return { ...state, import: { kind: 'preview', preview: result, stale: false } };
    case 'stale':
      return { ...state, import: { kind: 'preview', preview: result.preview, stale: true } };
    case 'committed':
      return { ...state, import: { kind: 'imported', committed: result } };
  }
}

/**
 * Cancel on an import's preview: back to the fields, nothing written.
 *
 * @example importCancelled(stateWithPreview).import // { kind: 'idle' }
 */
export function importCancelled(state: PaneState): PaneState {
  return state.pending === null && state.import.kind === 'preview'
    ? { ...state, import: { kind: 'idle' } }
    : state;
}

/**
 * A field of the Import tab changed.
 *
 * @example importChoicesChanged(state, { mode: 'skip' }).importChoices.mode // 'skip'
 */
export function importChoicesChanged(state: PaneState, choices: Partial<ImportChoices>): PaneState {
  return { ...state, importChoices: { ...state.importChoices, ...choices } };
}
