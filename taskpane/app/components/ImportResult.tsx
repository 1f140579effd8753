import { Button } from '@fluentui/react-components';
import type { ImportView } from '../state/import-state';
import { ExcelWaitBar } from './ExcelWaitBar';
import { ImportDoneView } from './ImportDoneView';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProblemsView } from './ImportProblemsView';
import { useLayoutStyles } from './layout-styles';
import type { SelectTarget } from './TargetLink';
import { Working } from './Working';

export interface ImportResultProps {
  readonly view: ImportView;
  readonly busy: boolean;
  readonly cancellable: boolean;
  readonly excelWaiting: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
  readonly onStop: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The Import tab's result: reading (with Cancel), the review, writing, the result or the problems.
 *
 * @example <ImportResult view={state.import} busy={busy} onImport={confirmImport} onCancel={cancelImport} onSelect={select} />
 */
export function ImportResult(props: ImportResultProps) {
  const { view, busy, onImport, onCancel, onSelect } = props;
  const styles = useLayoutStyles();
  switch (view.kind) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className={styles.stack}>
          {props.excelWaiting ? <ExcelWaitBar /> : null}
          <Working label={view.source === 'file' ? 'Reading the export…' : 'Reading the pasted range…'} />
          {props.cancellable ? (
            <div className={styles.buttons}>
              <Button onClick={props.onStop}>Cancel</Button>
            </div>
          ) : null}
        </div>
      );
    case 'preview':
      return (
        <ImportPreviewView
          preview={view.preview}
          stale={view.stale}
          busy={busy}
          onImport={onImport}
          onCancel={onCancel}
        />
      );
    case 'writing':
      return (
        <div className={styles.stack}>
          {props.excelWaiting ? <ExcelWaitBar /> : null}
          <Working label="Writing to ChannelMetrics…" />
        </div>
      );
    case 'imported':
      return <ImportDoneView committed={view.committed} onSelect={onSelect} />;
    case 'problems':
      return <ImportProblemsView problems={view.problems} onSelect={onSelect} />;
  }
}
