import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import type { CampaignOption } from '../../../src/excel/operator-actions';
import type { ImportChoices, ImportView } from '../state/import-state';
import { Heading } from './Heading';
import { ImportFields } from './ImportFields';
import { ImportResult } from './ImportResult';
import { useLayoutStyles } from './layout-styles';
import type { SelectTarget } from './TargetLink';

export interface ImportPanelProps {
  readonly view: ImportView;
  readonly choices: ImportChoices;
  readonly campaigns: readonly CampaignOption[] | null;
  readonly busy: boolean;
  readonly onChoicesChange: (choices: Partial<ImportChoices>) => void;
  readonly onImportFile: (file: File) => void;
  readonly onImportSelection: () => void;
  readonly onImport: () => void;
  readonly onCancel: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/** The exports a file picker offers (any file can still be chosen; the host says what it refuses). */
const EXPORT_TYPES =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Imports an ad-platform export into ChannelMetrics, from a file (**Import export** opens the file
 * picker) or from the range the export was pasted into (**Import pasted range**), after a preview.
 *
 * @example <ImportPanel view={state.import} choices={state.importChoices} campaigns={state.campaigns} busy={busy} … />
 */
export function ImportPanel(props: ImportPanelProps) {
  const { view, choices, campaigns, busy } = props;
  const styles = useLayoutStyles();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.stack}>
      <Heading level={2}>Import an ad-platform export</Heading>
      <p className={styles.paragraph}>
        Add an export’s daily figures to ChannelMetrics: pick the exported file, or paste the export into any
        sheet, select it and import the pasted range. You see what will change before anything is written.
      </p>
      <ImportFields
        choices={choices}
        campaigns={campaigns}
        disabled={busy}
        onChange={props.onChoicesChange}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => picker.current?.click()}>
          Import export…
        </Button>
        <Button disabled={busy} onClick={props.onImportSelection}>
          Import pasted range
        </Button>
      </div>
      <input
        ref={picker}
        type="file"
        accept={EXPORT_TYPES}
        hidden
        aria-label="Export file"
        data-testid="export-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) props.onImportFile(file);
        }}
      />
      <ImportResult
        view={view}
        busy={busy}
        onImport={props.onImport}
        onCancel={props.onCancel}
        onSelect={props.onSelect}
      />
    </div>
  );
}
