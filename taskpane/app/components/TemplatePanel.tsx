import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TABLE_LABELS } from '../../../src/engine/model/labels';
import type { SetupView } from '../state/pane-state';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';
import { Working } from './Working';

export interface TemplatePanelProps {
  readonly view: SetupView;
  readonly busy: boolean;
  readonly onCreate: (sample: boolean) => void;
  readonly onSelect: (target: SelectTarget) => void;
}

function Result({
  view,
  onSelect,
}: {
  readonly view: SetupView;
  readonly onSelect: TemplatePanelProps['onSelect'];
}) {
  const styles = useLayoutStyles();
  switch (view.kind) {
    case 'idle':
      return null;
    case 'creating':
      return <Working label={view.sample ? 'Adding the sample campaign…' : 'Adding the input tables…'} />;
    case 'created':
      if (view.result.kind === 'already_present') {
        return (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              This workbook already has input tables ({view.result.tables.join(', ')}). Nothing was added.
            </MessageBarBody>
          </MessageBar>
        );
      }
      return (
        <div className={styles.section}>
          <Heading level={3} focusOnMount>
            Added {view.result.sheets.length === 1 ? 'one sheet' : `${view.result.sheets.length} sheets`}
          </Heading>
          <ul className={styles.list}>
            {view.result.sheets.map((sheet) => (
              <li key={sheet}>
                <TargetLink target={{ sheet }} onSelect={onSelect}>
                  {sheet}
                </TargetLink>
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

/** Adds the input tables (with status drop-downs) to this workbook, empty or with a sample campaign. */
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
      <Result view={view} onSelect={onSelect} />
    </div>
  );
}
