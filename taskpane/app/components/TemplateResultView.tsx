import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SetupView } from '../state/pane-state';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';
import { Working } from './Working';

export interface TemplateResultViewProps {
  readonly view: SetupView;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * Template work under way, the sheets it added (each a link), or why it added nothing.
 *
 * @example <TemplateResultView view={state.setup} onSelect={select} />
 */
export function TemplateResultView({ view, onSelect }: TemplateResultViewProps) {
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
