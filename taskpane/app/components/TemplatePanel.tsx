import { Button } from '@fluentui/react-components';
import { TABLE_LABELS } from '../../../src/engine/model/labels';
import type { SetupView } from '../state/pane-state';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import type { SelectTarget } from './TargetLink';
import { TemplateResultView } from './TemplateResultView';

export interface TemplatePanelProps {
  readonly view: SetupView;
  readonly busy: boolean;
  readonly onCreate: (sample: boolean) => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * Adds the input tables (with status drop-downs) to this workbook, empty or with a sample campaign.
 *
 * @example <TemplatePanel view={state.setup} busy={busy} onCreate={createTemplate} onSelect={select} />
 */
export function TemplatePanel({ view, busy, onCreate, onSelect }: TemplatePanelProps) {
  const styles = useLayoutStyles();
  return (
    <div className={styles.stack}>
      <Heading level={2}>Set up this workbook</Heading>
      <p className={styles.paragraph}>
        Add the input tables Campaign Operator reads ({Object.values(TABLE_LABELS).join(', ')}), with
        drop-downs for the statuses. Start empty, or with a sample campaign to try the pane.
      </p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => onCreate(false)}>
          Add input tables
        </Button>
        <Button disabled={busy} onClick={() => onCreate(true)}>
          Add sample campaign
        </Button>
      </div>
      <TemplateResultView view={view} onSelect={onSelect} />
    </div>
  );
}
