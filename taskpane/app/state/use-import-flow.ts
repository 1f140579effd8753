import { useCallback, useMemo, type Dispatch, type MutableRefObject } from 'react';
import type { ImportSource, OperatorActions } from '../../../src/excel/operator-actions';
import { importRequest } from './import-request';
import type { ImportChoices, ImportSourceKind } from './import-state';
import type { PaneAction } from './pane-action';
import type { Operation, PaneState } from './pane-state';

/** How the pane starts work and settles it (`useOperator`'s, shared so that one piece runs at a time). */
export interface WorkRunner {
  readonly begin: (operation: Operation, details?: { readonly source?: ImportSourceKind }) => number;
  readonly attempt: <T>(token: number, work: () => Promise<T>) => Promise<T | null>;
  /** Whether work is under way (a button pressed twice starts nothing). */
  readonly busy: () => boolean;
  readonly dispatch: Dispatch<PaneAction>;
  readonly latest: MutableRefObject<{ readonly state: PaneState; readonly actions: OperatorActions }>;
}

/** What the Import tab can ask for; every call returns at once and reports through the pane's state. */
export interface ImportControls {
  /** Import export: reads the picked file's bytes and prepares the import. */
  readonly importFile: (file: File) => void;
  /** Import pasted range: prepares the import of the range selected in Excel. */
  readonly importSelection: () => void;
  /** Import (on the preview): writes what the preview showed. */
  readonly confirmImport: () => void;
  readonly cancelImport: () => void;
  readonly changeImportChoices: (choices: Partial<ImportChoices>) => void;
}

/**
 * The Import tab's flow: prepare (file or selection, with the fields' choices) → preview → commit;
 * a stale answer shows the fresh preview to confirm again. Failures reach `state.error` through
 * `attempt`, like every other piece of work.
 *
 * @example const { importSelection, confirmImport } = useImportFlow(work);
 */
export function useImportFlow(work: WorkRunner): ImportControls {
  const { begin, attempt, busy, dispatch, latest } = work;

  const prepare = useCallback(
    async (kind: ImportSourceKind, source: () => Promise<ImportSource>) => {
      if (busy()) return;
      const token = begin('import_prepare', { source: kind });
      const result = await attempt(token, async () => {
        const { state, actions } = latest.current;
        const request = importRequest(await source(), state.importChoices, state.campaigns);
        return actions.prepareImport(request);
      });
      if (result !== null) dispatch({ type: 'import_prepared', token, result });
    },
    [attempt, begin, busy, dispatch, latest],
  );

  const confirm = useCallback(async () => {
    const view = latest.current.state.import;
    if (busy() || view.kind !== 'preview') return;
    const token = begin('import_commit');
    const result = await attempt(token, () => latest.current.actions.commitImport(view.preview));
    if (result !== null) dispatch({ type: 'import_committed', token, result });
  }, [attempt, begin, busy, dispatch, latest]);

  return useMemo(
    () => ({
      importFile: (file: File) =>
        void prepare('file', async () => ({
          kind: 'file',
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      importSelection: () => void prepare('selection', () => Promise.resolve({ kind: 'selection' })),
      confirmImport: () => void confirm(),
      cancelImport: () => dispatch({ type: 'import_cancelled' }),
      changeImportChoices: (choices: Partial<ImportChoices>) =>
        dispatch({ type: 'import_choices_changed', choices }),
    }),
    [prepare, confirm, dispatch],
  );
}
