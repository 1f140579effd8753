import type { ImportView } from '../state/import-state';
import { ImportDoneView } from './ImportDoneView';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProblemsView } from './ImportProblemsView';
import type { SelectTarget } from './TargetLink';
import { Working } from './Working';

export interface ImportResultProps {
  readonly view: ImportView;
  readonly busy: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The part of the Import tab below its buttons: reading, the preview, writing, the result or the problems.
 *
 * @example <ImportResult view={state.import} busy={busy} onImport={confirmImport} onCancel={cancelImport} onSelect={select} />
 */
export function ImportResult({ view, busy, onImport, onCancel, onSelect }: ImportResultProps) {
  switch (view.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <Working label={view.source === 'file' ? 'Reading the export…' : 'Reading the pasted range…'} />;
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
      return <Working label="Writing to ChannelMetrics…" />;
    case 'imported':
      return <ImportDoneView committed={view.committed} onSelect={onSelect} />;
    case 'problems':
      return <ImportProblemsView problems={view.problems} onSelect={onSelect} />;
  }
}
